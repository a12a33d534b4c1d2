package se.lofte.situation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The lagesbild and lagesbild_pin tables. */
@Repository
class LagesbildRows {

    record Row(long id, String analysis, boolean shownPublicly, OffsetDateTime updatedAt, String updatedBy,
               int version) {
    }

    private final JdbcClient jdbc;

    LagesbildRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long municipalityId, int year) {
        return jdbc.sql("select id, analysis, shown_publicly, updated_at, updated_by, version from lagesbild"
                        + " where municipality_id = ? and lagesbild_year = ?")
                .params(municipalityId, year)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("analysis"), rs.getBoolean("shown_publicly"),
                        rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                        rs.getInt("version")))
                .optional();
    }

    List<Integer> years(long municipalityId) {
        return jdbc.sql("select lagesbild_year from lagesbild where municipality_id = ? order by lagesbild_year desc")
                .param(municipalityId).query(Integer.class).list();
    }

    /** Creates the document; a concurrent creation makes this fail with a duplicate key. */
    long insert(long municipalityId, int year, String analysis, boolean shownPublicly, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into lagesbild (municipality_id, lagesbild_year, analysis, shown_publicly, updated_at,"
                        + " updated_by, version) values (?, ?, ?, ?, ?, ?, 0)")
                .params(municipalityId, year, analysis, shownPublicly, now, by).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves only when nobody saved since {@code expectedVersion}; false when someone did. */
    boolean update(long id, int expectedVersion, String analysis, boolean shownPublicly, OffsetDateTime now,
                   String by) {
        return jdbc.sql("update lagesbild set analysis = ?, shown_publicly = ?, updated_at = ?, updated_by = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(analysis, shownPublicly, now, by, id, expectedVersion).update() == 1;
    }

    List<LagesbildPin> pins(long lagesbildId) {
        return jdbc.sql("select id, sort_order, kind, title, query_json from lagesbild_pin where lagesbild_id = ?"
                        + " order by sort_order, id")
                .param(lagesbildId)
                .query((rs, n) -> new LagesbildPin(rs.getLong("id"), rs.getInt("sort_order"), rs.getString("kind"),
                        rs.getString("title"), rs.getString("query_json")))
                .list();
    }

    int pinCount(long lagesbildId) {
        return jdbc.sql("select count(*) from lagesbild_pin where lagesbild_id = ?").param(lagesbildId)
                .query(Integer.class).single();
    }

    long addPin(long lagesbildId, String kind, String title, String queryJson) {
        int next = jdbc.sql("select coalesce(max(sort_order), 0) + 1 from lagesbild_pin where lagesbild_id = ?")
                .param(lagesbildId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into lagesbild_pin (lagesbild_id, sort_order, kind, title, query_json) values (?, ?, ?, ?, ?)")
                .params(lagesbildId, next, kind, title, queryJson).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void setOrder(long pinId, int sortOrder) {
        jdbc.sql("update lagesbild_pin set sort_order = ? where id = ?").params(sortOrder, pinId).update();
    }

    void deletePin(long pinId) {
        jdbc.sql("delete from lagesbild_pin where id = ?").param(pinId).update();
    }
}
