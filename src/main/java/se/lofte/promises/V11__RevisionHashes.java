package se.lofte.promises;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the revisions published before revisions had hashes (such as the demo promise) and makes the hashes
 * required from then on.
 *
 * <p>A Java migration rather than computing on first start: the hashes are defined in Java
 * ({@link RevisionHashing}), so SQL cannot compute them; as a migration it runs exactly once per database,
 * before anything reads revisions, so no start-up code has to look for unsealed revisions forever after and
 * the columns can be {@code not null} at once. The existing texts are sealed as they are found: the chain
 * vouches for them from this migration on.
 */
@Component
class V11__RevisionHashes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table promise_revision add column content_sha256 varchar(64)");
            statement.execute("alter table promise_revision add column previous_sha256 varchar(64)");
            statement.execute("alter table promise_revision add column record_sha256 varchar(64)");
        }
        List<Stored> stored = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select promise_id, number, published_at, publisher_name,"
                     + " content_json, signatures_json from promise_revision order by promise_id, number")) {
            while (rs.next()) {
                stored.add(new Stored(new PromiseId(rs.getLong("promise_id")), rs.getInt("number"),
                        rs.getObject("published_at", OffsetDateTime.class), rs.getString("publisher_name"),
                        rs.getString("content_json"), rs.getString("signatures_json")));
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update promise_revision set content_sha256 = ?,"
                + " previous_sha256 = ?, record_sha256 = ? where promise_id = ? and number = ?")) {
            Stored before = null;
            String previousRecord = null;
            for (Stored revision : stored) {
                String previous = before != null && before.promiseId().equals(revision.promiseId())
                        ? previousRecord : null;
                String content = RevisionHashing.contentSha256(revision.contentJson());
                String record = RevisionHashing.recordSha256(revision.promiseId(), revision.number(),
                        revision.publishedAt(), revision.publisherName(), content, revision.signaturesJson(), previous);
                update.setString(1, content);
                update.setString(2, previous);
                update.setString(3, record);
                update.setLong(4, revision.promiseId().value());
                update.setInt(5, revision.number());
                update.executeUpdate();
                before = revision;
                previousRecord = record;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table promise_revision alter column content_sha256 set not null");
            statement.execute("alter table promise_revision alter column record_sha256 set not null");
        }
    }

    private record Stored(PromiseId promiseId, int number, OffsetDateTime publishedAt, String publisherName,
                          String contentJson, String signaturesJson) {
    }
}
