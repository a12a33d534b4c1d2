package se.lofte.promises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** Published revisions: appended, read, never updated or deleted. */
@Repository
class Revisions {

    private static final java.time.ZoneId SWEDEN = java.time.ZoneId.of("Europe/Stockholm");

    private static final String COLUMNS = "r.promise_id, r.number, r.published_at, r.publisher_name,"
            + " r.content_json, r.signatures_json, r.content_sha256, r.previous_sha256, r.record_sha256";

    /**
     * The parsed text of revisions read before. A revision never changes once published, so what was parsed
     * from it stays true and is never invalidated; parsing its JSON was most of the work of a page view.
     * Bounded: a few hundred promises' latest revisions and histories, some tens of kB each.
     */
    private final Cache<Key, Parsed> parsed = Caffeine.newBuilder().maximumSize(500).build();
    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the next revision of a promise, sealed with its hashes and chained to the revision before.
     * The hashes are taken over the very texts stored, so that a later check recomputes the same values.
     */
    PublishedRevision append(PromiseId id, int number, OffsetDateTime publishedAt, String publisherName,
                             PromiseContent content, List<Signature> signatures, String publishedBy) {
        String contentJson = PromiseJson.write(content);
        String signaturesJson = PromiseJson.write(signatures);
        String previous = number == 1 ? null
                : jdbc.sql("select record_sha256 from promise_revision where promise_id = ? and number = ?")
                .params(id.value(), number - 1).query(String.class).single();
        String contentSha256 = RevisionHashing.contentSha256(contentJson);
        var hashes = new RevisionHashes(contentSha256, previous, RevisionHashing.recordSha256(id, number,
                publishedAt, publisherName, contentSha256, signaturesJson, previous));
        jdbc.sql("insert into promise_revision (promise_id, number, published_at, published_by, publisher_name,"
                        + " content_json, signatures_json, content_sha256, previous_sha256, record_sha256)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id.value(), number, publishedAt, publishedBy, publisherName, contentJson, signaturesJson,
                        hashes.content(), hashes.previous(), hashes.record())
                .update();
        return new PublishedRevision(id, number, publishedAt, publisherName, content, signatures, hashes);
    }

    List<PublishedRevision> of(PromiseId id) {
        return jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id = ? order by r.number")
                .param(id.value()).query((rs, row) -> map(rs)).list();
    }

    List<PublishedRevision> of(Collection<PromiseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id in (:ids)"
                        + " order by r.promise_id, r.number")
                .param("ids", ids.stream().map(PromiseId::value).toList()).query((rs, row) -> map(rs)).list();
    }

    Optional<PublishedRevision> find(PromiseId id, int number) {
        return jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id = ? and r.number = ?")
                .params(id.value(), number).query((rs, row) -> map(rs)).optional();
    }

    Optional<PublishedRevision> latest(PromiseId id) {
        return jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id = ?"
                        + " and r.number = (select max(number) from promise_revision where promise_id = r.promise_id)")
                .param(id.value()).query((rs, row) -> map(rs)).optional();
    }

    /** The latest revision of every published promise, optionally only those with a given party. */
    List<PublishedRevision> latestOfAll(OrganisationId party) {
        String partyFilter = party == null ? ""
                : " and exists (select 1 from promise_party pp where pp.promise_id = r.promise_id"
                + " and pp.organisation_id = " + party.value() + ")";
        return jdbc.sql("select " + COLUMNS + " from promise_revision r where"
                        + " r.number = (select max(number) from promise_revision where promise_id = r.promise_id)"
                        + partyFilter + " order by r.promise_id desc")
                .query((rs, row) -> map(rs)).list();
    }

    /** Times are read back in Swedish time: PostgreSQL hands them out in UTC, H2 as stored. */
    private PublishedRevision map(ResultSet rs) throws SQLException {
        var id = new PromiseId(rs.getLong("promise_id"));
        int number = rs.getInt("number");
        String contentJson = rs.getString("content_json");
        String signaturesJson = rs.getString("signatures_json");
        Parsed text = parsed.get(new Key(id, number), key -> new Parsed(PromiseJson.content(contentJson),
                PromiseJson.signatures(signaturesJson)));
        return new PublishedRevision(id, number,
                rs.getObject("published_at", OffsetDateTime.class).atZoneSameInstant(SWEDEN).toOffsetDateTime(),
                rs.getString("publisher_name"), text.content(), text.signatures(),
                new RevisionHashes(rs.getString("content_sha256"), rs.getString("previous_sha256"),
                        rs.getString("record_sha256")));
    }

    private record Key(PromiseId promise, int number) {
    }

    /** Shared by every reader of the revision, so nothing in it may change. */
    private record Parsed(PromiseContent content, List<Signature> signatures) {
        Parsed {
            signatures = List.copyOf(signatures);
        }
    }
}
