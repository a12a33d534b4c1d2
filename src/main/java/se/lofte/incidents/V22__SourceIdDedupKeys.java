package se.lofte.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Gives imported incidents that carry a source id the id-based dedup key of {@link DedupKeys} (the id
 * itself instead of its SHA-256), so that importing the same data again after this change still adds
 * nothing. Incidents made from place reports keep their keys: they are not imported and their keys follow
 * their own rule. A Java migration because the key is defined in Java (how an id is stripped, when it is
 * too long and stays hashed).
 *
 * <p>It also drops {@code incident_job}: no query reads incidents by import job and jobs are never
 * deleted, so the index only cost every import a write per row.
 */
@Component
class V22__SourceIdDedupKeys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index incident_job");
        }
        rewriteKeys(connection);
    }

    /**
     * Rewrites the keys of imported incidents whose source id now makes the key. An id too long for an id key
     * keeps its hash; so does one stored cut to the column's length, which is longer still. Only keys still in
     * the form before (the SHA-256 of the stripped id, in hex) are rewritten: any other key was given by
     * {@link DedupKeys} as it is now, such as {@code i2:<id>} for the second row of an id in a file, which must
     * not become the first row's key.
     */
    static void rewriteKeys(Connection connection) throws java.sql.SQLException {
        var keys = new DedupKeys();
        MessageDigest sha256 = sha256();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select id, source_id, dedup_key from incident"
                     + " where import_job_id is not null and source_id is not null");
             PreparedStatement update = connection.prepareStatement("update incident set dedup_key = ? where id = ?")) {
            int pending = 0;
            while (rs.next()) {
                String sourceId = rs.getString("source_id");
                String key = sourceId.isBlank() ? null : keys.ofSourceId(sourceId);
                if (key == null || !keys.isIdKey(key) || !rs.getString("dedup_key").equals(HexFormat.of()
                        .formatHex(sha256.digest(sourceId.strip().getBytes(StandardCharsets.UTF_8))))) {
                    continue;
                }
                update.setString(1, key);
                update.setLong(2, rs.getLong("id"));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
