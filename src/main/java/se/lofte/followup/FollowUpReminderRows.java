package se.lofte.followup;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/**
 * The follow_up_reminder table: mails to a follow-up's parties, queued once per key, waiting to be sent, sent, or
 * given up. The rows name organisations and promises, never a person, so they are kept: a key forgotten while its
 * occasion lasts would queue the mail again.
 */
@Repository
class FollowUpReminderRows {

    /** Why a party gets mail about a follow-up. The names are stored. */
    enum Occasion {
        /** The follow-up period ends soon and the follow-up is not published. */
        PERIOD_ENDS,
        /** Another party signed; this one has not. */
        OTHER_PARTY_SIGNED
    }

    /** A queued mail to one party; {@code signedBy} is the party that signed, for {@link Occasion#OTHER_PARTY_SIGNED}. */
    record Queued(long id, Occasion occasion, PromiseId promise, int year, FollowUpKind kind, OrganisationId party,
                  OrganisationId signedBy, int attempts) {
    }

    private final JdbcClient jdbc;

    FollowUpReminderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the mail named {@code key} unless it was queued before; true when this call queued it. Of two callers
     * with one key at the same moment, one stores it and the other is told it was queued.
     */
    boolean queue(String key, Occasion occasion, PromiseId promise, int year, FollowUpKind kind, OrganisationId party,
                  OrganisationId signedBy, OffsetDateTime now) {
        try {
            return jdbc.sql("insert into follow_up_reminder (reminder_key, reason, promise_id, follow_up_year, kind,"
                            + " organisation_id, signed_by_party, queued_at, next_attempt_at)"
                            + " select :key, :reason, :promise, :year, :kind, :party, :signedBy, :now, :now"
                            + " where not exists (select 1 from follow_up_reminder where reminder_key = :key)")
                    .param("key", key).param("reason", occasion.name()).param("promise", promise.value())
                    .param("year", year).param("kind", kind.name()).param("party", party.value())
                    .param("signedBy", signedBy == null ? null : signedBy.value(), Types.BIGINT)
                    .param("now", now).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Mails due at {@code now}, oldest first, at most {@code limit}. */
    List<Queued> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id, reason, promise_id, follow_up_year, kind, organisation_id, signed_by_party, attempts"
                        + " from follow_up_reminder where sent_at is null and given_up_at is null and next_attempt_at <= ?"
                        + " order by next_attempt_at, id fetch first " + limit + " rows only")
                .param(now)
                .query((rs, row) -> new Queued(rs.getLong(1), Occasion.valueOf(rs.getString(2)),
                        new PromiseId(rs.getLong(3)), rs.getInt(4), FollowUpKind.valueOf(rs.getString(5)),
                        new OrganisationId(rs.getLong(6)),
                        rs.getObject(7) == null ? null : new OrganisationId(rs.getLong(7)), rs.getInt(8)))
                .list();
    }

    /** The mail went, or is no longer needed (the follow-up was published meanwhile). */
    void sent(long id, OffsetDateTime now) {
        jdbc.sql("update follow_up_reminder set sent_at = ?, attempts = attempts + 1 where id = ?").params(now, id)
                .update();
    }

    void retryAt(long id, OffsetDateTime next) {
        jdbc.sql("update follow_up_reminder set attempts = attempts + 1, next_attempt_at = ? where id = ?")
                .params(next, id).update();
    }

    void giveUp(long id, OffsetDateTime now) {
        jdbc.sql("update follow_up_reminder set given_up_at = ?, attempts = attempts + 1 where id = ?")
                .params(now, id).update();
    }
}
