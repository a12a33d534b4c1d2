package se.lofte.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.Sha256;

/**
 * {@code POST /actuator/backup} on the management port: a consistent copy of the embedded H2 database while
 * the site keeps serving. H2 serves one process, so nothing outside the running application can open its
 * file; its {@code BACKUP TO} writes a zip of the database as of one moment (H2's MVCC) without locking
 * anything. The file goes into {@code lofte.backup.directory} under a name of its own, never one the caller
 * chooses; ops/backup.sh asks for it and copies it where the operator wants it. On PostgreSQL, which pg_dump
 * backs up from outside (ops/backup.sh --db), and on an in-memory database the answer is 409 and says why.
 */
@Component
@Endpoint(id = "backup")
class OnlineBackup {

    private static final Logger log = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path directory;
    private final Clock clock;

    OnlineBackup(DataSource dataSource, LofteProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.directory = properties.backup().directory();
        this.clock = clock;
    }

    /** Writes a backup and answers its absolute path, size and SHA-256 (200), or why it cannot (409). */
    @WriteOperation
    WebEndpointResponse<Map<String, Object>> backup() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                return new WebEndpointResponse<>(Map.of("message", "The database is " + product
                        + ", not the embedded H2: back it up with pg_dump (ops/backup.sh --db NAME)."), 409);
            }
            if (connection.getMetaData().getURL().startsWith("jdbc:h2:mem:")) {
                return new WebEndpointResponse<>(Map.of("message",
                        "The embedded database is in memory: it has no file to back up."), 409);
            }
            Instant at = clock.instant();
            Files.createDirectories(directory);
            Path file = directory.resolve("lofte-" + NAME.format(at) + ".zip").toAbsolutePath().normalize();
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("backup to '" + file.toString().replace("'", "''") + "'");
            }
            ownerOnly(file);
            var answer = new LinkedHashMap<String, Object>();
            answer.put("file", file.toString());
            answer.put("bytes", Files.size(file));
            answer.put("sha256", Sha256.hex(file));
            answer.put("at", at.toString());
            log.info("Backed up the embedded database to {} ({} bytes) in {} ms", file, answer.get("bytes"),
                    (System.nanoTime() - started) / 1_000_000);
            return new WebEndpointResponse<>(answer, 200);
        }
    }

    /** The backup holds personal data (accounts, subscribers' addresses, attachments). */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            log.debug("{} keeps the permissions of its file system, which has none of POSIX", file);
        }
    }

}
