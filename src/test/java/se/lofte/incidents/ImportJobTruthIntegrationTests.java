package se.lofte.incidents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.IncidentParser;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's counts say what is stored, and a job whose process died reads as interrupted with nothing stored
 * on every node, while a job that a live node runs is left alone.
 */
@SpringBootTest
class ImportJobTruthIntegrationTests {

    @Autowired
    ImportJobRows jobs;
    @Autowired
    ImportPipeline pipeline;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    /** Reads from its own thread, so from its own connection, outside the import's transaction. */
    private final ExecutorService outside = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        outside.shutdownNow();
    }

    @Test
    void aRunningJobWhoseHeartbeatIsOlderThanTheLimitReadsAsInterruptedWithNothingStored() {
        long dead = runningJob(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        long alive = runningJob(OffsetDateTime.now(ZoneOffset.UTC));

        ImportJob read = jobs.find(dead).orElseThrow();
        assertThat(read.state()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(List.of(read.accepted(), read.rejected(), read.duplicates())).containsOnly(0L);
        assertThat(read.message().code()).isEqualTo("import.job.interrupted");
        assertThat(jobs.recent(null, 1000)).filteredOn(job -> job.id() == dead)
                .singleElement().satisfies(job -> assertThat(job.state()).isEqualTo(ImportState.INTERRUPTED));
        assertThat(jobs.find(alive).orElseThrow().state()).isEqualTo(ImportState.RUNNING);

        assertThat(jobs.interruptStale()).isPositive();
        assertThat(jdbc.sql("select state, accepted from import_job where id = ?").param(dead)
                .query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).single()).isEqualTo("INTERRUPTED 0");
        // Another node's import, beating its heart, goes on.
        assertThat(jdbc.sql("select state from import_job where id = ?").param(alive).query(String.class).single())
                .isEqualTo("RUNNING");
    }

    @Test
    void countsPublishedDuringARunNeverExceedTheRowsStored() throws Exception {
        long job = queuedJob("counts");
        List<long[]> seen = new ArrayList<>();
        BooleanSupplier everyRow = atRows(row -> {
            // rows read, accepted + rejected + duplicates as published, rows of the job actually stored
            seen.add(outside.submit(() -> new long[] {
                    jdbc.sql("select rows_read from import_job where id = ?").param(job).query(Long.class).single(),
                    jdbc.sql("select accepted + rejected + duplicates from import_job where id = ?").param(job)
                            .query(Long.class).single(),
                    stored(job)}).get());
        });

        ImportJob done = pipeline.run(job, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING),
                ImportFiles.large(dir, 6_000), everyRow);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.accepted()).isEqualTo(6_000).isEqualTo(stored(job));
        assertThat(seen).isNotEmpty().anySatisfy(counts -> assertThat(counts[0]).isPositive())
                .allSatisfy(counts -> assertThat(counts[1]).isLessThanOrEqualTo(counts[2]));
    }

    @Test
    void aJobTakenForDeadWhileItRanStoresNothingAndStaysInterrupted() {
        long job = queuedJob("taken-for-dead");
        BooleanSupplier staleHalfway = atRows(row -> outside.submit(() -> {
            jdbc.sql("update import_job set heartbeat_at = ? where id = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), job).update();
            return jobs.interruptStale();
        }).get());

        ImportJob ended = pipeline.run(job, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING),
                ImportFiles.large(dir, 4_000), staleHalfway);

        assertThat(ended.state()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(ended.accepted()).isZero();
        assertThat(stored(job)).isZero();
    }

    private interface Check {
        void at(long row) throws Exception;
    }

    /** A cancel check that never cancels, and runs {@code check} at row 2,000 (after the first progress report). */
    private static BooleanSupplier atRows(Check check) {
        long[] rows = {0};
        return () -> {
            if (++rows[0] == 2_000) {
                try {
                    check.at(rows[0]);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        };
    }

    private long stored(long job) {
        return jdbc.sql("select (select count(*) from incident where import_job_id = :job)"
                        + " + (select count(*) from import_rejection where job_id = :job)")
                .param("job", job).query(Long.class).single();
    }

    @Test
    void anUploadBeyondTheQueueFailsAtOnceSayingSoAndAStoppingProcessInterruptsItsJobs() throws Exception {
        // One worker, no queue: the worker is held by a job that waits for this test.
        var workers = new ThreadPoolTaskExecutor();
        workers.setCorePoolSize(1);
        workers.setMaxPoolSize(1);
        workers.setQueueCapacity(0);
        workers.initialize();
        var release = new CountDownLatch(1);
        var running = new CountDownLatch(1);
        try {
            var runner = new ImportRunner(pipeline, jobs, workers);
            long held = queuedJob("held");
            Path heldFile = Files.writeString(dir.resolve("held.csv"), "Nr;Kategori\n");
            IncidentParser waiting = (in, rows) -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            runner.submit(held, waiting, heldFile);
            running.await();

            long refused = queuedJob("refused");
            Path refusedFile = Files.writeString(dir.resolve("refused.csv"), "Nr;Kategori\n");
            runner.submit(refused, waiting, refusedFile);

            ImportJob busy = jobs.find(refused).orElseThrow();
            assertThat(busy.state()).isEqualTo(ImportState.FAILED);
            assertThat(busy.message().code()).isEqualTo(ImportRunner.BUSY);
            assertThat(refusedFile).doesNotExist();

            runner.destroy();
            ImportJob stopped = jobs.find(held).orElseThrow();
            assertThat(stopped.state()).isEqualTo(ImportState.INTERRUPTED);
            assertThat(stopped.message().code()).isEqualTo("import.job.interrupted");
        } finally {
            release.countDown();
            workers.shutdown();
        }
    }

    private long queuedJob(String name) {
        OrganisationId amal = organisations.municipalityBySlug("amal").orElseThrow().id();
        return jobs.create(amal, ImportFormat.CSV, name + "-" + System.nanoTime(), "large.csv", null, null, null, 0);
    }

    private long runningJob(OffsetDateTime heartbeat) {
        long job = queuedJob("heartbeat");
        jdbc.sql("update import_job set state = 'RUNNING', rows_read = 236000, accepted = 236000, heartbeat_at = ?"
                + " where id = ?").params(heartbeat, job).update();
        return job;
    }
}
