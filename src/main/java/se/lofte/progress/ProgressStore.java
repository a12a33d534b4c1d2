package se.lofte.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.promises.PromiseId;

/** Indicator choices, the current value and status of each goal, and the changes of both. */
@Repository
class ProgressStore {

    /** The key of a goal's row, for MERGE; typed so that both databases read the parameters alike. */
    private static final String KEY = "select cast(:promise as bigint) as promise_id,"
            + " cast(:goal as varchar(50)) as goal_key";

    private static final int SOURCE_MAX = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    ProgressStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The indicator chosen for each goal key of the promise. */
    Map<String, IndicatorChoice> indicators(PromiseId promise) {
        Map<String, IndicatorChoice> result = new LinkedHashMap<>();
        jdbc.sql("select goal_key, kind, parameters_json, updated_by, updated_at from goal_indicator"
                        + " where promise_id = ? order by goal_key")
                .param(promise.value())
                .query(rs -> {
                    result.put(rs.getString("goal_key"), new IndicatorChoice(rs.getString("kind"),
                            ProgressJson.parameters(rs.getString("parameters_json")), rs.getString("updated_by"),
                            rs.getObject("updated_at", OffsetDateTime.class)));
                });
        return result;
    }

    void saveIndicator(PromiseId promise, String goalKey, String kind, Map<String, String> values, String by,
                       OffsetDateTime at) {
        jdbc.sql("merge into goal_indicator g using (" + KEY + ") k"
                        + " on g.promise_id = k.promise_id and g.goal_key = k.goal_key"
                        + " when matched then update set kind = :kind, parameters_json = :json, updated_by = :by,"
                        + " updated_at = :at"
                        + " when not matched then insert (promise_id, goal_key, kind, parameters_json, updated_by,"
                        + " updated_at) values (k.promise_id, k.goal_key, :kind, :json, :by, :at)")
                .param("promise", promise.value()).param("goal", goalKey).param("kind", kind)
                .param("json", ProgressJson.write(values)).param("by", by).param("at", at)
                .update();
    }

    void removeIndicator(PromiseId promise, String goalKey) {
        jdbc.sql("delete from goal_indicator where promise_id = ? and goal_key = ?")
                .params(promise.value(), goalKey).update();
    }

    /** The promises with at least one chosen indicator. */
    List<PromiseId> measuredPromises() {
        return jdbc.sql("select distinct promise_id from goal_indicator order by promise_id")
                .query((rs, row) -> new PromiseId(rs.getLong(1))).list();
    }

    Map<String, GoalProgress> states(PromiseId promise) {
        Map<String, GoalProgress> result = new LinkedHashMap<>();
        jdbc.sql("select * from goal_state where promise_id = ?").param(promise.value())
                .query(rs -> {
                    result.put(rs.getString("goal_key"), state(rs));
                });
        return result;
    }

    /**
     * Holds the promise's recompute lock until the transaction ends: a second recompute of the same promise waits
     * here, and then reads the first one's result as its "before". The promise's first recompute makes its row. When
     * two make it at once, the second's insert waits for the first's transaction and then fails on the key, inside
     * a savepoint of its own transaction; it then waits for the lock like any other. Should the first have rolled
     * back instead, the row is not there, and the second makes it after all.
     */
    void lockRecompute(PromiseId promise) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                savepoint.executeWithoutResult(status -> jdbc.sql("insert into goal_recompute (promise_id)"
                                + " select :promise where not exists"
                                + " (select 1 from goal_recompute where promise_id = :promise)")
                        .param("promise", promise.value()).update());
            } catch (DuplicateKeyException e) {
                // Made by the recompute beside this one, which has committed.
            }
            if (jdbc.sql("select promise_id from goal_recompute where promise_id = ? for update")
                    .param(promise.value()).query(Long.class).optional().isPresent()) {
                return;
            }
        }
        throw new IllegalStateException("No recompute lock for promise " + promise.value());
    }

    void saveState(GoalProgress state) {
        jdbc.sql("merge into goal_state g using (" + KEY + ") k"
                        + " on g.promise_id = k.promise_id and g.goal_key = k.goal_key"
                        + " when matched then update set goal_value = :value, as_of = :asOf, status = :status,"
                        + " series_json = :series, source_sv = :sv, source_en = :en, computed_at = :at"
                        + " when not matched then insert (promise_id, goal_key, goal_value, as_of, status, series_json,"
                        + " source_sv, source_en, computed_at)"
                        + " values (k.promise_id, k.goal_key, :value, :asOf, :status, :series, :sv, :en, :at)")
                .param("promise", state.promise().value()).param("goal", state.goalKey())
                .param("value", state.value(), java.sql.Types.NUMERIC).param("asOf", state.asOf(), java.sql.Types.DATE)
                .param("status", state.status().name()).param("series", ProgressJson.write(state.series()))
                .param("sv", fitted(state.sourceSv())).param("en", fitted(state.sourceEn()))
                .param("at", state.computedAt())
                .update();
    }

    long recordChange(PromiseId promise, String goalKey, BigDecimal previous, BigDecimal value, GoalStatus status,
                      OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into progress_change (promise_id, goal_key, previous, goal_value, status, changed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(promise.value(), goalKey, previous, value, status.name(), at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The newest changes of these promises ({@code null}: of every promise), at most {@code limit}. */
    List<ProgressChange> changes(Collection<PromiseId> promises, int limit) {
        if (promises != null && promises.isEmpty() || limit <= 0) {
            return List.of();
        }
        var query = jdbc.sql("select * from progress_change" + (promises == null ? "" : " where promise_id in (:ids)")
                        + " order by changed_at desc, id desc limit :limit")
                .param("limit", limit);
        if (promises != null) {
            query = query.param("ids", promises.stream().map(PromiseId::value).toList());
        }
        return query.query((rs, row) -> change(rs)).list();
    }

    Optional<ProgressChange> change(long id) {
        return jdbc.sql("select * from progress_change where id = ?").param(id)
                .query((rs, row) -> change(rs)).optional();
    }

    private static ProgressChange change(ResultSet rs) throws SQLException {
        return new ProgressChange(rs.getLong("id"), new PromiseId(rs.getLong("promise_id")), rs.getString("goal_key"),
                scaled(rs.getBigDecimal("previous")), scaled(rs.getBigDecimal("goal_value")),
                GoalStatus.valueOf(rs.getString("status")), rs.getObject("changed_at", OffsetDateTime.class));
    }

    private static GoalProgress state(ResultSet rs) throws SQLException {
        return new GoalProgress(new PromiseId(rs.getLong("promise_id")), rs.getString("goal_key"),
                scaled(rs.getBigDecimal("goal_value")), rs.getObject("as_of", LocalDate.class),
                GoalStatus.valueOf(rs.getString("status")), ProgressJson.series(rs.getString("series_json")),
                rs.getString("source_sv"), rs.getString("source_en"), rs.getObject("computed_at", OffsetDateTime.class));
    }

    /** The words of a source cut to the column's 500 characters: a long place name and category could pass it. */
    static String fitted(String text) {
        return text == null || text.length() <= SOURCE_MAX ? text
                : text.substring(0, SOURCE_MAX - 1).stripTrailing() + "…";
    }

    /** Numbers come back with the column's four decimals; "5" reads better than "5.0000" and compares equal. */
    static BigDecimal scaled(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
