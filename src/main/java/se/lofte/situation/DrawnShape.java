package se.lofte.situation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.Problem;

/**
 * A shape drawn on the map by clicking its corners, sent as a GeoJSON Polygon (RFC 7946: WGS84, longitude
 * before latitude) of one closed ring. It only chooses street segments, so it must be a plain outline: at
 * least three distinct corners, edges that do not cross, and no larger than {@link #MAX_SQUARE_KILOMETRES},
 * since a shape that size covers a town, not a place to act on, and is most likely a slip of the hand.
 * Every problem is on the field {@code field}.
 */
final class DrawnShape {

    /** A focus place is a few blocks or a district's centre; the largest Swedish town centres fit well within. */
    static final double MAX_SQUARE_KILOMETRES = 50;
    /** Far more corners than anyone clicks, and a bound on the work a request can ask for. */
    static final int MAX_CORNERS = 500;
    static final int MAX_LENGTH = 50_000;

    /** The mean radius of the earth (IUGG), for the area of a shape given in degrees. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

    private DrawnShape() {
    }

    /**
     * The polygon {@code text} describes, or null with the reason added to {@code problems}; blank text is no
     * shape and no problem.
     */
    static Polygon read(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(Problem.of(field, "map.focus.shape.tooManyCorners", Integer.toString(MAX_CORNERS)));
            return null;
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JacksonException e) {
            problems.add(Problem.of(field, "map.focus.shape.unreadable"));
            return null;
        }
        JsonNode rings = json.path("coordinates");
        if (json == null || !json.isObject() || !json.path("type").isString()
                || !"Polygon".equals(json.path("type").stringValue()) || !rings.isArray() || rings.isEmpty()) {
            problems.add(Problem.of(field, "map.focus.shape.unreadable"));
            return null;
        }
        if (rings.size() > 1) {
            problems.add(Problem.of(field, "map.focus.shape.holes"));
            return null;
        }
        List<Coordinate> ring = corners(rings.get(0), field, problems);
        if (ring == null) {
            return null;
        }
        if (!ring.getFirst().equals2D(ring.getLast())) {
            problems.add(Problem.of(field, "map.focus.shape.notClosed"));
            return null;
        }
        Set<Coordinate> distinct = new HashSet<>(ring);
        if (distinct.size() < 3) {
            problems.add(Problem.of(field, "map.focus.shape.tooFewCorners"));
            return null;
        }
        if (distinct.size() > MAX_CORNERS) {
            problems.add(Problem.of(field, "map.focus.shape.tooManyCorners", Integer.toString(MAX_CORNERS)));
            return null;
        }
        Polygon polygon = GEOMETRIES.createPolygon(ring.toArray(Coordinate[]::new));
        if (!polygon.isValid() || polygon.getArea() == 0) {
            // Corners on one line enclose nothing: JTS calls that ring invalid too, but it is too few corners.
            boolean onALine = polygon.convexHull().getArea() == 0;
            problems.add(Problem.of(field, onALine ? "map.focus.shape.tooFewCorners" : "map.focus.shape.crossing"));
            return null;
        }
        double squareKilometres = squareMetres(ring) / 1_000_000;
        if (squareKilometres > MAX_SQUARE_KILOMETRES) {
            problems.add(Problem.of(field, "map.focus.shape.tooLarge", "%.0f".formatted(squareKilometres),
                    "%.0f".formatted(MAX_SQUARE_KILOMETRES)));
            return null;
        }
        return polygon;
    }

    /** The ring's positions, or null with a problem when one is not a longitude and latitude. */
    private static List<Coordinate> corners(JsonNode ring, String field, List<Problem> problems) {
        if (!ring.isArray() || ring.size() < 4) {
            problems.add(Problem.of(field, ring.isArray() ? "map.focus.shape.tooFewCorners" : "map.focus.shape.unreadable"));
            return null;
        }
        if (ring.size() > MAX_CORNERS + 1) {
            problems.add(Problem.of(field, "map.focus.shape.tooManyCorners", Integer.toString(MAX_CORNERS)));
            return null;
        }
        List<Coordinate> corners = new ArrayList<>(ring.size());
        for (JsonNode position : ring) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                problems.add(Problem.of(field, "map.focus.shape.unreadable"));
                return null;
            }
            double longitude = position.get(0).doubleValue();
            double latitude = position.get(1).doubleValue();
            if (!(Math.abs(longitude) <= 180) || !(Math.abs(latitude) <= 90)) {
                problems.add(Problem.of(field, "map.focus.shape.outside"));
                return null;
            }
            corners.add(new Coordinate(longitude, latitude));
        }
        return corners;
    }

    /**
     * The area on a sphere enclosed by a closed ring of longitude/latitude positions (the formula of Chamberlain
     * and Duquette, as Leaflet.draw and OpenLayers use): within a fraction of a per cent of the ellipsoid's
     * at these sizes, which is all a limit needs.
     */
    static double squareMetres(List<Coordinate> ring) {
        double sum = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            Coordinate a = ring.get(i);
            Coordinate b = ring.get(i + 1);
            sum += Math.toRadians(b.x - a.x) * (2 + Math.sin(Math.toRadians(a.y)) + Math.sin(Math.toRadians(b.y)));
        }
        return Math.abs(sum * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES / 2);
    }
}
