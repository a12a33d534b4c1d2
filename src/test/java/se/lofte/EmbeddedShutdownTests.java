package se.lofte;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.testing.EmbeddedDatabase.defaultAddressIn;

/**
 * A site on the embedded database stops as it should when the process is asked to (SIGTERM, as systemd and
 * container runtimes do): Spring's shutdown, which lets a reaction or a scheduled task that is running finish
 * and then closes the pool, still finds the database open. With H2's default the database closes itself in
 * a JVM shutdown hook of its own, racing Spring's, and the work finishing at shutdown failed ("Could not
 * open JDBC Connection"). The site runs in a JVM of its own on Löfte's default address (from
 * application.properties, in this test's directory).
 */
class EmbeddedShutdownTests {

    @TempDir
    Path dir;

    @Test
    void aStopAskedForByTheSystemFindsTheEmbeddedDatabaseOpenToTheEnd() throws Exception {
        Path log = dir.resolve("site.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "se.lofte.Lofte",
                "--spring.datasource.url=" + defaultAddressIn(dir.resolve("data/lofte")), "--server.port=0",
                "--management.server.port=0", "--lofte.base-url=http://localhost:8080",
                "--lofte.admin.password=shutdown-test-password", "--lofte.test.smtp-port=25"));
        Process site = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(dir.toFile()).start();
        try {
            awaitStarted(site, log);
            site.destroy();
            assertThat(site.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        } finally {
            site.destroyForcibly();
        }

        String printed = Files.readString(log);
        assertThat(printed).contains("Started Lofte")
                .doesNotContain("Could not open JDBC Connection", "Database is already closed");
    }

    private static void awaitStarted(Process site, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(log) ? Files.readString(log) : "";
            if (printed.contains("Started Lofte")) {
                return;
            }
            if (!site.isAlive()) {
                throw new AssertionError("The site ended before it started:\n" + printed);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The site did not start within three minutes");
    }
}
