package se.lofte.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import se.lofte.incidents.sources.IncidentParser;
import se.lofte.shared.LofteProperties;

/**
 * Runs uploaded files' jobs in the background, {@code lofte.situation.import-workers} (default two) at a
 * time, and holds their cancel flags. While this process holds a queued or running job it renews the job's
 * heartbeat, eight times within {@code lofte.situation.import-heartbeat-limit}; at start and with every
 * heartbeat it marks INTERRUPTED the jobs whose heartbeat is older than the limit: the process that held them
 * died, and their transaction with it, so they stored nothing. Jobs that other live nodes run are left alone.
 */
@Component
class ImportRunner implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportPipeline pipeline;
    private final ImportJobRows jobs;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeats;
    private final Map<Long, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();

    ImportRunner(ImportPipeline pipeline, ImportJobRows jobs, LofteProperties properties) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        this.workers = Executors.newFixedThreadPool(properties.situation().importWorkers(), Thread.ofPlatform().name("import-", 1)
                .daemon(true).factory());
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-heartbeat")
                .daemon(true).factory());
    }

    @Override
    public void afterSingletonsInstantiated() {
        interruptStale();
        long every = Math.max(100, jobs.heartbeatLimit().toMillis() / 8);
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
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

    /** Queues a job for a worker; the file is deleted when the job has ended. */
    public void submit(long job, IncidentParser parser, Path file) {
        AtomicBoolean flag = cancelFlags.computeIfAbsent(job, id -> new AtomicBoolean());
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

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        workers.shutdown();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
