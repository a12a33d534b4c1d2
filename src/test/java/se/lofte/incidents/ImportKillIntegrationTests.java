package se.lofte.incidents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's promise under {@code kill -9}: a separate JVM imports a large CSV from the command line and
 * is killed while it runs; the database then holds exactly the incidents it held before and none of the
 * job's rejected rows, the job counts nothing as imported, and once its heartbeat is older than the limit
 * (two seconds here) the next start marks it INTERRUPTED. On the H2 pass the database is an H2
 * file of this test's own (served to the children by H2's automatic server mode from this test's JVM, so
 * the killed process is a client whose open transaction dies with it); on the PostgreSQL
 * pass it is the PostgreSQL test database.
 */
class ImportKillIntegrationTests {

    private static final Duration HEARTBEAT_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private Path lastLog;

    @Test
    void aKilledImportLeavesNothingCountsNothingAndIsMarkedInterruptedOnceItsHeartbeatIsStale() throws Exception {
        boolean postgres = "postgresql".equals(System.getProperty("lofte.test.database"));
        String url = postgres ? System.getProperty("spring.datasource.url")
                : "jdbc:h2:file:" + dir.resolve("kill").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        String user = postgres ? System.getProperty("spring.datasource.username") : "sa";

        // H2's automatic server runs in the process that opened the file first: this test, holding a connection
        // to the end, so that the children (the killed one too) are clients that may come and go.
        try (Connection server = postgres ? null : DriverManager.getConnection(url, user, "")) {
            killAndRestart(url, user);
        }
    }

    private void killAndRestart(String url, String user) throws Exception {
        // A first start creates the schema (bad usage: no file), then the test saves the mapping.
        assertThat(child(url, user, "import", "--format", "csv", "--organisation", "1492").waitFor()).isEqualTo(2);
        String mapping = "kill-" + System.nanoTime();
        update(url, user, "insert into csv_mapping (organisation_id, name, settings_json, updated_at)"
                + " select id, '" + mapping + "', '" + JsonMapper.builder().build().writeValueAsString(ImportFiles.MAPPING)
                + "', current_timestamp from organisation where scb_code = '1492'");
        long incidentsBefore = number(url, user, "select count(*) from incident");
        Path file = ImportFiles.large(dir, 300_000);

        Process importing = child(url, user, "import", "--format", "csv", "--mapping", mapping, "--organisation", "1492",
                "--source", mapping, file.toString());
        long job = awaitRunning(url, user, mapping, importing);
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(number(url, user, "select count(*) from incident")).isEqualTo(incidentsBefore);
        assertThat(number(url, user, "select count(*) from import_rejection where job_id = " + job)).isZero();
        assertThat(text(url, user, "select state from import_job where id = " + job)).isEqualTo("RUNNING");
        assertThat(number(url, user, "select accepted + rejected + duplicates from import_job where id = " + job))
                .isZero();

        Thread.sleep(HEARTBEAT_LIMIT.plusSeconds(1).toMillis());
        assertThat(child(url, user, "import", "--format", "csv", "--organisation", "1492").waitFor()).isEqualTo(2);
        assertThat(text(url, user, "select state from import_job where id = " + job)).isEqualTo("INTERRUPTED");
        assertThat(text(url, user, "select message from import_job where id = " + job))
                .isEqualTo("import.job.interrupted");
    }

    private long awaitRunning(String url, String user, String source, Process importing) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!importing.isAlive()) {
                throw new AssertionError("The importing JVM ended before it showed progress:\n"
                        + Files.readString(lastLog));
            }
            try {
                long job = number(url, user, "select coalesce(max(id), 0) from import_job where source = '" + source
                        + "' and state = 'RUNNING' and rows_read > 0");
                if (job > 0) {
                    return job;
                }
            } catch (SQLException e) {
                // The child may still be creating or opening the database.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import never showed progress");
    }

    private Process child(String url, String user, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                // C1 alone, as the test JVMs: the children start sooner, and the import is killed early anyway.
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "se.lofte.Lofte"));
        command.addAll(List.of(args));
        command.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=", "--lofte.test.smtp-port=25", "--lofte.demo-data=false",
                "--lofte.situation.import-heartbeat-limit=" + HEARTBEAT_LIMIT));
        lastLog = dir.resolve("child-" + System.nanoTime() + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(lastLog.toFile())
                .directory(new File(".")).start();
    }

    private static void update(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long number(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
