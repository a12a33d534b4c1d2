package se.lofte.subscriptions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subscription_mail table: news mails waiting to be sent, sent, or given up. A mail is claimed before
 * it is sent, so that two app nodes never send the same one; a claim that its node did not finish (it
 * stopped) runs out and the mail is sent again.
 */
@Component
class Outbox {

    /** A mail ready to send; {@code attempts} counts the tries before this one. */
    record Queued(long id, String email, String subject, String body, String unsubscribeToken, int attempts) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(long subscriptionId, String subject, String body, String unsubscribeToken, OffsetDateTime now) {
        jdbc.sql("insert into subscription_mail (subscription_id, subject, body, unsubscribe_token, created_at,"
                        + " next_attempt_at) values (?, ?, ?, ?, ?, ?)")
                .params(subscriptionId, subject, body, unsubscribeToken, now, now).update();
    }

    /** Mails due at {@code now}, oldest first, at most {@code limit}. */
    List<Long> due(OffsetDateTime now, int limit) {
        return jdbc.sql("select id from subscription_mail where sent_at is null and given_up_at is null"
                        + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)"
                        + " order by next_attempt_at, id fetch first " + limit + " rows only")
                .params(now, now).query(Long.class).list();
    }

    /** Claims the mail until {@code until}; empty when another node holds it or it is no longer due. */
    Optional<Queued> claim(long id, OffsetDateTime now, OffsetDateTime until) {
        int claimed = jdbc.sql("update subscription_mail set claimed_until = ? where id = ? and sent_at is null"
                        + " and given_up_at is null and (claimed_until is null or claimed_until < ?)")
                .params(until, id, now).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select m.id, s.email, m.subject, m.body, m.unsubscribe_token, m.attempts"
                        + " from subscription_mail m join subscription s on s.id = m.subscription_id where m.id = ?")
                .param(id).query((rs, row) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6))).optional();
    }

    /**
     * The mail went: the subject and time are kept for a while, the text and the unsubscribe token (both
     * now in the subscriber's hands) are not.
     */
    void sent(long id, OffsetDateTime now) {
        jdbc.sql("update subscription_mail set sent_at = ?, attempts = attempts + 1, claimed_until = null, body = '',"
                + " unsubscribe_token = null where id = ?").params(now, id).update();
    }

    void retryAt(long id, OffsetDateTime next) {
        jdbc.sql("update subscription_mail set attempts = attempts + 1, next_attempt_at = ?, claimed_until = null"
                + " where id = ?").params(next, id).update();
    }

    void giveUp(long id, OffsetDateTime now) {
        jdbc.sql("update subscription_mail set given_up_at = ?, attempts = attempts + 1, claimed_until = null,"
                + " body = '', unsubscribe_token = null where id = ?").params(now, id).update();
    }

    /**
     * Notes that the news named {@code newsKey} is being queued; false when it was queued before. Of two callers
     * with one key at the same moment, the second fails on the key, and its reaction is tried again.
     */
    boolean firstTime(String newsKey, OffsetDateTime now) {
        return jdbc.sql("insert into subscription_news (news_key, queued_at) select :key, :now"
                + " where not exists (select 1 from subscription_news where news_key = :key)")
                .param("key", newsKey).param("now", now).update() == 1;
    }

    /**
     * Forgets mails sent or given up before {@code before}, and which news was queued then: a reaction runs
     * again within hours, not a month.
     */
    int purgeFinishedBefore(OffsetDateTime before) {
        jdbc.sql("delete from subscription_news where queued_at <= ?").param(before).update();
        return jdbc.sql("delete from subscription_mail where sent_at <= ? or given_up_at <= ?")
                .params(before, before).update();
    }
}
