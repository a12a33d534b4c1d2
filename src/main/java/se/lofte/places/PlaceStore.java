package se.lofte.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/**
 * The area and street_segment tables. Geometry is stored as WKT with its bounding box, so that SQL can
 * narrow a search to a box without a spatial extension. Other modules use {@link Places}.
 */
@Repository
class PlaceStore {

    private static final String AREA_COLUMNS = "id, organisation_id, kind, name, municipality_code, population";

    private final JdbcClient jdbc;

    PlaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Area> areas(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + AREA_COLUMNS + " from area where organisation_id in (:organisations)"
                        + " order by kind, name, id")
                .param("organisations", ids(organisations)).query((rs, row) -> area(rs)).list();
    }

    public Optional<Area> area(long id) {
        return jdbc.sql("select " + AREA_COLUMNS + " from area where id = ?").param(id)
                .query((rs, row) -> area(rs)).optional();
    }

    public List<StreetSegment> segments(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, organisation_id, name from street_segment where organisation_id in (:organisations)"
                        + " order by name, id")
                .param("organisations", ids(organisations)).query((rs, row) -> segment(rs)).list();
    }

    public List<Area> areasWithMunicipalityCode() {
        return jdbc.sql("select " + AREA_COLUMNS + " from area where municipality_code is not null order by id")
                .query((rs, row) -> area(rs)).list();
    }

    /** The first stored area of kind MUNICIPALITY with this SCB code: the municipality's own; null when none. */
    public Long municipalityArea(String scbCode) {
        return jdbc.sql("select min(id) from area where kind = 'MUNICIPALITY' and municipality_code = ?")
                .param(scbCode).query(Long.class).list().stream().filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    public Optional<StreetSegment> segment(long id) {
        return jdbc.sql("select id, organisation_id, name from street_segment where id = ?").param(id)
                .query((rs, row) -> segment(rs)).optional();
    }

    public List<PlaceShape> shapes(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        var areas = areaShapes("organisation_id in (:organisations)", "organisations", ids(organisations));
        var segments = jdbc.sql("select id, organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat"
                        + " from street_segment where organisation_id in (:organisations) order by id")
                .param("organisations", ids(organisations))
                .query((rs, row) -> shape(rs, PlaceShape.Type.SEGMENT, null)).list();
        return java.util.stream.Stream.concat(areas.stream(), segments.stream()).toList();
    }

    /** The areas, of whichever organisation, marked with this SCB code, with their geometry, by id. */
    public List<PlaceShape> areaShapesWithMunicipalityCode(String scbCode) {
        return areaShapes("municipality_code = :code", "code", scbCode);
    }

    /** The areas of one organisation with their geometry, by id. */
    public List<PlaceShape> areaShapes(OrganisationId organisation) {
        return areaShapes("organisation_id = :organisation", "organisation", organisation.value());
    }

    private List<PlaceShape> areaShapes(String condition, String name, Object value) {
        return jdbc.sql("select id, organisation_id, name, kind, geometry_wkt, min_lon, min_lat, max_lon, max_lat"
                        + " from area where " + condition + " order by id")
                .param(name, value)
                .query((rs, row) -> shape(rs, PlaceShape.Type.AREA, AreaKind.valueOf(rs.getString("kind")))).list();
    }

    /**
     * The areas and street segments of these focus places with their geometry, as pairs of focus place id and
     * shape: areas first, then segments. Two queries, whatever the number of focus places.
     */
    public List<Map.Entry<Long, PlaceShape>> focusPlaceShapes(Collection<Long> focusPlaces) {
        if (focusPlaces.isEmpty()) {
            return List.of();
        }
        var areas = jdbc.sql("select p.focus_place_id, a.id, a.organisation_id, a.name, a.kind, a.geometry_wkt,"
                        + " a.min_lon, a.min_lat, a.max_lon, a.max_lat from focus_place_part p"
                        + " join area a on a.id = p.area_id where p.focus_place_id in (:ids) order by a.id")
                .param("ids", List.copyOf(focusPlaces))
                .query((rs, row) -> Map.entry(rs.getLong("focus_place_id"),
                        shape(rs, PlaceShape.Type.AREA, AreaKind.valueOf(rs.getString("kind"))))).list();
        var segments = jdbc.sql("select p.focus_place_id, s.id, s.organisation_id, s.name, s.geometry_wkt,"
                        + " s.min_lon, s.min_lat, s.max_lon, s.max_lat from focus_place_part p"
                        + " join street_segment s on s.id = p.segment_id where p.focus_place_id in (:ids) order by s.id")
                .param("ids", List.copyOf(focusPlaces))
                .query((rs, row) -> Map.entry(rs.getLong("focus_place_id"),
                        shape(rs, PlaceShape.Type.SEGMENT, null))).list();
        return java.util.stream.Stream.concat(areas.stream(), segments.stream()).toList();
    }

    /**
     * The id and bounding box of the organisation's area of this kind and name, if there is one. Read as a list:
     * a query's stream holds its connection until closed, and outside a transaction nothing closes it.
     */
    public Optional<Stored> areaNamed(OrganisationId organisation, AreaKind kind, String name) {
        return jdbc.sql("select id, min_lon, min_lat, max_lon, max_lat from area"
                        + " where organisation_id = ? and kind = ? and name = ? order by id")
                .params(organisation.value(), kind.name(), name).query((rs, row) -> stored(rs)).list().stream()
                .findFirst();
    }

    public long insertArea(OrganisationId organisation, AreaKind kind, String name, String municipalityCode,
                           Integer population, Geometry geometry) {
        Envelope box = geometry.getEnvelopeInternal();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, municipality_code, population, geometry_wkt,"
                        + " min_lon, min_lat, max_lon, max_lat) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(organisation.value(), kind.name(), name, municipalityCode, population, wkt(geometry),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A new outline for an existing area; population and code are replaced only when the file gives them. */
    public void replaceArea(long id, String municipalityCode, Integer population, Geometry geometry) {
        Envelope box = geometry.getEnvelopeInternal();
        jdbc.sql("update area set municipality_code = coalesce(?, municipality_code),"
                        + " population = coalesce(?, population), geometry_wkt = ?,"
                        + " min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? where id = ?")
                .params(municipalityCode, population, wkt(geometry), box.getMinX(), box.getMinY(), box.getMaxX(),
                        box.getMaxY(), id)
                .update();
    }

    public void updateArea(long id, String name, AreaKind kind, Integer population) {
        jdbc.sql("update area set name = ?, kind = ?, population = ? where id = ?")
                .params(name, kind.name(), population, id).update();
    }

    public boolean segmentStored(OrganisationId organisation, String name, String wkt) {
        return jdbc.sql("select count(*) from street_segment where organisation_id = ? and name = ? and geometry_wkt = ?")
                .params(organisation.value(), name, wkt).query(Long.class).single() > 0;
    }

    public long insertSegment(OrganisationId organisation, String name, String wkt, Envelope box) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(organisation.value(), name, wkt, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The names of the focus places an area (or, with {@code segment}, a street segment) is part of. */
    public List<String> focusPlacesUsing(long id, boolean segment) {
        return jdbc.sql("select distinct f.name from focus_place f join focus_place_part p on p.focus_place_id = f.id"
                        + " where p." + (segment ? "segment_id" : "area_id") + " = ? order by f.name")
                .param(id).query(String.class).list();
    }

    /** Deletes an area (its incidents must have left it); returns its bounding box. */
    public Optional<Envelope> deleteArea(long id) {
        Optional<Envelope> box = jdbc.sql("select id, min_lon, min_lat, max_lon, max_lat from area where id = ?")
                .param(id).query((rs, row) -> stored(rs).box()).optional();
        jdbc.sql("delete from area where id = ?").param(id).update();
        return box;
    }

    public Optional<Envelope> deleteSegment(long id) {
        Optional<Envelope> box = jdbc.sql("select id, min_lon, min_lat, max_lon, max_lat from street_segment where id = ?")
                .param(id).query((rs, row) -> stored(rs).box()).optional();
        jdbc.sql("delete from street_segment where id = ?").param(id).update();
        return box;
    }

    /** A stored place's id and bounding box. */
    public record Stored(long id, Envelope box) {
    }

    static String wkt(Geometry geometry) {
        return new WKTWriter().write(geometry);
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), new Envelope(rs.getDouble("min_lon"), rs.getDouble("max_lon"),
                rs.getDouble("min_lat"), rs.getDouble("max_lat")));
    }

    private static Area area(ResultSet rs) throws SQLException {
        int population = rs.getInt("population");
        Integer known = rs.wasNull() ? null : population;
        return new Area(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                AreaKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("municipality_code"),
                known);
    }

    private static StreetSegment segment(ResultSet rs) throws SQLException {
        return new StreetSegment(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                rs.getString("name"));
    }

    private static PlaceShape shape(ResultSet rs, PlaceShape.Type type, AreaKind kind) throws SQLException {
        return new PlaceShape(type, rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                rs.getString("name"), kind, rs.getString("geometry_wkt"), rs.getDouble("min_lon"),
                rs.getDouble("min_lat"), rs.getDouble("max_lon"), rs.getDouble("max_lat"));
    }

    static List<Long> ids(Collection<OrganisationId> organisations) {
        return organisations.stream().map(OrganisationId::value).distinct().toList();
    }
}
