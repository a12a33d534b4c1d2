package se.lofte.incidents;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import se.lofte.shared.LofteProperties;

/**
 * The threads that run uploaded files' imports: a Spring executor, so it starts and stops with the application,
 * apart from the application's task executor (reactions across modules run there, and an hour-long import must
 * not hold them up). Its queue is bounded: an import reads a whole file in one transaction, so a long queue would
 * only make people wait longer for a result they can get by uploading again later. At shutdown the running
 * imports are interrupted (their transactions roll back, nothing is stored) and the queued ones are dropped;
 * {@link ImportRunner} has marked them all INTERRUPTED just before.
 */
@Configuration(proxyBeanMethods = false)
class ImportThreads {

    static final String NAME = "importWorkers";
    /** Uploads that may wait for a free worker. */
    static final int QUEUE = 20;

    @Bean(NAME)
    @Qualifier(NAME)
    ThreadPoolTaskExecutor importWorkers(LofteProperties properties) {
        var workers = new ThreadPoolTaskExecutor();
        workers.setCorePoolSize(properties.situation().importWorkers());
        workers.setMaxPoolSize(properties.situation().importWorkers());
        workers.setQueueCapacity(QUEUE);
        workers.setThreadNamePrefix("import-");
        workers.setWaitForTasksToCompleteOnShutdown(false);
        workers.setAwaitTerminationSeconds(10);
        return workers;
    }
}
