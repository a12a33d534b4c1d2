package se.lofte.places;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/**
 * The focus_place and focus_place_part tables. Other modules use {@link FocusPlaces}.
 */
@Repository
class FocusPlaceStore {

    private final JdbcClient jdbc;

    FocusPlaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Head(long id, long organisationId, String name, String description) {
    }

    public Optional<FocusPlace> find(FocusPlaceId id) {
        List<Head> heads = jdbc.sql("select id, organisation_id, name, description from focus_place where id = ?")
                .param(id.value()).query(Head.class).list();
        return withParts(heads).stream().findFirst();
    }

    public List<FocusPlace> forOrganisations(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Head> heads = jdbc.sql("select id, organisation_id, name, description from focus_place"
                        + " where organisation_id in (:organisations) order by name, id")
                .param("organisations", PlaceStore.ids(organisations)).query(Head.class).list();
        return withParts(heads);
    }

    public boolean nameTaken(OrganisationId organisation, String name, FocusPlaceId except) {
        return jdbc.sql("select count(*) from focus_place where organisation_id = ? and lower(name) = lower(?) and id <> ?")
                .params(organisation.value(), name, except == null ? -1L : except.value()).query(Long.class).single() > 0;
    }

    public FocusPlaceId insert(OrganisationId organisation, String name, String description, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into focus_place (organisation_id, name, description, created_at) values (?, ?, ?, ?)")
                .params(organisation.value(), name, description, now).update(keys, "id");
        return new FocusPlaceId(keys.getKeyAs(Number.class).longValue());
    }

    public void update(FocusPlaceId id, String name, String description) {
        jdbc.sql("update focus_place set name = ?, description = ? where id = ?")
                .params(name, description, id.value()).update();
    }

    /** Replaces the parts: the areas and street segments the focus place is made of. */
    public void setParts(FocusPlaceId id, Collection<Long> areaIds, Collection<Long> segmentIds) {
        jdbc.sql("delete from focus_place_part where focus_place_id = ?").param(id.value()).update();
        for (long area : areaIds) {
            jdbc.sql("insert into focus_place_part (focus_place_id, area_id) values (?, ?)").params(id.value(), area)
                    .update();
        }
        for (long segment : segmentIds) {
            jdbc.sql("insert into focus_place_part (focus_place_id, segment_id) values (?, ?)")
                    .params(id.value(), segment).update();
        }
    }

    public void delete(FocusPlaceId id) {
        jdbc.sql("delete from focus_place_part where focus_place_id = ?").param(id.value()).update();
        jdbc.sql("delete from focus_place where id = ?").param(id.value()).update();
    }

    private List<FocusPlace> withParts(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(Head::id).toList();
        Map<Long, List<Area>> areas = new LinkedHashMap<>();
        Map<Long, List<StreetSegment>> segments = new LinkedHashMap<>();
        jdbc.sql("select p.focus_place_id, a.id, a.organisation_id, a.kind, a.name, a.municipality_code, a.population"
                        + " from focus_place_part p join area a on a.id = p.area_id"
                        + " where p.focus_place_id in (:ids) order by a.kind, a.name, a.id")
                .param("ids", ids).query(rs -> {
                    int population = rs.getInt("population");
                    Integer known = rs.wasNull() ? null : population;
                    areas.computeIfAbsent(rs.getLong("focus_place_id"), k -> new ArrayList<>()).add(new Area(
                            rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                            AreaKind.valueOf(rs.getString("kind")), rs.getString("name"),
                            rs.getString("municipality_code"), known));
                });
        jdbc.sql("select p.focus_place_id, s.id, s.organisation_id, s.name"
                        + " from focus_place_part p join street_segment s on s.id = p.segment_id"
                        + " where p.focus_place_id in (:ids) order by s.name, s.id")
                .param("ids", ids).query(rs -> {
                    segments.computeIfAbsent(rs.getLong("focus_place_id"), k -> new ArrayList<>()).add(
                            new StreetSegment(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                                    rs.getString("name")));
                });
        return heads.stream().map(h -> new FocusPlace(new FocusPlaceId(h.id()), new OrganisationId(h.organisationId()),
                h.name(), h.description(), areas.getOrDefault(h.id(), List.of()),
                segments.getOrDefault(h.id(), List.of()))).toList();
    }
}
