package se.lofte.promises;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;

/** Published revisions: appended, read, never updated or deleted. */
@Repository
class Revisions {

    /** Everything of a revision but its text, which is read only when it is not parsed already. */
    private static final String COLUMNS = "r.promise_id, r.number, r.published_at, r.publisher_name,"
            + " r.content_sha256, r.previous_sha256, r.record_sha256";

    /**
     * The latest revision of each promise, with its promise as {@code p}: the promise row counts its revisions
     * and is written in the transaction that appends one, so the count is the latest revision's number. A join,
     * not a search for each promise's highest number, so that the newest can be read off an index on time.
     */
    private static final String LATEST = "promise_revision r join promise p on p.id = r.promise_id and r.number = p.revisions";

    /**
     * The parsed text of revisions read before. A revision never changes once published, so what was parsed
     * from it stays true and is never invalidated; parsing its JSON was most of the work of a page view, and
     * reading it most of the work of a list. Bounded by the length of the texts (about 16 million characters,
     * some tens of MB parsed): the latest revisions of every promise in the country fit, so that lists of
     * all of them neither read nor parse the texts again.
     */
    private final Cache<Key, Parsed> parsed = Caffeine.newBuilder().maximumWeight(16_000_000)
            .weigher((Key key, Parsed text) -> text.length()).build();
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

    /**
     * Stores the next revision of a promise as one that publishes a follow-up: the content and signatures texts of
     * the revision before, copied as stored (so its content hash is that revision's), and the follow-up JSON,
     * which the record hash covers ({@link RevisionHashing}).
     */
    PublishedRevision appendFollowUp(PromiseId id, int number, OffsetDateTime publishedAt, String publisherName,
                                     String followUpJson, String publishedBy) {
        record Before(String content, String signatures, String contentSha256, String recordSha256) {
        }
        Before before = jdbc.sql("select content_json, signatures_json, content_sha256, record_sha256"
                        + " from promise_revision where promise_id = ? and number = ?")
                .params(id.value(), number - 1)
                .query((rs, row) -> new Before(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        var hashes = new RevisionHashes(before.contentSha256(), before.recordSha256(), RevisionHashing.recordSha256(id,
                number, publishedAt, publisherName, before.contentSha256(), before.signatures(), before.recordSha256(),
                followUpJson));
        jdbc.sql("insert into promise_revision (promise_id, number, published_at, published_by, publisher_name,"
                        + " content_json, signatures_json, content_sha256, previous_sha256, record_sha256,"
                        + " follow_up_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id.value(), number, publishedAt, publishedBy, publisherName, before.content(),
                        before.signatures(), hashes.content(), hashes.previous(), hashes.record(), followUpJson)
                .update();
        return new PublishedRevision(id, number, publishedAt, publisherName, PromiseJson.content(before.content()),
                PromiseJson.signatures(before.signatures()), hashes, followUpJson);
    }

    List<PublishedRevision> of(PromiseId id) {
        return read(jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id = ? order by r.number")
                .param(id.value()));
    }

    List<PublishedRevision> of(Collection<PromiseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id in (:ids)"
                        + " order by r.promise_id, r.number")
                .param("ids", ids.stream().map(PromiseId::value).toList()));
    }

    Optional<PublishedRevision> find(PromiseId id, int number) {
        return read(jdbc.sql("select " + COLUMNS + " from promise_revision r where r.promise_id = ? and r.number = ?")
                .params(id.value(), number)).stream().findFirst();
    }

    Optional<PublishedRevision> latest(PromiseId id) {
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST + " where r.promise_id = ?")
                .param(id.value())).stream().findFirst();
    }

    /**
     * The latest revisions of up to {@code limit} published promises with an id above {@code after}, by id: one
     * page of a walk through every published promise that never holds them all at once.
     */
    List<PublishedRevision> latestAfter(long after, int limit) {
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST + " where r.promise_id > :after"
                + " order by r.promise_id limit :limit").param("after", after).param("limit", limit));
    }

    /** The latest revision of each of these promises that has been published, in no particular order. */
    List<PublishedRevision> latestOf(Collection<PromiseId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST + " where r.promise_id in (:ids)")
                .param("ids", ids.stream().map(PromiseId::value).toList()));
    }

    /** The latest revision of every published promise, optionally only those with a given party. */
    List<PublishedRevision> latestOfAll(OrganisationId party) {
        String partyFilter = party == null ? ""
                : " where exists (select 1 from promise_party pp where pp.promise_id = r.promise_id"
                + " and pp.organisation_id = " + party.value() + ")";
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST + partyFilter
                + " order by r.promise_id desc"));
    }

    /** The latest revision of every published promise that starts in the year, newest promise first. */
    List<PublishedRevision> latestStarting(int year) {
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST + " where p.start_year = ?"
                + " order by r.promise_id desc").param(year));
    }

    /** How many published promises start in each year, the latest year first. */
    Map<Integer, Integer> startYears() {
        Map<Integer, Integer> years = new LinkedHashMap<>();
        jdbc.sql("select p.start_year, count(*) from promise p where exists"
                        + " (select 1 from promise_revision r where r.promise_id = p.id)"
                        + " group by p.start_year order by p.start_year desc")
                .query(rs -> {
                    years.put(rs.getInt(1), rs.getInt(2));
                });
        return years;
    }

    /**
     * The latest revisions of the {@code limit} promises published (or republished) most recently, newest
     * first.
     */
    List<PublishedRevision> latestNewestFirst(int limit) {
        return read(jdbc.sql("select " + COLUMNS + " from " + LATEST
                + " order by r.published_at desc, r.promise_id desc limit :limit").param("limit", limit));
    }

    /**
     * Runs a query for the columns of {@link #COLUMNS} and adds each revision's text: from the parsed ones
     * kept, else read in one more query for all that are missing, and kept.
     */
    private List<PublishedRevision> read(JdbcClient.StatementSpec query) {
        List<Header> headers = query.query((rs, row) -> header(rs)).list();
        Map<Key, Parsed> texts = new HashMap<>(parsed.getAllPresent(headers.stream().map(Header::key).toList()));
        List<Header> missing = headers.stream().filter(h -> !texts.containsKey(h.key())).toList();
        if (!missing.isEmpty()) {
            Set<Key> wanted = missing.stream().map(Header::key).collect(Collectors.toSet());
            jdbc.sql("select promise_id, number, content_json, signatures_json, follow_up_json from promise_revision"
                            + " where promise_id in (:ids) and number in (:numbers)")
                    .param("ids", missing.stream().map(h -> h.key().promise().value()).distinct().toList())
                    .param("numbers", missing.stream().map(h -> h.key().number()).distinct().toList())
                    .query(rs -> {
                        var key = new Key(new PromiseId(rs.getLong(1)), rs.getInt(2));
                        if (wanted.contains(key)) {
                            String followUp = rs.getString(5);
                            var text = new Parsed(PromiseJson.content(rs.getString(3)),
                                    PromiseJson.signatures(rs.getString(4)), followUp,
                                    rs.getString(3).length() + rs.getString(4).length()
                                            + (followUp == null ? 0 : followUp.length()));
                            parsed.put(key, text);
                            texts.put(key, text);
                        }
                    });
        }
        return headers.stream().map(h -> h.with(texts.get(h.key()))).toList();
    }

    /** Times are read back in Swedish time: PostgreSQL hands them out in UTC, H2 as stored. */
    private static Header header(ResultSet rs) throws SQLException {
        return new Header(new Key(new PromiseId(rs.getLong("promise_id")), rs.getInt("number")),
                rs.getObject("published_at", OffsetDateTime.class).atZoneSameInstant(Dates.SWEDEN).toOffsetDateTime(),
                rs.getString("publisher_name"), new RevisionHashes(rs.getString("content_sha256"),
                rs.getString("previous_sha256"), rs.getString("record_sha256")));
    }

    private record Header(Key key, OffsetDateTime publishedAt, String publisherName, RevisionHashes hashes) {

        PublishedRevision with(Parsed text) {
            return new PublishedRevision(key.promise(), key.number(), publishedAt, publisherName, text.content(),
                    text.signatures(), hashes, text.followUp());
        }
    }

    private record Key(PromiseId promise, int number) {
    }

    /** Shared by every reader of the revision, so nothing in it may change. */
    private record Parsed(PromiseContent content, List<Signature> signatures, String followUp, int length) {
        Parsed {
            signatures = List.copyOf(signatures);
        }
    }
}
