package se.lofte;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.operations.TableDigests;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.subscriptions.Subscriptions;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup round trip with the operators' own scripts, on the database of the pass: on H2 ops/backup.sh
 * asks the running application's management port for an online backup (BACKUP TO) and ops/restore.sh
 * unpacks it into a new database file; on PostgreSQL they run pg_dump -Fc and pg_restore into a new
 * database. Every table of the restored database must hold what the original held (row count and the
 * SHA-256 of its rows, {@link TableDigests}), uploads included, and the application must start on it:
 * Flyway validates the restored schema against the jar's migrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class BackupRoundTripIntegrationTests {

    private static final boolean POSTGRES = "postgresql".equals(System.getProperty("lofte.test.database"));
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Path WORK = temporaryDirectory();
    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PICTURE = HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000000100000001"
            + "08060000001f15c4890000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082");

    /** H2's BACKUP TO copies the database's files: the in-memory database of the other tests has none. */
    @DynamicPropertySource
    static void databaseInAFile(DynamicPropertyRegistry registry) {
        if (!POSTGRES) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("live/lofte") + H2_SETTINGS);
        }
        registry.add("lofte.backup.directory", () -> WORK.resolve("made").toString());
    }

    @Autowired
    MovableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    PromiseManagement promises;
    @Autowired
    MeasureManagement measures;
    @Autowired
    Organisations organisations;
    @Autowired
    Subscriptions subscriptions;
    @LocalManagementPort
    int managementPort;

    private final List<String> restoredDatabases = new ArrayList<>();

    @BeforeEach
    void theToolsAreThere() {
        for (String tool : POSTGRES ? List.of("pg_dump", "pg_restore", "psql", "createdb") : List.of("curl", "unzip")) {
            boolean found = Stream.of(System.getenv("PATH").split(":"))
                    .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
            assumeTrue(found || "true".equalsIgnoreCase(System.getenv("CI")),
                    tool + " is not installed: round trip skipped");
        }
    }

    @Test
    void everyTableIsRestoredWithItsUploadsAndTheApplicationStartsOnIt() throws Exception {
        fillThroughTheApplication();
        var backup = backUp();
        String restored = restore(backup.file());

        var after = digests(restored);
        assertThat(TableDigests.differences(backup.digests(), after)).as("tables that differ after the restore")
                .isEmpty();
        assertThat(after).containsKeys("promise", "promise_revision", "promise_image", "measure", "measure_attachment",
                "subscription", "account", "organisation", "flyway_schema_history");
        for (String table : List.of("promise", "promise_image", "measure", "measure_attachment", "subscription")) {
            assertThat(after.get(table).rows()).as(table).isPositive();
        }

        var printed = new ByteArrayOutputStream();
        int status = Lofte.command(new String[]{"verify-revisions", "--spring.datasource.url=" + restored},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("all intact");
    }

    @Test
    void aTableLeftOutOfTheRestoreFailsTheComparison() throws Exception {
        fillThroughTheApplication();
        var backup = backUp();
        String restored = restore(backup.file());
        try (Connection connection = connect(restored); Statement statement = connection.createStatement()) {
            statement.execute("drop table measure_attachment");
            // A table no other refers to, so that only its rows change (a subscription's links and mails would go
            // with it, as many as the tests that share this database have queued).
            statement.execute("delete from promise_image");
        }

        var differences = TableDigests.differences(backup.digests(), digests(restored));
        assertThat(differences).hasSize(2);
        assertThat(differences.get(0)).isEqualTo("measure_attachment: missing ("
                + backup.digests().get("measure_attachment").rows() + " rows in the original)");
        assertThat(differences.get(1)).startsWith("promise_image: " + backup.digests().get("promise_image").rows()
                + " rows ").contains(" in the original, 0 rows ");
    }

    /** What the first test relies on: starting on a restored database is Flyway's check of its schema. */
    @Test
    void aRestoredSchemaThatDoesNotMatchTheMigrationsStopsTheStart() throws Exception {
        String restored = restore(backUp().file());
        try (Connection connection = connect(restored); Statement statement = connection.createStatement()) {
            statement.execute("update flyway_schema_history set checksum = checksum + 1 where version = '1'");
        }

        assertThatThrownBy(() -> Lofte.command(new String[]{"verify-revisions", "--spring.datasource.url=" + restored},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .hasStackTraceContaining("checksum mismatch for migration version 1");
    }

    /** A promise with a picture, a measure with an attachment, a subscription: what staff and residents add. */
    private void fillThroughTheApplication() {
        var parties = MeasureFixtures.parties(organisations);
        int year = TestYears.next();
        PromiseId promise = MeasureFixtures.promise(promises, parties, year);
        assertThat(promises.storeImage(PICTURE).problem()).isNull();
        // A measure lies within its promise's period: the clock is in the promise's year while it is logged.
        clock.setDay(LocalDate.of(year, 6, 15));
        var control = MeasureFixtures.trafficControl(parties, LocalDate.of(year, 6, 14), "20", "fordon");
        var withReport = new MeasureInput(control.commitmentKeys(), control.start(), control.end(), control.place(),
                control.responsible(), control.kindCode(), control.outputs(), control.description(), null, false,
                List.of(new MeasureInput.NewAttachment("rapport.txt", "text/plain",
                        "Kontrollerade fordon: 20\n".getBytes(StandardCharsets.UTF_8))), List.of());
        assertThat(measures.log(promise, withReport, MeasureFixtures.editorOfBoth(parties)).problems()).isEmpty();
        clock.set(java.time.Instant.now());
        assertThat(subscriptions.subscribe("backup-" + UUID.randomUUID() + "@example.se",
                subscriptions.municipality("bengtsfors").orElseThrow())).isEmpty();
    }

    record Backup(Path file, Map<String, TableDigests.Digest> digests) {
    }

    /**
     * Backs up with ops/backup.sh, with the digests of the original as it was backed up. Other test contexts
     * share the PostgreSQL database and may write to it meanwhile (expired sessions are cleaned every minute):
     * a backup during which the digests changed is taken again.
     */
    private Backup backUp() throws Exception {
        for (int attempt = 1; ; attempt++) {
            var before = digests(dataSource);
            Path file = Path.of(lastLine(POSTGRES
                    ? script("ops/backup.sh", "--db", database(), "--out", WORK.resolve("backups").toString())
                    : script("ops/backup.sh", "--management", "http://127.0.0.1:" + managementPort,
                    "--out", WORK.resolve("backups").toString())));
            assertThat(file).exists();
            assertThat(Path.of(file + ".sha256")).exists();
            if (before.equals(digests(dataSource)) || attempt == 3) {
                assertThat(digests(dataSource)).as("the database stayed the same during the backup").isEqualTo(before);
                return new Backup(file, before);
            }
        }
    }

    /** Restores with ops/restore.sh into a new database and answers its JDBC address. */
    private String restore(Path backup) throws Exception {
        if (POSTGRES) {
            String name = "lofte_backup_" + UUID.randomUUID().toString().substring(0, 8);
            restoredDatabases.add(name);
            script("ops/restore.sh", "--db", name, backup.toString());
            String url = jdbcUrl();
            return url.substring(0, url.lastIndexOf('/') + 1) + name;
        }
        Path file = WORK.resolve("restored-" + UUID.randomUUID()).resolve("lofte");
        script("ops/restore.sh", "--h2", file.toString(), backup.toString());
        return "jdbc:h2:file:" + file + H2_SETTINGS + ";IFEXISTS=TRUE";
    }

    @AfterEach
    void dropRestoredDatabases() throws SQLException {
        if (restoredDatabases.isEmpty()) {
            return;
        }
        String url = jdbcUrl();
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
             Statement statement = admin.createStatement()) {
            for (String name : restoredDatabases) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    @AfterAll
    static void removeWork() throws IOException {
        try (Stream<Path> files = Files.walk(WORK)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Map<String, TableDigests.Digest> digests(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection()) {
            return TableDigests.of(connection);
        }
    }

    private Map<String, TableDigests.Digest> digests(String url) throws SQLException {
        try (Connection connection = connect(url)) {
            return TableDigests.of(connection);
        }
    }

    private Connection connect(String url) throws SQLException {
        return POSTGRES ? DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password")) : DriverManager.getConnection(url, "sa", "");
    }

    private String jdbcUrl() throws SQLException {
        return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
    }

    private String database() throws SQLException {
        String url = jdbcUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "");
    }

    /** Runs one of the ops scripts from the project directory; its output, or a failure that shows it. */
    private String script(String script, String... args) throws Exception {
        var command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        if (POSTGRES) {
            URI server = URI.create(jdbcUrl().substring("jdbc:".length()));
            process.environment().put("PGHOST", server.getHost());
            process.environment().put("PGPORT", Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()));
            process.environment().put("PGUSER", System.getProperty("spring.datasource.username"));
            process.environment().put("PGPASSWORD", System.getProperty("spring.datasource.password", ""));
        }
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(2, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        assertThat(running.exitValue()).as(script + " " + String.join(" ", args) + ":\n" + output).isZero();
        return output;
    }

    private static String lastLine(String output) {
        List<String> lines = output.lines().toList();
        return lines.getLast();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("lofte-backup-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
