package se.lofte.publishing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map of Sweden's municipalities drawn on the server as SVG, with the chosen ones filled: no tiles, no script,
 * nothing fetched from elsewhere. The outlines ({@code reference/kommuner.geojson}, source in the file beside it)
 * are projected to SWEREF 99 TM, the national grid, so that the north is not stretched as in a plain
 * longitude/latitude drawing, and thinned to what shows at this size. That is done once, on first use, and the
 * paths are kept: drawing a map then only joins strings.
 */
@Component
class SwedenMap {

    /** One unit of the drawing is this many metres: the country is about 3,000 units high. */
    private static final double METRES_PER_UNIT = 500;

    /** A point closer than this to the one kept before it adds nothing visible, and is left out. */
    private static final double SMALLEST_STEP = 1.5;

    private static final String SOURCE = "/reference/kommuner.geojson";

    private volatile Outlines outlines;

    /**
     * The map as an SVG document. {@code chosen} are SCB codes to fill; every municipality carries its name as
     * a {@code title}, and the document as a whole the {@code title} and {@code description} given.
     */
    String svg(Set<String> chosen, Map<String, String> names, String title, String description) {
        Outlines drawn = outlines();
        StringBuilder svg = new StringBuilder(drawn.size() + 4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(drawn.width()).append(' ')
                .append(drawn.height()).append("\" role=\"img\" aria-labelledby=\"t d\">")
                .append("<title id=\"t\">").append(xml(title)).append("</title>")
                .append("<desc id=\"d\">").append(xml(description)).append("</desc>")
                .append("<g stroke=\"#ffffff\" stroke-width=\"1\" stroke-linejoin=\"round\">");
        drawn.paths().forEach((code, path) -> svg.append("<path fill=\"")
                .append(chosen.contains(code) ? "#0b5394" : "#d4d9de").append("\" d=\"").append(path)
                .append("\"><title>").append(xml(names.getOrDefault(code, code)))
                .append("</title></path>"));
        return svg.append("</g></svg>").toString();
    }

    /** Text as XML: HTML's named entities (&auml;) are not defined in an SVG document, so only the five XML ones. */
    private static String xml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private Outlines outlines() {
        Outlines read = outlines;
        if (read == null) {
            synchronized (this) {
                read = outlines;
                if (read == null) {
                    read = read();
                    outlines = read;
                }
            }
        }
        return read;
    }

    private static Outlines read() {
        JsonNode collection;
        try (InputStream in = SwedenMap.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the class path");
            }
            collection = JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRSFactory crs = new CRSFactory();
        CoordinateTransform toGrid = new BasicCoordinateTransform(crs.createFromName("EPSG:4326"),
                crs.createFromName("EPSG:3006"));
        Map<String, List<List<double[]>>> rings = new LinkedHashMap<>();
        double minE = Double.MAX_VALUE;
        double maxE = -Double.MAX_VALUE;
        double minN = Double.MAX_VALUE;
        double maxN = -Double.MAX_VALUE;
        for (JsonNode feature : collection.get("features")) {
            String code = feature.get("properties").get("id").asString();
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if ("Polygon".equals(geometry.get("type").asString())) {
                polygons.add(geometry.get("coordinates"));
            } else {
                geometry.get("coordinates").forEach(polygons::add);
            }
            List<List<double[]>> own = rings.computeIfAbsent(code, c -> new ArrayList<>());
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    List<double[]> points = new ArrayList<>();
                    for (JsonNode position : ring) {
                        ProjCoordinate grid = toGrid.transform(
                                new ProjCoordinate(position.get(0).asDouble(), position.get(1).asDouble()),
                                new ProjCoordinate());
                        points.add(new double[] {grid.x, grid.y});
                        minE = Math.min(minE, grid.x);
                        maxE = Math.max(maxE, grid.x);
                        minN = Math.min(minN, grid.y);
                        maxN = Math.max(maxN, grid.y);
                    }
                    own.add(points);
                }
            }
        }
        int margin = 4;
        Map<String, String> paths = new LinkedHashMap<>();
        for (var entry : rings.entrySet()) {
            StringBuilder path = new StringBuilder();
            for (List<double[]> ring : entry.getValue()) {
                appendRing(path, ring, minE, maxN, margin);
            }
            paths.put(entry.getKey(), path.toString());
        }
        int width = (int) Math.ceil((maxE - minE) / METRES_PER_UNIT) + 2 * margin;
        int height = (int) Math.ceil((maxN - minN) / METRES_PER_UNIT) + 2 * margin;
        return new Outlines(width, height, paths);
    }

    /** One ring as a closed path in whole units: the first point absolute, the rest as steps from the one before. */
    private static void appendRing(StringBuilder path, List<double[]> ring, double minE, double maxN, int margin) {
        long lastX = 0;
        long lastY = 0;
        double[] kept = null;
        int steps = 0;
        for (double[] point : ring) {
            double x = (point[0] - minE) / METRES_PER_UNIT + margin;
            double y = (maxN - point[1]) / METRES_PER_UNIT + margin;
            if (kept != null && Math.hypot(x - kept[0], y - kept[1]) < SMALLEST_STEP) {
                continue;
            }
            long roundX = Math.round(x);
            long roundY = Math.round(y);
            if (kept == null) {
                path.append('M').append(roundX).append(' ').append(roundY);
            } else if (roundX != lastX || roundY != lastY) {
                path.append(steps == 0 ? "l" : " ").append(roundX - lastX).append(' ').append(roundY - lastY);
                steps++;
            }
            kept = new double[] {x, y};
            lastX = roundX;
            lastY = roundY;
        }
        if (kept != null) {
            path.append('z');
        }
    }

    private record Outlines(int width, int height, Map<String, String> paths) {

        int size() {
            return paths.values().stream().mapToInt(String::length).sum();
        }
    }
}
