package se.lofte.incidents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import se.lofte.Lofte;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.testing.EmbeddedDatabase.defaultAddressIn;

/**
 * The embedded database stays near the size of its data through a large import: Löfte runs on an H2 file
 * with the address it uses by default (from {@code application.properties}, in a directory of this test's
 * own), imports a generated CSV, and closes. The database file may not grow past a generous multiple of the
 * CSV's size while the import runs, nor stay large after close. Measured for these 100,000 rows (5.6 MB of
 * CSV): 180 MB at the peak and 30 MB after close; before H2 was let compact on close (it had 200 ms), 121 MB
 * stayed after close. The peak's growth with the row count is measured by {@code bench/h2-size-bench.sh}.
 */
class EmbeddedDatabaseSizeTests {

    private static final int ROWS = 100_000;
    /** The file at its largest, while the import's transaction is open (measured: 32 times). */
    private static final double PEAK_MULTIPLE = 60;
    /** The file after close, once H2 has compacted it (measured: 5.4 times; 21.6 without the compaction). */
    private static final double CLOSED_MULTIPLE = 10;

    @TempDir
    Path dir;

    @Test
    void aLargeImportKeepsTheDatabaseFileWithinAFewTimesTheDataSize() throws Exception {
        Path database = Files.createDirectories(dir.resolve("data"));
        Path csv = ImportFiles.large(dir, ROWS);
        long csvBytes = Files.size(csv);
        AtomicLong peak = new AtomicLong();
        AtomicBoolean importing = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (importing.get()) {
                peak.accumulateAndGet(size(database), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        ImportJob job;
        try (var context = new SpringApplicationBuilder(Lofte.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + defaultAddressIn(database.resolve("lofte")),
                        "--lofte.demo-data=false", "--lofte.test.smtp-port=25")) {
            var amal = context.getBean(Organisations.class).municipalityBySlug("amal").orElseThrow().id();
            job = context.getBean(Imports.class).runNow(new Imports.Order(amal, ImportFormat.CSV, "size", "large.csv",
                    null), Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), csv);
        } finally {
            importing.set(false);
            sampler.join();
        }
        long closed = size(database);

        assertThat(job.state()).isEqualTo(ImportState.DONE);
        assertThat(job.accepted()).isEqualTo(ROWS);
        assertThat(peak.get()).as("peak bytes for a CSV of %d bytes", csvBytes)
                .isLessThan((long) (PEAK_MULTIPLE * csvBytes));
        assertThat(closed).as("bytes after close for a CSV of %d bytes", csvBytes)
                .isLessThan((long) (CLOSED_MULTIPLE * csvBytes));
    }

    /** Every file of the database, temporary ones included. */
    private static long size(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException vanished) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
