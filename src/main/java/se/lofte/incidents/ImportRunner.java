package se.lofte.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import se.lofte.incidents.sources.IncidentParser;

/**
 * Runs uploaded files' jobs in the background on the {@code importWorkers} executor ({@link ImportThreads}):
 * {@code lofte.situation.import-workers} (default two) at a time, at most {@link ImportThreads#QUEUE} waiting;
 * an upload beyond that fails at once with a message to try again later. Holds the jobs' cancel flags. While this
 * process holds a queued or running job it renews the job's heartbeat on the application's scheduler, eight times
 * within {@code lofte.situation.import-heartbeat-limit}; at start and with every heartbeat it marks INTERRUPTED
 * the jobs whose heartbeat is older than the limit: the process that held them died, and their transaction with
 * it, so they stored nothing. Jobs that other live nodes run are left alone. When the application stops, its own
 * unfinished jobs are marked INTERRUPTED at once, before the executor stops their threads.
 */
@Component
class ImportRunner implements SmartInitializingSingleton, SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final String BUSY = "import.job.busy";

    private final ImportPipeline pipeline;
    private final ImportJobRows jobs;
    private final TaskExecutor workers;
    private final Map<Long, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();

    ImportRunner(ImportPipeline pipeline, ImportJobRows jobs, @Qualifier(ImportThreads.NAME) TaskExecutor workers) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        this.workers = workers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        interruptStale();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration every = Duration.ofMillis(Math.max(100, jobs.heartbeatLimit().toMillis() / 8));
        registrar.addFixedDelayTask(this::beat, every);
    }

    private void beat() {
        try {
            jobs.heartbeat(Set.copyOf(cancelFlags.keySet()));
            interruptStale();
        } catch (RuntimeException e) {
            // The database may be away for a while; the next beat tries again, and a job that cannot beat for
            // the whole limit is rightly taken for dead.
            log.warn("Import heartbeat failed: {}", e.toString());
        }
    }

    private void interruptStale() {
        int interrupted = jobs.interruptStale();
        if (interrupted > 0) {
            log.warn("Marked {} import job(s) of a stopped process as interrupted", interrupted);
        }
    }

    /** Runs a queued job in this thread, e.g. for the command line; the file stays. */
    public ImportJob runHere(long job, IncidentParser parser, Path file) {
        AtomicBoolean flag = cancelFlags.computeIfAbsent(job, id -> new AtomicBoolean());
        try {
            return pipeline.run(job, parser, file, flag::get);
        } finally {
            cancelFlags.remove(job);
        }
    }

    /**
     * Queues a job for a worker; the file is deleted when the job has ended. With every worker busy and the queue
     * full, the job fails at once, saying so.
     */
    public void submit(long job, IncidentParser parser, Path file) {
        AtomicBoolean flag = cancelFlags.computeIfAbsent(job, id -> new AtomicBoolean());
        try {
            workers.execute(() -> {
                try {
                    pipeline.run(job, parser, file, flag::get);
                } catch (RuntimeException e) {
                    log.error("Import job {} could not be run", job, e);
                } finally {
                    cancelFlags.remove(job);
                    delete(file);
                }
            });
        } catch (TaskRejectedException e) {
            cancelFlags.remove(job);
            delete(file);
            jobs.ended(job, ImportState.FAILED, 0, 0, 0, BUSY, List.of());
            log.warn("Import job {} refused: {} jobs are waiting already", job, ImportThreads.QUEUE);
        }
    }

    /** Asks a job to stop: at once if it runs in this process, at its next progress report otherwise. */
    public boolean cancel(long job) {
        // The request is recorded first: a job stopped by the flag is CANCELLED at once, and would no longer
        // count as running for the request.
        boolean requested = jobs.requestCancel(job);
        AtomicBoolean flag = cancelFlags.get(job);
        if (requested && flag != null) {
            flag.set(true);
        }
        return requested;
    }

    /** Before the executor stops the workers (it is destroyed after this, which depends on it). */
    @Override
    public void destroy() {
        Set<Long> held = Set.copyOf(cancelFlags.keySet());
        if (!held.isEmpty()) {
            int interrupted = jobs.interrupt(held);
            log.warn("Stopping: marked {} import job(s) of this process as interrupted", interrupted);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
