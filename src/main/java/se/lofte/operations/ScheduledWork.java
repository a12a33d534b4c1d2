package se.lofte.operations;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs on Spring's scheduler ({@code @Scheduled}, {@code spring.task.scheduling.*}), which stops
 * it with the application, and only in the web application: a command such as {@code lofte import} starts no
 * schedules.
 *
 * <p>Several nodes on one database each tick, so a task that must run once per tick (the nightly recompute, the
 * police events fetch) runs through {@link LockingTaskExecutor}: the node that takes the task's row in
 * {@code shedlock} runs it, the others skip. The lock is held at least a while after the task ends, so that a
 * node whose clock or start made it tick a little later does not run the same tick again; a node that dies
 * holding it frees it after the task's longest run. Times are the database's, not the nodes'. Work that is
 * shared out row by row (the outbox claims each mail) needs no such lock.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledWork {

    @Bean
    LockingTaskExecutor onceAcrossNodes(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @EnableScheduling
    static class InTheWebApplication {
    }
}
