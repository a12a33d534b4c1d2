package se.lofte.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;

/**
 * Finds where a position lies: the smallest stored area that contains it, and the nearest street segment
 * within the snapping distance ({@code lofte.situation.snap-metres}). Areas and segments are held in
 * memory in R-trees, loaded on first use; call {@link #refresh()} after they change.
 *
 * <p>Distances are measured in metres on a local flat projection around the position (equirectangular),
 * which is accurate to well under a metre at snapping distances of a few hundred metres.
 */
@Component
public class PlaceIndex {

    /** Where a position lies; either id may be null. */
    public record Placement(Long areaId, Long segmentId) {
    }

    private record IndexedArea(long id, PreparedGeometry geometry, double size) {
    }

    private record IndexedSegment(long id, LineString line) {
    }

    private record Snapshot(STRtree areas, STRtree segments, Map<Long, LineString> segmentLines) {
    }

    private static final double METRES_PER_DEGREE_LAT = 110_574;
    private static final double METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

    private final JdbcClient jdbc;
    private final double snapMetres;
    private volatile Snapshot snapshot;

    PlaceIndex(JdbcClient jdbc, LofteProperties properties) {
        this.jdbc = jdbc;
        this.snapMetres = properties.situation().snapMetres();
    }

    public Placement place(double latitude, double longitude) {
        Snapshot current = current();
        Point point = StoredGeometry.WGS84.createPoint(new Coordinate(longitude, latitude));
        return new Placement(containingArea(current, point), nearestSegment(current, latitude, longitude));
    }

    /** The smallest stored area that contains the position, or null. */
    public Long areaAt(double latitude, double longitude) {
        return containingArea(current(), StoredGeometry.WGS84.createPoint(new Coordinate(longitude, latitude)));
    }

    /** The smallest stored area that contains a point in the middle of the street segment, or null. */
    public Long areaAroundSegment(long segmentId) {
        Snapshot current = current();
        LineString line = current.segmentLines().get(segmentId);
        return line == null ? null : containingArea(current, line.getInteriorPoint());
    }

    /** Reloads areas and segments from the database; call after adding, changing or removing any. */
    public void refresh() {
        snapshot = load();
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private static Long containingArea(Snapshot current, Point point) {
        @SuppressWarnings("unchecked")
        List<IndexedArea> candidates = current.areas().query(point.getEnvelopeInternal());
        return candidates.stream()
                .filter(a -> a.geometry().covers(point))
                .min((a, b) -> Double.compare(a.size(), b.size()))
                .map(IndexedArea::id)
                .orElse(null);
    }

    private Long nearestSegment(Snapshot current, double latitude, double longitude) {
        double metresPerDegreeLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(latitude));
        double dLat = snapMetres / METRES_PER_DEGREE_LAT;
        double dLon = snapMetres / Math.max(metresPerDegreeLon, 1);
        var search = new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat);
        @SuppressWarnings("unchecked")
        List<IndexedSegment> candidates = current.segments().query(search);
        Long best = null;
        double bestMetres = snapMetres;
        for (IndexedSegment segment : candidates) {
            double metres = distanceMetres(segment.line(), latitude, longitude, metresPerDegreeLon);
            if (metres <= bestMetres) {
                bestMetres = metres;
                best = segment.id();
            }
        }
        return best;
    }

    /** Shortest distance from the position to the line, on a flat projection centred on the position. */
    private static double distanceMetres(LineString line, double latitude, double longitude, double metresPerDegreeLon) {
        Coordinate[] coordinates = line.getCoordinates();
        double best = Double.MAX_VALUE;
        for (int i = 1; i < coordinates.length; i++) {
            double ax = (coordinates[i - 1].x - longitude) * metresPerDegreeLon;
            double ay = (coordinates[i - 1].y - latitude) * METRES_PER_DEGREE_LAT;
            double bx = (coordinates[i].x - longitude) * metresPerDegreeLon;
            double by = (coordinates[i].y - latitude) * METRES_PER_DEGREE_LAT;
            best = Math.min(best, distanceToOrigin(ax, ay, bx, by));
        }
        return best;
    }

    private static double distanceToOrigin(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    private Snapshot load() {
        var areas = new STRtree();
        record Row(long id, String geometryWkt) {
        }
        for (Row row : jdbc.sql("select id, geometry_wkt from area").query(Row.class).list()) {
            StoredGeometry.read(row.id(), row.geometryWkt()).ifPresent(geometry -> areas.insert(
                    geometry.getEnvelopeInternal(),
                    new IndexedArea(row.id(), PreparedGeometryFactory.prepare(geometry), geometry.getArea())));
        }
        var segments = new STRtree();
        Map<Long, LineString> segmentLines = new HashMap<>();
        for (Row row : jdbc.sql("select id, geometry_wkt from street_segment").query(Row.class).list()) {
            StoredGeometry.read(row.id(), row.geometryWkt())
                    .filter(LineString.class::isInstance).map(LineString.class::cast)
                    .ifPresent(line -> {
                        segments.insert(line.getEnvelopeInternal(), new IndexedSegment(row.id(), line));
                        segmentLines.put(row.id(), line);
                    });
        }
        areas.build();
        segments.build();
        return new Snapshot(areas, segments, Map.copyOf(segmentLines));
    }
}
