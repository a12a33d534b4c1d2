package se.lofte.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents;
import se.lofte.places.StoredGeometry;
import se.lofte.situation.SituationMap.Shape;

/**
 * The places behind {@link SituationMap}, as shapes to draw: areas in the viewer's scope, street segments, and
 * the middle of the segments incidents stored without a position were snapped to. The incidents themselves come
 * from {@link Incidents}.
 */
@Repository
class MapQueries {

    /**
     * Area outlines are drawn at city scale at most: ~5 m (in degrees) of simplification is invisible there
     * and keeps a municipality's border from sending tens of thousands of vertices to the browser.
     */
    private static final double AREA_SIMPLIFICATION_DEGREES = 0.00005;

    /** Segment ids per {@code in (...)} list, well below the bind-parameter limits of both databases. */
    private static final int IDS_PER_QUERY = 1000;

    private final JdbcClient jdbc;
    private final Incidents incidents;

    MapQueries(JdbcClient jdbc, Incidents incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    /** The areas of the organisations and municipalities in scope, outlines simplified for drawing. */
    List<Shape> areas(IncidentScope scope) {
        return jdbc.sql("select a.id, a.name, a.kind, a.geometry_wkt from area a where " + scope.condition("a")
                        + " order by a.name, a.id")
                .params(scope.parameters())
                .query((rs, n) -> shape(rs, rs.getString("kind"), true))
                .list().stream().filter(s -> s.geometry() != null).toList();
    }

    /**
     * Street segments carry no municipality: those of the organisations in scope, and those a visible
     * incident was snapped to.
     */
    List<Shape> segments(IncidentScope scope) {
        if (scope.everything()) {
            return jdbc.sql("select s.id, s.name, s.geometry_wkt from street_segment s order by s.name, s.id")
                    .query((rs, n) -> shape(rs, "segment", false))
                    .list().stream().filter(s -> s.geometry() != null).toList();
        }
        Map<Long, Shape> shapes = new LinkedHashMap<>();
        jdbc.sql("select s.id, s.name, s.geometry_wkt from street_segment s"
                        + " where s.organisation_id in (:scopeOrganisations)")
                .params(scope.parameters())
                .query((rs, n) -> shape(rs, "segment", false)).list()
                .forEach(s -> shapes.put(s.id(), s));
        List<Long> snapped = incidents.snappedSegments(scope).stream().filter(id -> !shapes.containsKey(id)).sorted()
                .toList();
        for (int start = 0; start < snapped.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = snapped.subList(start, Math.min(snapped.size(), start + IDS_PER_QUERY));
            jdbc.sql("select s.id, s.name, s.geometry_wkt from street_segment s where s.id in (:ids)")
                    .param("ids", chunk)
                    .query((rs, n) -> shape(rs, "segment", false)).list()
                    .forEach(s -> shapes.put(s.id(), s));
        }
        return shapes.values().stream().filter(s -> s.geometry() != null)
                .sorted(Comparator.comparing(Shape::name).thenComparingLong(Shape::id)).toList();
    }

    private Shape shape(ResultSet rs, String kind, boolean simplify) throws SQLException {
        long id = rs.getLong("id");
        Geometry geometry = StoredGeometry.read(id, rs.getString("geometry_wkt")).orElse(null);
        if (geometry != null && simplify) {
            geometry = TopologyPreservingSimplifier.simplify(geometry, AREA_SIMPLIFICATION_DEGREES);
        }
        return new Shape(id, rs.getString("name"), kind, geometry);
    }

    /** The point halfway along each segment, for segment incidents stored without a position. */
    Map<Long, Coordinate> segmentMiddles(List<Long> ids) {
        Set<Long> distinct = new TreeSet<>(ids.stream().filter(Objects::nonNull).toList());
        Map<Long, Coordinate> middles = new LinkedHashMap<>();
        List<Long> all = List.copyOf(distinct);
        for (int start = 0; start < all.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + IDS_PER_QUERY));
            jdbc.sql("select id, geometry_wkt from street_segment where id in (:ids)").param("ids", chunk)
                    .query(rs -> {
                        Geometry line = StoredGeometry.read(rs.getLong("id"), rs.getString("geometry_wkt"))
                                .orElse(null);
                        if (line instanceof Lineal && !line.isEmpty()) {
                            var indexed = new LengthIndexedLine(line);
                            middles.put(rs.getLong("id"), indexed.extractPoint(
                                    (indexed.getStartIndex() + indexed.getEndIndex()) / 2));
                        }
                    });
        }
        return middles;
    }
}
