package se.lofte.analysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code analyse concentration --input FILE.csv --x COLUMN --y COLUMN --segments FILE.geojson --snap DISTANCE
 * [--crs EPSG:3006|EPSG:4326|planar]}: the {@link Concentration} of the CSV's incidents on the GeoJSON's
 * street segments as one JSON object on standard output. Both files are in the one coordinate system
 * {@code --crs} names (SWEREF 99 TM unless told), and the snap distance is in metres after projection.
 */
final class ConcentrationCommand {

    private static final Set<String> OPTIONS = Set.of("--input", "--x", "--y", "--segments", "--snap", "--crs");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConcentrationCommand() {
    }

    /** Runs the analysis; bad options or input throw {@link BadInput} before anything is written. */
    static int run(List<String> args, PrintStream out) {
        var options = new OptionValues("concentration", args, OPTIONS, Set.of());
        Crs crs = options.crs();
        double snap = snap(options.required("--snap", "the greatest distance from an incident to its segment"));
        String input = options.required("--input", "the CSV file of incidents");
        String x = options.required("--x", "the column of the x coordinate");
        String y = options.required("--y", "the column of the y coordinate");
        List<Geometry> segments = SegmentsGeoJson.read(
                Path.of(options.required("--segments", "the GeoJSON file of street segments")), crs);
        Points points = PointsCsv.read(Path.of(input), x, y, null, crs);
        Concentration concentration = Concentration.of(segments, points.x(), points.y(), snap);
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(concentration)));
        return 0;
    }

    private static double snap(String text) {
        double snap;
        try {
            snap = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            snap = Double.NaN;
        }
        if (!(snap > 0) || Double.isInfinite(snap) || !text.strip().matches("[+]?(\\d+\\.?\\d*|\\.\\d+)")) {
            throw new BadInput("--snap: '%s' is no distance; give a number of metres above 0, such as 25."
                    .formatted(text));
        }
        return snap;
    }

    private static Map<String, Object> json(Concentration concentration) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("segments", concentration.segments());
        json.put("incidents", concentration.incidents());
        json.put("unsnapped", concentration.unsnapped());
        json.put("segments_with_incidents", concentration.segmentsWithIncidents());
        json.put("segments_for", keyedByShare(concentration.segmentsFor()));
        json.put("share_of_segments_for", keyedByShare(concentration.shareOfSegmentsFor()));
        json.put("warnings", concentration.warnings().stream().map(Enum::name).toList());
        json.put("curve", concentration.curve().stream()
                .map(point -> List.of(point.shareOfSegments(), point.shareOfIncidents())).toList());
        return json;
    }

    private static Map<String, Object> keyedByShare(Map<Integer, ? extends Number> values) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        values.forEach((share, value) -> keyed.put(Integer.toString(share), value));
        return keyed;
    }
}
