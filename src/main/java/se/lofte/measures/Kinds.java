package se.lofte.measures;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the list of measure kinds. */
@Repository
class Kinds {

    private static final String SELECT = "select k.code, k.name_sv, k.name_en, k.sort_order, k.offered,"
            + " exists (select 1 from measure m where m.kind_code = k.code) as in_use from measure_kind k";

    private final JdbcClient jdbc;

    Kinds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind in list order (then by code, so that equal positions keep one order). */
    List<KindEntry> all() {
        return jdbc.sql(SELECT + " order by k.sort_order, k.code").query((rs, row) -> new KindEntry(
                new MeasureKind(rs.getString("code"), rs.getString("name_sv"), rs.getString("name_en")),
                rs.getInt("sort_order"), rs.getBoolean("offered"), rs.getBoolean("in_use"))).list();
    }

    Optional<KindEntry> find(String code) {
        return all().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    void insert(MeasureKind kind, int sortOrder) {
        jdbc.sql("insert into measure_kind (code, name_sv, name_en, sort_order, offered) values (?, ?, ?, ?, true)")
                .params(kind.code(), kind.nameSv(), kind.nameEn(), sortOrder).update();
    }

    void update(MeasureKind kind, int sortOrder, boolean offered) {
        jdbc.sql("update measure_kind set name_sv = ?, name_en = ?, sort_order = ?, offered = ? where code = ?")
                .params(kind.nameSv(), kind.nameEn(), sortOrder, offered, kind.code()).update();
    }

    void delete(String code) {
        jdbc.sql("delete from measure_kind where code = ?").param(code).update();
    }
}
