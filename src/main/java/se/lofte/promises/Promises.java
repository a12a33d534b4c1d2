package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** Stores promise aggregates: the working copy, its parties and its signatures. */
@Repository
class Promises {

    private final JdbcClient jdbc;

    Promises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The promise row is read to the end before its signatures are asked for: a query run inside another's
     * row mapper needs a second pooled connection while the first is still held, and enough concurrent
     * readers doing that hold the whole pool and wait for each other.
     */
    Optional<Promise> find(PromiseId id) {
        return jdbc.sql("select * from promise where id = ?").param(id.value())
                .query((rs, row) -> new Row(rs.getLong("id"), PromiseState.valueOf(rs.getString("state")),
                        rs.getString("draft_json"), rs.getBoolean("extended"), rs.getBoolean("unpublished_changes"),
                        rs.getInt("version"), rs.getInt("revisions")))
                .optional()
                .map(row -> new Promise(new PromiseId(row.id()), row.state(), PromiseJson.content(row.draftJson()),
                        row.extended(), row.unpublishedChanges(), row.version(), row.revisions(),
                        signatures(row.id())));
    }

    /**
     * Holds the promise's row until the transaction ends, so that publications of one promise (its text, a
     * follow-up) take their revision numbers one after the other: two at the same instant would otherwise both
     * take the next number and the second fail on the revision's key.
     */
    void lock(PromiseId id) {
        jdbc.sql("select id from promise where id = ? for update").param(id.value()).query(Long.class).optional();
    }

    /** Only the state: the public page asks whether a promise is closed, which needs no parsed draft. */
    Optional<PromiseState> state(PromiseId id) {
        return jdbc.sql("select state from promise where id = ?").param(id.value())
                .query((rs, row) -> PromiseState.valueOf(rs.getString("state"))).optional();
    }

    /** A new promise carried over from {@code previous}, which is null for a promise of its own. */
    PromiseId insert(Promise promise, PromiseId previous, String by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into promise (state, start_year, extended, unpublished_changes, revisions, version,"
                        + " draft_json, created_at, updated_at, updated_by, previous_promise_id)"
                        + " values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
                .params(promise.state().name(), promise.content().startYear(), promise.extended(),
                        promise.unpublishedChanges(), promise.revisions(), PromiseJson.write(promise.content()),
                        now, now, by, previous == null ? null : previous.value())
                .update(keys, "id");
        var id = new PromiseId(keys.getKeyAs(Number.class).longValue());
        writeChildren(id, promise);
        return id;
    }

    /**
     * Writes the aggregate back if nobody else changed it since it was read; returns false otherwise, so
     * that two people editing at once never overwrite each other silently.
     */
    boolean update(Promise promise, String by, OffsetDateTime now) {
        int rows = jdbc.sql("update promise set state = ?, start_year = ?, extended = ?, unpublished_changes = ?,"
                        + " revisions = ?, version = version + 1, draft_json = ?, updated_at = ?, updated_by = ?"
                        + " where id = ? and version = ?")
                .params(promise.state().name(), promise.content().startYear(), promise.extended(),
                        promise.unpublishedChanges(), promise.revisions(), PromiseJson.write(promise.content()),
                        now, by, promise.id().value(), promise.version())
                .update();
        if (rows == 1) {
            writeChildren(promise.id(), promise);
        }
        return rows == 1;
    }

    /**
     * Stores a revision counted by {@link Promise#recordFollowUp}, if no other revision was counted since the promise
     * was read; returns false otherwise. Only the count: the version stays, so that an editor with the working copy
     * open is not told that someone changed it.
     */
    boolean countRevision(Promise promise) {
        return jdbc.sql("update promise set revisions = ? where id = ? and revisions = ?")
                .params(promise.revisions(), promise.id().value(), promise.revisions() - 1)
                .update() == 1;
    }

    /** The promise this one was carried over from, if any. */
    Optional<PromiseId> previous(PromiseId id) {
        return jdbc.sql("select previous_promise_id from promise where id = ? and previous_promise_id is not null")
                .param(id.value()).query((rs, row) -> new PromiseId(rs.getLong(1))).optional();
    }

    /** The promises carried over from this one, the earliest first (normally one). */
    List<PromiseId> next(PromiseId id) {
        return jdbc.sql("select id from promise where previous_promise_id = ? order by start_year, id")
                .param(id.value()).query((rs, row) -> new PromiseId(rs.getLong(1))).list();
    }

    /** A promise's place in the chain of years: the one it was carried over from, and whether it was extended. */
    record Link(PromiseId id, PromiseId previous, boolean extended) {
    }

    /**
     * The links of every promise carried over from another, and of this one, in one query: the chain of years is
     * walked in memory, so a page asks once however long it is.
     */
    List<Link> links(PromiseId id) {
        return jdbc.sql("select id, previous_promise_id, extended from promise"
                        + " where previous_promise_id is not null or id = ?")
                .param(id.value())
                .query((rs, row) -> new Link(new PromiseId(rs.getLong(1)),
                        rs.getObject(2) == null ? null : new PromiseId(rs.getLong(2)), rs.getBoolean(3)))
                .list();
    }

    /** Promises other than {@code except} that have one of these parties and start in this year. */
    List<PromiseId> startingIn(int year, List<OrganisationId> parties, PromiseId except) {
        if (parties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct p.id from promise p join promise_party pp on pp.promise_id = p.id"
                        + " where p.start_year = :year and pp.organisation_id in (:parties) and p.id <> :except")
                .param("year", year)
                .param("parties", parties.stream().map(OrganisationId::value).toList())
                .param("except", except == null ? -1L : except.value())
                .query((rs, row) -> new PromiseId(rs.getLong(1))).list();
    }

    List<PromiseSummary> summaries() {
        Map<Long, Set<Long>> signed = new HashMap<>();
        jdbc.sql("select promise_id, organisation_id from promise_signature")
                .query(rs -> {
                    signed.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
                });
        return jdbc.sql("select id, state, unpublished_changes, revisions, draft_json, updated_at from promise"
                        + " order by start_year desc, id desc")
                .query((rs, row) -> {
                    var content = PromiseJson.content(rs.getString("draft_json"));
                    Set<Long> signedBy = signed.getOrDefault(rs.getLong("id"), Set.of());
                    return new PromiseSummary(new PromiseId(rs.getLong("id")),
                            PromiseState.valueOf(rs.getString("state")), rs.getBoolean("unpublished_changes"),
                            rs.getInt("revisions"), content.title(), content.periodLabel(),
                            content.parties().stream().map(PromiseContent.Party::name).toList(),
                            content.partyIds(),
                            rs.getObject("updated_at", OffsetDateTime.class),
                            PromiseRules.checkComplete(content).size(),
                            content.parties().stream().filter(p -> !signedBy.contains(p.id().value()))
                                    .map(PromiseContent.Party::name).toList());
                }).list();
    }

    boolean any() {
        return jdbc.sql("select count(*) from promise").query(Long.class).single() > 0;
    }

    private void writeChildren(PromiseId id, Promise promise) {
        jdbc.sql("delete from promise_party where promise_id = ?").param(id.value()).update();
        for (var party : promise.content().parties()) {
            jdbc.sql("insert into promise_party (promise_id, organisation_id, kind) values (?, ?, ?)")
                    .params(id.value(), party.id().value(), party.kind().name()).update();
        }
        jdbc.sql("delete from promise_signature where promise_id = ?").param(id.value()).update();
        for (var signature : promise.signatures()) {
            jdbc.sql("insert into promise_signature (promise_id, organisation_id, signed_by, signed_at)"
                            + " values (?, ?, ?, ?)")
                    .params(id.value(), signature.party().value(), signature.signedBy(), signature.signedAt())
                    .update();
        }
    }

    private List<Signature> signatures(long promise) {
        return jdbc.sql("select organisation_id, signed_by, signed_at from promise_signature"
                        + " where promise_id = ? order by signed_at")
                .param(promise)
                .query((rs, row) -> new Signature(new OrganisationId(rs.getLong("organisation_id")),
                        rs.getString("signed_by"), rs.getObject("signed_at", OffsetDateTime.class)))
                .list();
    }

    private record Row(long id, PromiseState state, String draftJson, boolean extended, boolean unpublishedChanges,
                       int version, int revisions) {
    }
}
