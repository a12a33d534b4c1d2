package se.lofte.promises;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration that seals revisions published before revisions had hashes: a database migrated to V10
 * with revisions in it, then to V11. Runs without Spring, in a database of its own: a fresh in-memory H2
 * database, or on the PostgreSQL pass a schema of its own in the test database.
 */
class RevisionHashMigrationIntegrationTests {

    private static final String SCHEMA = "revision_hash_migration";
    private static final String SIGNATURES =
            "[{\"party\":{\"value\":1},\"signedBy\":\"polis\",\"signedAt\":\"2024-02-01T09:00:00+01:00\"}]";

    @Test
    void sealsExistingRevisionsInChainOrderAndRequiresHashesFromThenOn() throws SQLException {
        try (Connection connection = connect()) {
            var dataSource = new SingleConnectionDataSource(connection, true);
            flyway(dataSource).target("10").load().migrate();
            var jdbc = JdbcClient.create(dataSource);
            OffsetDateTime published = OffsetDateTime.parse("2024-03-01T10:15:30.123456+01:00");
            long first = promise(jdbc);
            long second = promise(jdbc);
            revision(jdbc, first, 1, published, "{\"title\":\"Ett\", \"goals\": [1.50]}");
            revision(jdbc, first, 2, published.plusDays(30), "{\"title\":\"Ett, reviderat\"}");
            revision(jdbc, second, 1, published, "{\"title\":\"Två\"}");

            flyway(dataSource).javaMigrations(new V11__RevisionHashes()).load().migrate();

            String first1 = sealed(jdbc, first, 1, published, "{\"goals\":[1.5],\"title\":\"Ett\"}", null);
            sealed(jdbc, first, 2, published.plusDays(30), "{\"title\":\"Ett, reviderat\"}", first1);
            sealed(jdbc, second, 1, published, "{\"title\":\"Två\"}", null);
            assertThatThrownBy(() -> revision(jdbc, second, 2, published, "{}")).isInstanceOf(RuntimeException.class);
        }
    }

    /** Checks the stored hashes against the definition and returns the record hash. */
    private static String sealed(JdbcClient jdbc, long promise, int number, OffsetDateTime publishedAt,
                                 String canonicalContent, String previous) {
        var hashes = jdbc.sql("select content_sha256, previous_sha256, record_sha256 from promise_revision"
                        + " where promise_id = ? and number = ?").params(promise, number)
                .query((rs, row) -> new RevisionHashes(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        String content = RevisionHashing.sha256(canonicalContent);
        assertThat(hashes).isEqualTo(new RevisionHashes(content, previous, RevisionHashing.recordSha256(
                new PromiseId(promise), number, publishedAt, "Sofia Magnusson", content, SIGNATURES, previous)));
        return hashes.record();
    }

    private static long promise(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into promise (state, start_year, extended, unpublished_changes, revisions, version,"
                        + " draft_json, created_at, updated_at, updated_by) values ('PUBLISHED', 2024, false, false,"
                        + " 1, 1, '{}', ?, ?, 'demo')")
                .params(now, now).update();
        return jdbc.sql("select max(id) from promise").query(Long.class).single();
    }

    private static void revision(JdbcClient jdbc, long promise, int number, OffsetDateTime publishedAt,
                                 String contentJson) {
        jdbc.sql("insert into promise_revision (promise_id, number, published_at, published_by, publisher_name,"
                        + " content_json, signatures_json) values (?, ?, ?, 'demo', 'Sofia Magnusson', ?, ?)")
                .params(promise, number, publishedAt, contentJson, SIGNATURES).update();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
            SingleConnectionDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }

    private static Connection connect() throws SQLException {
        if (!"postgresql".equals(System.getProperty("lofte.test.database"))) {
            return DriverManager.getConnection("jdbc:h2:mem:migration-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        Connection connection = DriverManager.getConnection(System.getProperty("spring.datasource.url"),
                System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        }
        connection.setSchema(SCHEMA);
        return connection;
    }
}
