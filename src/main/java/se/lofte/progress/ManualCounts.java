package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** Counts entered by hand, every entry kept. */
@Repository
class ManualCounts {

    private final JdbcClient jdbc;

    ManualCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(PromiseId promise, String goalKey, BigDecimal value, LocalDate asOf, OrganisationId party, String by,
             OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into manual_count (promise_id, goal_key, count_value, as_of, organisation_id, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(promise.value(), goalKey, value, asOf, party.value(), by, at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Every entry of the goal, by day and then in the order recorded. */
    List<ManualCount> of(PromiseId promise, String goalKey) {
        return jdbc.sql("select * from manual_count where promise_id = ? and goal_key = ? order by as_of, recorded_at, id")
                .params(promise.value(), goalKey)
                .query((rs, row) -> new ManualCount(rs.getLong("id"),
                        ProgressStore.scaled(rs.getBigDecimal("count_value")), rs.getObject("as_of", LocalDate.class),
                        new OrganisationId(rs.getLong("organisation_id")), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }
}
