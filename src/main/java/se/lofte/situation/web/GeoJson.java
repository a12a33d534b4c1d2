package se.lofte.situation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * GeoJSON (RFC 7946) for the map: records that Jackson writes as they are. Coordinates are longitude,
 * latitude rounded to 6 decimals (about 0.1 m), which is finer than any source and keeps the response small.
 */
final class GeoJson {

    private GeoJson() {
    }

    /**
     * The answer to a data request whose choice cannot be read: 400 with problem JSON whose detail names each field
     * and what is wrong with it, in the page's language.
     */
    static ResponseEntity<ProblemDetail> refused(List<Problem> problems, Ui ui) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                FieldErrors.of(problems, ui).all().entrySet().stream()
                        .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                        .collect(Collectors.joining("; ")));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A FeatureCollection; {@code incidents} is a foreign member that says how many points were left out. */
    record FeatureCollection(String type, List<Feature> features, IncidentSummary incidents) {

        FeatureCollection(List<Feature> features, IncidentSummary incidents) {
            this("FeatureCollection", List.copyOf(features), incidents);
        }
    }

    record Feature(String type, String id, Shape geometry, Map<String, Object> properties) {

        Feature(String id, Shape geometry, Map<String, Object> properties) {
            this("Feature", id, geometry, properties);
        }
    }

    /** A geometry: {@code coordinates} nests double arrays as deep as the type needs. */
    record Shape(String type, Object coordinates) {
    }

    /**
     * How the incident points relate to the filter: {@code drawn} of the {@code drawable} points are in the
     * collection ({@code capped} when that is not all); {@code areaOnly} incidents are counted but never drawn.
     * {@code status} says so in the page's language.
     */
    record IncidentSummary(int drawn, long drawable, int limit, boolean capped, long areaOnly, String status) {
    }

    static Shape point(double latitude, double longitude) {
        return new Shape("Point", position(new Coordinate(longitude, latitude)));
    }

    /** Polygons, lines and their multi forms; null for anything else (which the map has no use for). */
    static Shape of(Geometry geometry) {
        return switch (geometry) {
            case Point p -> new Shape("Point", position(p.getCoordinate()));
            case Polygon p -> new Shape("Polygon", rings(p));
            case MultiPolygon m -> {
                List<Object> polygons = new ArrayList<>();
                for (int i = 0; i < m.getNumGeometries(); i++) {
                    polygons.add(rings((Polygon) m.getGeometryN(i)));
                }
                yield new Shape("MultiPolygon", polygons);
            }
            case LineString l -> new Shape("LineString", positions(l.getCoordinates()));
            case MultiLineString m -> {
                List<Object> lines = new ArrayList<>();
                for (int i = 0; i < m.getNumGeometries(); i++) {
                    lines.add(positions(m.getGeometryN(i).getCoordinates()));
                }
                yield new Shape("MultiLineString", lines);
            }
            default -> null;
        };
    }

    private static List<double[][]> rings(Polygon polygon) {
        List<double[][]> rings = new ArrayList<>();
        rings.add(positions(polygon.getExteriorRing().getCoordinates()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static double[][] positions(Coordinate[] coordinates) {
        double[][] positions = new double[coordinates.length][];
        for (int i = 0; i < coordinates.length; i++) {
            positions[i] = position(coordinates[i]);
        }
        return positions;
    }

    private static double[] position(Coordinate c) {
        return new double[] {round(c.x), round(c.y)};
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
