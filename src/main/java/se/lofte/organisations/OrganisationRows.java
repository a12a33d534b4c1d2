package se.lofte.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * SQL for the organisation tables. Lists of names come back unordered: H2 and PostgreSQL sort å, ä and ö
 * differently, so {@link Organisations} puts them in Swedish order in Java.
 */
class OrganisationRows {

    private static final String COLUMNS =
            "o.id, o.kind, o.name, o.short_name, o.slug, o.parent_id, o.scb_code, o.county_name, o.fictional";

    private final JdbcClient jdbc;

    OrganisationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.id = ?")
                .param(id).query(OrganisationRows::map).optional();
    }

    List<Organisation> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.id in (:ids) order by o.name")
                .param("ids", ids).query(OrganisationRows::map).list();
    }

    Optional<Organisation> bySlug(OrganisationKind kind, String slug) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind = ? and o.slug = ?")
                .params(kind.name(), slug).query(OrganisationRows::map).optional();
    }

    List<Organisation> all(OrganisationKind kind) {
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind = ?")
                .param(kind.name()).query(OrganisationRows::map).list();
    }

    List<Organisation> searchMunicipalities(String query) {
        String like = "%" + query.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return jdbc.sql("select " + COLUMNS + " from organisation o where o.kind = 'MUNICIPALITY'"
                        + " and (lower(o.short_name) like ? or o.scb_code like ?)")
                .params(like, like).query(OrganisationRows::map).list();
    }

    List<Organisation> coveringLocalPoliceAreas(long municipalityId) {
        return jdbc.sql("select " + COLUMNS + " from organisation o join police_coverage c"
                        + " on c.local_police_area_id = o.id where c.municipality_id = ?")
                .param(municipalityId).query(OrganisationRows::map).list();
    }

    List<Organisation> coveredMunicipalities(long localPoliceAreaId) {
        return jdbc.sql("select " + COLUMNS + " from organisation o join police_coverage c"
                        + " on c.municipality_id = o.id where c.local_police_area_id = ?")
                .param(localPoliceAreaId).query(OrganisationRows::map).list();
    }

    /** Every covered municipality, keyed by the id of the local police area that covers it. */
    List<Map.Entry<Long, Organisation>> municipalitiesByLocalPoliceArea() {
        return coverage("local_police_area_id", "municipality_id");
    }

    /** Every covering local police area, keyed by the id of the municipality it covers. */
    List<Map.Entry<Long, Organisation>> localPoliceAreasByMunicipality() {
        return coverage("municipality_id", "local_police_area_id");
    }

    private List<Map.Entry<Long, Organisation>> coverage(String keyColumn, String organisationColumn) {
        return jdbc.sql("select c." + keyColumn + " as key_id, " + COLUMNS + " from police_coverage c"
                        + " join organisation o on o.id = c." + organisationColumn)
                .query((rs, row) -> Map.entry(rs.getLong("key_id"), map(rs, row))).list();
    }

    long insert(OrganisationKind kind, String name, String shortName, String slug, Long parentId,
                String scbCode, String countyCode, String countyName) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (kind, name, short_name, slug, parent_id, scb_code, county_code, county_name)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kind.name(), name, shortName, slug, parentId, scbCode, countyCode, countyName)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    long insertFictional(OrganisationKind kind, String name, String shortName, String slug, String scbCode,
                         String countyCode, String countyName) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (kind, name, short_name, slug, scb_code, county_code, county_name, fictional)"
                        + " values (?, ?, ?, ?, ?, ?, ?, true)")
                .params(kind.name(), name, shortName, slug, scbCode, countyCode, countyName)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void rename(long id, String name, String shortName, String slug) {
        jdbc.sql("update organisation set name = ?, short_name = ?, slug = ? where id = ?")
                .params(name, shortName, slug, id).update();
    }

    void setParent(long id, Long parentId) {
        jdbc.sql("update organisation set parent_id = ? where id = ?").params(parentId, id).update();
    }

    void replaceCoverage(long localPoliceAreaId, List<Long> municipalityIds) {
        jdbc.sql("delete from police_coverage where local_police_area_id = ?").param(localPoliceAreaId).update();
        for (long municipalityId : municipalityIds) {
            jdbc.sql("insert into police_coverage (local_police_area_id, municipality_id) values (?, ?)")
                    .params(localPoliceAreaId, municipalityId).update();
        }
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        OrganisationId parentId = rs.wasNull() ? null : new OrganisationId(parent);
        return new Organisation(new OrganisationId(rs.getLong("id")),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("short_name"),
                rs.getString("slug"), parentId,
                rs.getString("scb_code"), rs.getString("county_name"), rs.getBoolean("fictional"));
    }
}
