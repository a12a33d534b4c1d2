package se.lofte.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.proj4j.ProjCoordinate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Street segments from a GeoJSON FeatureCollection: one segment per feature, a LineString or a
 * MultiLineString, in the coordinate system of the incidents and projected the same way ({@link Crs}). The
 * first fault stops the reading with a {@link BadInput} naming the feature by its place in the
 * {@code features} array (the first is 0) and what is wrong: counts over a file with segments silently
 * dropped would understate how many segments there are.
 */
final class SegmentsGeoJson {

    private static final String OPTION = "--segments";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Crs crs;
    private final Crs.Projection projection;
    private final ProjCoordinate planar = new ProjCoordinate();

    private SegmentsGeoJson(Crs crs) {
        this.crs = crs;
        this.projection = crs.projection();
    }

    static List<Geometry> read(Path file, Crs crs) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, crs);
        } catch (NoSuchFileException e) {
            throw new BadInput(OPTION + ": no such file " + file);
        } catch (IOException e) {
            throw new BadInput("%s: cannot read %s: %s".formatted(OPTION, file, e.getMessage()));
        }
    }

    static List<Geometry> read(InputStream in, Crs crs) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new BadInput("%s: not JSON%s: %s".formatted(OPTION,
                    at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr()),
                    e.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))) {
            throw new BadInput(OPTION + ": a GeoJSON FeatureCollection is needed.");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new BadInput(OPTION + ": the FeatureCollection has no features.");
        }
        var reader = new SegmentsGeoJson(crs);
        List<Geometry> segments = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            segments.add(reader.segment("features[" + i + "]", features.get(i)));
        }
        return segments;
    }

    private Geometry segment(String where, JsonNode feature) {
        if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
            throw bad(where, "a Feature is needed.");
        }
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || !geometry.isObject()) {
            throw bad(where, "the geometry is missing; every segment needs its line.");
        }
        String type = text(geometry.get("type"));
        JsonNode coordinates = geometry.get("coordinates");
        String at = where + ".geometry.coordinates";
        if ("LineString".equals(type)) {
            return line(at, coordinates);
        }
        if ("MultiLineString".equals(type)) {
            if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                throw bad(at, "a MultiLineString needs at least one line.");
            }
            LineString[] lines = new LineString[coordinates.size()];
            for (int part = 0; part < lines.length; part++) {
                lines[part] = line(at + "[" + part + "]", coordinates.get(part));
            }
            return GEOMETRY.createMultiLineString(lines);
        }
        throw bad(where + ".geometry", "a LineString or MultiLineString is needed, not %s.".formatted(
                type == null ? "a geometry without a type" : type));
    }

    private LineString line(String at, JsonNode positions) {
        if (positions == null || !positions.isArray() || positions.size() < 2) {
            throw bad(at, "a line needs at least two positions.");
        }
        Coordinate[] line = new Coordinate[positions.size()];
        for (int i = 0; i < line.length; i++) {
            JsonNode position = positions.get(i);
            String where = at + "[" + i + "]";
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw bad(where, "a position [x, y] of two numbers is needed.");
            }
            double x = position.get(0).doubleValue();
            double y = position.get(1).doubleValue();
            String wrong = crs.check(x, y);
            if (wrong != null) {
                throw bad(where, "%s in %s.".formatted(wrong, crs));
            }
            projection.project(x, y, planar);
            line[i] = new Coordinate(planar.x, planar.y);
        }
        return GEOMETRY.createLineString(line);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static BadInput bad(String where, String what) {
        return new BadInput("%s: %s: %s".formatted(OPTION, where, what));
    }
}
