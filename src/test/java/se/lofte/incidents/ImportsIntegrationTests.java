package se.lofte.incidents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.incidents.sources.PolisenCountyVariant;
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

    private static final String HEADER = "Nr;Kategori;Datum;Lat;Lon;Kommun\n";
    /** The Crime IDs the police.uk sample gives to two rows each. */
    private static final List<String> POLICE_UK_REPEATED_IDS = List.of(
            "475b820af21d9a6e0e76b12b8ba92445260ec8ef16048bca97572d43f87400d5",
            "7c49e349a0851fcacc98e9fad515dc2b3afa76bd7a184c65827bb505e0ce04fc",
            "b3784256d3352794cccb0974a44b27952aa24168d8945aec2ed97f90bbc52b88",
            "ec39af348769fda27ea9124da141e914741fdab310705a90e19d67a909c30c28");

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

    /**
     * The police events sample with every location named by its county ({@link PolisenCountyVariant}): each event
     * is placed in the municipality the last part of its name gives, as the sample itself places it, and the
     * county summaries stay in their county; every position stays an area's.
     */
    @Test
    void eventsPlacedInACountyAreCountedInTheMunicipalityTheirNameGives() throws IOException {
        var variant = new PolisenCountyVariant("county-");
        Path file = Files.write(dir.resolve("polisen-counties.json"), variant.bytes());
        Map<String, String> codes = new HashMap<>();
        for (List<String> row : PolisenCountyVariant.municipalityRows()) {
            codes.put(row.get(1).toLowerCase(Locale.ROOT), row.get(0));
        }
        Map<String, Long> expected = new TreeMap<>();
        for (String municipality : variant.municipalities().values()) {
            expected.merge(municipality == null ? "county" : codes.get(municipality.toLowerCase(Locale.ROOT)), 1L,
                    Long::sum);
        }

        ImportJob job = run(ImportFormat.POLISEN_EVENTS, file, null);
        try {
            assertThat(List.of(job.rowsRead(), job.accepted(), job.rejected())).containsExactly(500L, 500L, 0L);
            Map<String, Long> placed = new TreeMap<>();
            jdbc.sql("select coalesce(municipality_code, 'county') as code, count(*) as n from incident"
                            + " where import_job_id = ? group by coalesce(municipality_code, 'county')")
                    .param(job.id()).query((rs, n) -> placed.put(rs.getString("code"), rs.getLong("n"))).list();
            assertThat(placed).isEqualTo(expected).containsEntry("1480", 10L).containsEntry("county", 131L);
            assertThat(jdbc.sql("select count(*) from incident where import_job_id = ? and place_precision = 'AREA'"
                            + " and place_name like '% län' and latitude is not null")
                    .param(job.id()).query(Long.class).single()).isEqualTo(500);
        } finally {
            // The sample's own test counts its events by municipality in this source.
            jdbc.sql("delete from incident where import_job_id = ?").param(job.id()).update();
        }
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
        // Four Crime IDs are each given to two rows with other places and outcomes: distinct crimes, both kept.
        assertThat(jdbc.sql("select source_id, count(distinct place_name) from incident where source = 'police-uk'"
                        + " and source_id in (:ids) group by source_id")
                .param("ids", POLICE_UK_REPEATED_IDS)
                .query((rs, n) -> rs.getLong(2)).list()).containsExactly(2L, 2L, 2L, 2L);

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
    void everyRowOfAnIdRepeatedWithinAFileIsStoredAndNeitherTheSameFileNorAnOverlappingOneAddsThemAgain()
            throws IOException {
        String source = "repeated-" + System.nanoTime();
        var order = new Imports.Order(amal, ImportFormat.CSV, source, "repeated.csv", "test");
        Path january = Files.writeString(dir.resolve("january.csv"), HEADER + repeatedIds(1500),
                StandardCharsets.UTF_8);

        ImportJob first = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), january);
        assertThat(List.of(first.rowsRead(), first.accepted(), first.rejected(), first.duplicates()))
                .containsExactly(3000L, 3000L, 0L, 0L);
        assertThat(jdbc.sql("select category, count(*) from incident where source = ? group by category"
                        + " order by category").param(source)
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("Klotter=1500", "Stöld=1500");

        ImportJob again = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), january);
        assertThat(List.of(again.rowsRead(), again.accepted(), again.duplicates())).containsExactly(3000L, 0L, 3000L);

        // A download of two months that overlaps the one already imported: only the new month's rows go in,
        // whichever rows come first in it.
        Path twoMonths = Files.writeString(dir.resolve("two-months.csv"), HEADER
                + "9001;Rån;2025-07-01 10:00;58.95;12.07;Åmål\n9001;Rån;2025-07-02 10:00;58.95;12.07;Åmål\n"
                + repeatedIds(1500), StandardCharsets.UTF_8);
        ImportJob overlapping = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING),
                twoMonths);
        assertThat(List.of(overlapping.rowsRead(), overlapping.accepted(), overlapping.duplicates()))
                .containsExactly(3002L, 2L, 3000L);
        assertThat(incidents(source)).isEqualTo(3002);
    }

    @Test
    void incidentsStoredBeforeRepeatedIdsWereKeptKeepTheirKeysAndImportingAgainAddsTheRowsThenLost()
            throws IOException {
        String source = "lost-" + System.nanoTime();
        var order = new Imports.Order(amal, ImportFormat.CSV, source, "lost.csv", "test");
        Path file = Files.writeString(dir.resolve("lost.csv"), HEADER + repeatedIds(20), StandardCharsets.UTF_8);
        imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);
        // What an import stored before: only the first row of each id, under the key "i:" and the id.
        jdbc.sql("delete from incident where source = ? and category = 'Stöld'").param(source).update();
        assertThat(jdbc.sql("select dedup_key from incident where source = ? order by id").param(source)
                .query(String.class).list()).hasSize(20).allSatisfy(key -> assertThat(key).matches("i:\\d+"));

        ImportJob again = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);

        assertThat(List.of(again.rowsRead(), again.accepted(), again.duplicates())).containsExactly(40L, 20L, 20L);
        assertThat(jdbc.sql("select count(*) from incident where source = ? and category = 'Stöld'"
                        + " and dedup_key like 'i2:%'").param(source).query(Long.class).single()).isEqualTo(20);
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

    /** {@code ids} ids, each twice: first as Klotter, then {@code ids} rows later as Stöld. */
    private static String repeatedIds(int ids) {
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= 2 * ids; i++) {
            csv.append(i <= ids ? i : i - ids).append(i <= ids ? ";Klotter;" : ";Stöld;")
                    .append("2025-06-07 10:00;58.95;12.07;Åmål\n");
        }
        return csv.toString();
    }

    private long incidents(String source) {
        return jdbc.sql("select count(*) from incident where source = ?").param(source).query(Long.class).single();
    }
}
