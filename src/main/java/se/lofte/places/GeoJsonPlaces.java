package se.lofte.places;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.Problem;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, WGS84 longitude/latitude) into areas and street segments:
 * Polygon and MultiPolygon features become one area each, LineString features one segment, and a
 * MultiLineString one segment per part, since the place index snaps to single lines and a street's parts
 * are often far apart. Every feature is checked (coordinates in range, closed rings, JTS validity, the chosen
 * properties) and each problem names the feature by its number and its index in {@code features}, so a
 * person can find it in the file. The result is all or nothing: any problem and the caller saves nothing.
 *
 * <p>Problems are on the form field {@code file}, except a missing municipality code property for
 * municipality areas, which is on {@code municipalityCodeProperty}.
 */
final class GeoJsonPlaces {

    /** Enough to fix a file in a few rounds without a page of thousands of lines. */
    static final int MAX_PROBLEMS = 50;
    static final int NAME_MAX = 200;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** An area as read, {@code feature} being its index in the file. */
    public record NewArea(int feature, String name, AreaKind kind, String municipalityCode, Integer population,
                          Geometry geometry) {
    }

    public record NewSegment(int feature, String name, LineString line) {
    }

    public record Read(List<NewArea> areas, List<NewSegment> segments, List<Problem> problems) {
    }

    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), 4326);
    private final PlaceImportSettings settings;
    private final Predicate<String> knownMunicipality;
    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;

    private GeoJsonPlaces(PlaceImportSettings settings, Predicate<String> knownMunicipality) {
        this.settings = settings;
        this.knownMunicipality = knownMunicipality;
    }

    /** {@code knownMunicipality} says whether a four-digit code is a municipality's SCB code. */
    public static Read read(byte[] file, PlaceImportSettings settings, Predicate<String> knownMunicipality) {
        return new GeoJsonPlaces(settings, knownMunicipality).read(file);
    }

    private Read read(byte[] file) {
        List<NewArea> areas = new ArrayList<>();
        List<NewSegment> segments = new ArrayList<>();
        if (settings.areaKind() == AreaKind.MUNICIPALITY && settings.municipalityCodeProperty().isEmpty()) {
            problems.add(Problem.of("municipalityCodeProperty", "places.import.codePropertyRequired"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file);
        } catch (JacksonException e) {
            var at = e.getLocation();
            problems.add(Problem.of("file", "places.geojson.notJson", at == null ? "?" : Integer.toString(at.getLineNr()),
                    at == null ? "?" : Integer.toString(at.getColumnNr())));
            return new Read(List.of(), List.of(), problems);
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(string(root.get("type")))
                || root.get("features") == null || !root.get("features").isArray()) {
            problems.add(Problem.of("file", "places.geojson.notFeatureCollection"));
            return new Read(List.of(), List.of(), problems);
        }
        JsonNode features = root.get("features");
        Map<String, Integer> areaNames = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            readFeature(i, features.get(i), areas, segments, areaNames);
        }
        if (features.isEmpty() || (areas.isEmpty() && segments.isEmpty() && problemCount == 0)) {
            problems.add(Problem.of("file", "places.geojson.noPlaces"));
        }
        if (problemCount > MAX_PROBLEMS) {
            problems.add(Problem.of("file", "places.geojson.moreProblems", Integer.toString(problemCount - MAX_PROBLEMS)));
        }
        return new Read(areas, segments, problems);
    }

    private void readFeature(int index, JsonNode feature, List<NewArea> areas, List<NewSegment> segments,
                             Map<String, Integer> areaNames) {
        if (feature == null || !feature.isObject() || !"Feature".equals(string(feature.get("type")))) {
            problem(index, "places.geojson.notAFeature");
            return;
        }
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || geometry.isNull() || !geometry.isObject()) {
            problem(index, "places.geojson.noGeometry");
            return;
        }
        String type = string(geometry.get("type"));
        JsonNode properties = feature.get("properties");
        JsonNode coordinates = geometry.get("coordinates");
        switch (type == null ? "" : type) {
            case "Polygon", "MultiPolygon" -> {
                int before = problemCount;
                Geometry shape = "Polygon".equals(type) ? polygon(index, coordinates, 0)
                        : multiPolygon(index, coordinates);
                String name = name(index, properties, settings.areaNameProperty());
                String code = municipalityCode(index, properties);
                Integer population = population(index, properties);
                if (problemCount > before || !valid(index, shape)) {
                    return;
                }
                Integer earlier = areaNames.putIfAbsent(name, index);
                if (earlier != null) {
                    problem(index, "places.geojson.duplicateName", name, number(earlier));
                    return;
                }
                areas.add(new NewArea(index, name, settings.areaKind(), code, population, shape));
            }
            case "LineString" -> {
                LineString line = line(index, coordinates, 0);
                String name = name(index, properties, settings.segmentNameProperty());
                if (line != null && name != null && valid(index, line)) {
                    segments.add(new NewSegment(index, name, line));
                }
            }
            case "MultiLineString" -> {
                String name = name(index, properties, settings.segmentNameProperty());
                if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                    problem(index, "places.geojson.badCoordinates");
                    return;
                }
                List<NewSegment> parts = new ArrayList<>();
                for (int part = 0; part < coordinates.size(); part++) {
                    LineString line = line(index, coordinates.get(part), part + 1);
                    if (line == null || !valid(index, line)) {
                        return;
                    }
                    parts.add(new NewSegment(index, name, line));
                }
                if (name != null) {
                    segments.addAll(parts);
                }
            }
            default -> problem(index, "places.geojson.unsupportedGeometry", type == null ? "?" : type);
        }
    }

    private Geometry multiPolygon(int index, JsonNode coordinates) {
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            problem(index, "places.geojson.badCoordinates");
            return null;
        }
        Polygon[] polygons = new Polygon[coordinates.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(index, coordinates.get(i), i + 1);
            if (polygons[i] == null) {
                return null;
            }
        }
        return geometries.createMultiPolygon(polygons);
    }

    /** {@code part} is the polygon's number within a MultiPolygon, 0 for a Polygon. */
    private Polygon polygon(int index, JsonNode rings, int part) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            problem(index, "places.geojson.badCoordinates");
            return null;
        }
        LinearRing[] linear = new LinearRing[rings.size()];
        for (int r = 0; r < rings.size(); r++) {
            Coordinate[] ring = positions(index, rings.get(r));
            if (ring == null) {
                return null;
            }
            String where = ringLabel(part, r);
            if (ring.length < 4) {
                problem(index, "places.geojson.ringTooShort", where, Integer.toString(ring.length));
                return null;
            }
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                problem(index, "places.geojson.ringNotClosed", where);
                return null;
            }
            linear[r] = geometries.createLinearRing(ring);
        }
        LinearRing[] holes = new LinearRing[linear.length - 1];
        System.arraycopy(linear, 1, holes, 0, holes.length);
        return geometries.createPolygon(linear[0], holes);
    }

    private LineString line(int index, JsonNode positions, int part) {
        Coordinate[] line = positions(index, positions);
        if (line == null) {
            return null;
        }
        if (line.length < 2) {
            problem(index, "places.geojson.lineTooShort", Integer.toString(Math.max(part, 1)));
            return null;
        }
        return geometries.createLineString(line);
    }

    /** Positions as [longitude, latitude] (an altitude is ignored), each within WGS84's range. */
    private Coordinate[] positions(int index, JsonNode positions) {
        if (positions == null || !positions.isArray()) {
            problem(index, "places.geojson.badCoordinates");
            return null;
        }
        Coordinate[] result = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                problem(index, "places.geojson.badCoordinates");
                return null;
            }
            double lon = p.get(0).doubleValue();
            double lat = p.get(1).doubleValue();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                problem(index, "places.geojson.outOfRange", plain(lon), plain(lat));
                return null;
            }
            result[i] = new Coordinate(lon, lat);
        }
        return result;
    }

    private boolean valid(int index, Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return true;
        }
        Coordinate at = error.getCoordinate();
        problem(index, "places.geojson.invalid", error.getMessage(), at == null ? "?" : plain(at.x),
                at == null ? "?" : plain(at.y));
        return false;
    }

    private String name(int index, JsonNode properties, String property) {
        String name = property(properties, property);
        if (name == null || name.isBlank()) {
            problem(index, "places.geojson.missingProperty", property);
            return null;
        }
        if (name.strip().length() > NAME_MAX) {
            problem(index, "places.geojson.nameTooLong", property, Integer.toString(NAME_MAX));
            return null;
        }
        return name.strip();
    }

    /**
     * The SCB code, with leading zeros a number in the file lost ("114" is Upplands Väsby's "0114"); null
     * when absent or wrong (then reported).
     */
    private String municipalityCode(int index, JsonNode properties) {
        String property = settings.municipalityCodeProperty();
        String value = given(properties, property);
        if (value == null) {
            if (!property.isEmpty() && settings.areaKind() == AreaKind.MUNICIPALITY) {
                problem(index, "places.geojson.missingProperty", property);
            }
            return null;
        }
        String code = value.strip();
        if (code.matches("\\d{1,4}")) {
            code = "0".repeat(4 - code.length()) + code;
        }
        if (!code.matches("\\d{4}") || !knownMunicipality.test(code)) {
            problem(index, "places.geojson.badMunicipalityCode", property, value);
            return null;
        }
        return code;
    }

    /** The population; null when absent or wrong (then reported). */
    private Integer population(int index, JsonNode properties) {
        String property = settings.populationProperty();
        String value = given(properties, property);
        if (value == null) {
            return null;
        }
        String digits = value.strip().replaceAll("[\\s\\u00a0]", "");
        if (!digits.matches("\\d{1,9}")) {
            problem(index, "places.geojson.badPopulation", property, value);
            return null;
        }
        return Integer.valueOf(digits);
    }

    /**
     * The value of an optional property that the settings may name (blank: none): null when none is named or
     * the feature gives it no value.
     */
    private static String given(JsonNode properties, String property) {
        if (property.isEmpty()) {
            return null;
        }
        String value = property(properties, property);
        return value == null || value.isBlank() ? null : value;
    }

    /** A property's value as text: strings as they are, whole numbers without a fraction. */
    private static String property(JsonNode properties, String name) {
        if (properties == null || !properties.isObject()) {
            return null;
        }
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isIntegralNumber()) {
            BigInteger whole = value.bigIntegerValue();
            return whole.toString();
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private void problem(int index, String code, String... args) {
        problemCount++;
        if (problemCount > MAX_PROBLEMS) {
            return;
        }
        String[] all = new String[args.length + 2];
        all[0] = number(index);
        all[1] = Integer.toString(index);
        System.arraycopy(args, 0, all, 2, args.length);
        problems.add(Problem.of("file", code, all));
    }

    private static String number(int index) {
        return Integer.toString(index + 1);
    }

    /** "ring 1" is the outer ring, "ring 2" the first hole; "polygon 2, ring 1" within a MultiPolygon. */
    private static String ringLabel(int part, int ring) {
        return part == 0 ? Integer.toString(ring + 1) : part + "." + (ring + 1);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
