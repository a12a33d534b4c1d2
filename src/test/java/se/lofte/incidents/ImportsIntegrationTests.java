package se.lofte.incidents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.OrganisationId;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Imports through the public face with the real parsers and sample files: exact counts, a second import
 * of the same file adding nothing, a CSV whose bad rows are listed while its good ones are stored, and a
 * cancel that leaves nothing behind.
 */
@SpringBootTest
class ImportsIntegrationTests {

    @Autowired
    Imports imports;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @TempDir
    Path dir;

    OrganisationId amal;

    @BeforeEach
    void organisation() {
        amal = staff.municipality("amal");
    }

    @Test
    void thePoliceEventsSampleImportsOnceAndAgainAddsNothing() {
        long before = incidents("polisen-events");
        ImportJob first = run(ImportFormat.POLISEN_EVENTS, ImportFiles.POLISEN, null);
        long added = incidents("polisen-events") - before;
        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(first.rowsRead()).isEqualTo(500);
        assertThat(first.rejected()).isZero();
        assertThat(first.accepted() + first.duplicates()).isEqualTo(500);
        assertThat(added).isEqualTo(first.accepted());

        ImportJob second = run(ImportFormat.POLISEN_EVENTS, ImportFiles.POLISEN, null);
        assertThat(List.of(second.rowsRead(), second.accepted(), second.rejected(), second.duplicates()))
                .containsExactly(500L, 0L, 0L, 500L);
        assertThat(incidents("polisen-events") - before).isEqualTo(added);
        // The API's positions are municipality centres: stored with AREA precision, never as points.
        assertThat(jdbc.sql("select count(*) from incident where import_job_id = ? and place_precision <> 'AREA'")
                .param(first.id()).query(Long.class).single()).isZero();
        // Municipality names resolve to SCB codes: the sample has ten events in Göteborg (1480).
        assertThat(jdbc.sql("select count(*) from incident where source = 'polisen-events' and municipality_code = '1480'")
                .query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void thePoliceUkSampleKeepsIdenticalAntiSocialBehaviourRowsApartAndAgainAddsNothing() {
        long before = incidents("police-uk");
        ImportJob first = run(ImportFormat.POLICE_UK, ImportFiles.POLICE_UK, null);
        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(List.of(first.rowsRead(), first.rejected())).containsExactly(617L, 0L);
        assertThat(first.accepted() + first.duplicates()).isEqualTo(617);
        assertThat(incidents("police-uk") - before).isEqualTo(first.accepted());
        // The 93 anti-social behaviour rows have no id; those that look identical are distinct all the same.
        assertThat(jdbc.sql("select count(*) from incident where source = 'police-uk' and source_id is null")
                .query(Long.class).single()).isEqualTo(93);

        ImportJob second = run(ImportFormat.POLICE_UK, ImportFiles.POLICE_UK, null);
        assertThat(List.of(second.rowsRead(), second.accepted(), second.rejected(), second.duplicates()))
                .containsExactly(617L, 0L, 0L, 617L);
    }

    @Test
    void aCsvWithBrokenRowsStoresTheGoodOnesAndListsEveryBadOne() throws IOException {
        String source = "broken-" + System.nanoTime();
        ImportJob job = imports.runNow(new Imports.Order(amal, ImportFormat.CSV, source, "broken.csv", "test"),
                Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), ImportFiles.broken(dir));

        assertThat(List.of(job.rowsRead(), job.accepted(), job.rejected(), job.duplicates()))
                .containsExactly(6L, 2L, 4L, 0L);
        assertThat(jdbc.sql("select source_id from incident where source = ? order by source_id").param(source)
                .query(String.class).list()).containsExactly("1", "6");
        assertThat(jdbc.sql("select distinct municipality_code from incident where source = ?").param(source)
                .query(String.class).list()).containsExactly("1492");
        List<ImportRejection> rejections = new ArrayList<>();
        imports.forEachRejection(job, rejections::add);
        assertThat(rejections).extracting(ImportRejection::line, ImportRejection::column, ImportRejection::reason)
                .containsExactly(
                        tuple(3L, "Datum", "import.reason.badDate"),
                        tuple(4L, "Kategori", "import.reason.missing"),
                        tuple(5L, null, "import.reason.columnCount"),
                        tuple(6L, "Lat", "import.reason.coordinateOutOfRange"));
        assertThat(rejections.getFirst().args()).containsExactly("2025-02-31 10:00", "yyyy-MM-dd HH:mm");
        assertThat(rejections.get(2).raw()).isEqualTo("4;Klotter;2025-06-07 11:00;58.95");
    }

    @Test
    void theFirstRowOfAnIdRepeatedWithinAFileIsTheOneStored() throws IOException {
        String source = "repeated-" + System.nanoTime();
        StringBuilder csv = new StringBuilder("Nr;Kategori;Datum;Lat;Lon;Kommun\n");
        for (int i = 1; i <= 3000; i++) {
            // Every id twice, the second time 1500 rows later and with another category.
            csv.append(i <= 1500 ? i : i - 1500).append(i <= 1500 ? ";Klotter;" : ";Stöld;")
                    .append("2025-06-07 10:00;58.95;12.07;Åmål\n");
        }
        Path file = Files.writeString(dir.resolve("repeated.csv"), csv, StandardCharsets.UTF_8);

        ImportJob job = imports.runNow(new Imports.Order(amal, ImportFormat.CSV, source, "repeated.csv", "test"),
                Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);

        assertThat(List.of(job.rowsRead(), job.accepted(), job.rejected(), job.duplicates()))
                .containsExactly(3000L, 1500L, 0L, 1500L);
        assertThat(jdbc.sql("select distinct category from incident where source = ?").param(source)
                .query(String.class).list()).containsExactly("Klotter");
    }

    @Test
    void incidentsImportedWhenKeysWereHashedIdsAreNotImportedAgain() throws Exception {
        String source = "hashed-" + System.nanoTime();
        StringBuilder csv = new StringBuilder("Nr;Kategori;Datum;Lat;Lon;Kommun\n");
        for (int i = 1; i <= 50; i++) {
            csv.append(" A-").append(i).append(";Klotter;2025-06-07 10:00;58.95;12.07;Åmål\n");
        }
        Path file = Files.writeString(dir.resolve("hashed.csv"), csv, StandardCharsets.UTF_8);
        var order = new Imports.Order(amal, ImportFormat.CSV, source, "hashed.csv", "test");
        imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);
        // As the rows were keyed before: the SHA-256 of the stripped id, in hex.
        var sha256 = java.security.MessageDigest.getInstance("SHA-256");
        for (String id : jdbc.sql("select source_id from incident where source = ?").param(source)
                .query(String.class).list()) {
            jdbc.sql("update incident set dedup_key = ? where source = ? and source_id = ?")
                    .param(java.util.HexFormat.of().formatHex(sha256.digest(id.strip().getBytes(StandardCharsets.UTF_8))))
                    .param(source).param(id).update();
        }

        try (var connection = dataSource.getConnection()) {
            V22__SourceIdDedupKeys.rewriteKeys(connection);
        }

        assertThat(jdbc.sql("select dedup_key from incident where source = ? and source_id like '%A-7'").param(source)
                .query(String.class).single()).isEqualTo("i:A-7");
        ImportJob again = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);
        assertThat(List.of(again.rowsRead(), again.accepted(), again.duplicates())).containsExactly(50L, 0L, 50L);
        assertThat(incidents(source)).isEqualTo(50);
    }

    @Test
    void anUnreadableFileFailsTheJobWithTheParsersReason() {
        ImportJob job = run(ImportFormat.POLICE_UK, ImportFiles.POLISEN, null);
        assertThat(job.state()).isEqualTo(ImportState.FAILED);
        assertThat(job.message().code()).startsWith("import.reason.file.");
        assertThat(jdbc.sql("select count(*) from incident where import_job_id = ?").param(job.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aCancelledJobStoresNothing() throws InterruptedException {
        StaffMember admin = staff.member("admin");
        String source = "cancel-" + System.nanoTime();
        long job = imports.submit(new Imports.Order(amal, ImportFormat.CSV, source, "large.csv", null),
                Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), ImportFiles.large(dir, 200_000), admin);

        ImportJob running = await(job, j -> j.state() == ImportState.RUNNING && j.rowsRead() > 0, admin);
        assertThat(imports.cancel(running, admin)).isTrue();
        ImportJob ended = await(job, j -> j.state().finished(), admin);

        assertThat(ended.state()).isEqualTo(ImportState.CANCELLED);
        assertThat(ended.accepted()).isZero();
        assertThat(incidents(source)).isZero();
        assertThat(jdbc.sql("select count(*) from import_rejection where job_id = ?").param(job).query(Long.class)
                .single()).isZero();
    }

    private ImportJob await(long id, java.util.function.Predicate<ImportJob> condition, StaffMember viewer)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = imports.job(id, viewer).orElseThrow();
            if (condition.test(job)) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Job " + id + " did not get there: " + imports.job(id, viewer));
    }

    private ImportJob run(ImportFormat format, Path file, String mapping) {
        return imports.runNow(new Imports.Order(amal, format, null, file.getFileName().toString(), mapping),
                Parsers.forFormat(format, null), file);
    }

    private long incidents(String source) {
        return jdbc.sql("select count(*) from incident where source = ?").param(source).query(Long.class).single();
    }
}
