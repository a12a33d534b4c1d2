package se.lofte.subscriptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The subscription and subscription_link tables. Addresses are stored in lower case, so each is there once. */
@Component
class SubscriptionRows {

    /** A stored subscription; {@code kind} is PROMISE or MUNICIPALITY, {@code topicId} the id of either. */
    record Stored(long id, String email, String kind, long topicId, OffsetDateTime createdAt,
                  OffsetDateTime confirmedAt) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private static final String COLUMNS = "s.id, s.email, s.topic_kind, s.topic_id, s.created_at, s.confirmed_at";

    private final JdbcClient jdbc;

    SubscriptionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String email, String kind, long topicId) {
        return jdbc.sql("select " + COLUMNS + " from subscription s where s.email = ? and s.topic_kind = ?"
                        + " and s.topic_id = ?")
                .params(email, kind, topicId).query(SubscriptionRows::stored).optional();
    }

    long insertPending(String email, String kind, long topicId, String confirmHash, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into subscription (email, topic_kind, topic_id, confirm_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(email, kind, topicId, confirmHash, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A new link for a subscription not yet confirmed; the older link stops working and the 7 days start again. */
    boolean renewPending(long id, String confirmHash, OffsetDateTime now) {
        return jdbc.sql("update subscription set confirm_hash = ?, created_at = ? where id = ? and confirmed_at is null")
                .params(confirmHash, now, id).update() == 1;
    }

    /** The unconfirmed subscription this link's hash belongs to, if it was created after {@code since}. */
    Optional<Stored> pending(String confirmHash, OffsetDateTime since) {
        return jdbc.sql("select " + COLUMNS + " from subscription s where s.confirm_hash = ? and s.confirmed_at is null"
                        + " and s.created_at > ?")
                .params(confirmHash, since).query(SubscriptionRows::stored).optional();
    }

    /** Confirms once: of two simultaneous clicks only one finds the hash still there. */
    boolean confirm(long id, String confirmHash, OffsetDateTime now, OffsetDateTime since) {
        return jdbc.sql("update subscription set confirmed_at = ?, confirm_hash = null where id = ? and confirm_hash = ?"
                        + " and confirmed_at is null and created_at > ?")
                .params(now, id, confirmHash, since).update() == 1;
    }

    void addLink(long subscriptionId, String tokenHash) {
        jdbc.sql("insert into subscription_link (token_hash, subscription_id) values (?, ?)")
                .params(tokenHash, subscriptionId).update();
    }

    Optional<Stored> byLink(String tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from subscription s join subscription_link l on l.subscription_id = s.id"
                        + " where l.token_hash = ?")
                .param(tokenHash).query(SubscriptionRows::stored).optional();
    }

    /** Deletes the subscription with its links and unsent mails (the foreign keys cascade). */
    boolean delete(long id) {
        return jdbc.sql("delete from subscription where id = ?").param(id).update() == 1;
    }

    int deleteUnconfirmedCreatedBefore(OffsetDateTime before) {
        return jdbc.sql("delete from subscription where confirmed_at is null and created_at <= ?").param(before).update();
    }

    /** Confirmed subscriptions to any of these topics of one kind, oldest first. */
    List<Stored> confirmed(String kind, Collection<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from subscription s where s.topic_kind = :kind and s.topic_id in (:ids)"
                        + " and s.confirmed_at is not null order by s.id")
                .param("kind", kind).param("ids", topicIds).query(SubscriptionRows::stored).list();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("email"), rs.getString("topic_kind"), rs.getLong("topic_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("confirmed_at", OffsetDateTime.class));
    }
}
