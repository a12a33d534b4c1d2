package se.lofte.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code analyse concentration} run in-process on files, as {@code java -jar lofte.jar analyse ...} runs it. */
class ConcentrationCommandTests {

    /** Four parallel segments 100 m apart, as in {@link ConcentrationTests}. */
    private static final String FOUR_SEGMENTS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 0], [100, 0]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 100], [100, 100]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString",
                "coordinates": [[[0, 200], [50, 200]], [[50, 200], [100, 200]]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 300], [100, 300]]}}
            ]}
            """;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** 6, 3, 1 and 0 incidents on the segments and 2 off them: 25 % and 50 % on 1 segment, 80 % on 2. */
    @Test
    void writesTheConcentrationAsJson() throws IOException {
        Path segments = write("segments.geojson", FOUR_SEGMENTS);
        Path incidents = write("incidents.csv", """
                id,east,north
                1,10,2
                2,20,-3
                3,30,0
                4,40,9.9
                5,50,1
                6,99,0
                7,50,95
                8,50,104
                9,-5,100
                10,50,210
                11,50,150
                12,500,0
                """);

        int status = analyse("concentration", "--input", incidents.toString(), "--x", "east", "--y", "north",
                "--segments", segments.toString(), "--snap", "10", "--crs", "planar");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("segments").asInt()).isEqualTo(4);
        assertThat(json.get("incidents").asInt()).isEqualTo(12);
        assertThat(json.get("unsnapped").asInt()).isEqualTo(2);
        assertThat(json.get("segments_with_incidents").asInt()).isEqualTo(3);
        assertThat(json.get("segments_for").get("25").asInt()).isEqualTo(1);
        assertThat(json.get("segments_for").get("50").asInt()).isEqualTo(1);
        assertThat(json.get("segments_for").get("80").asInt()).isEqualTo(2);
        assertThat(json.get("share_of_segments_for").get("25").asDouble()).isEqualTo(0.25);
        assertThat(json.get("share_of_segments_for").get("80").asDouble()).isEqualTo(0.5);
        assertThat(json.get("warnings")).isEmpty();
        assertThat(json.get("curve").get(1).get(1).asDouble()).isEqualTo(0.6);
    }

    /**
     * Degrees are projected to SWEREF 99 TM before snapping: at latitude 59.33 a degree of latitude is about
     * 111 km, so 0.00005 degrees north of a street is about 5.6 m (within 10 m) and 0.0003 about 33 m (not).
     */
    @Test
    void projectsDegreesSoThatTheSnapIsInMetres() throws IOException {
        Path segments = write("segments.geojson", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": null,
                  "geometry": {"type": "LineString", "coordinates": [[18.06, 59.33], [18.07, 59.33]]}}]}
                """);
        Path incidents = write("incidents.csv", """
                lon,lat
                18.065,59.33005
                18.065,59.3303
                """);

        int status = analyse("concentration", "--input", incidents.toString(), "--x", "lon", "--y", "lat",
                "--segments", segments.toString(), "--snap", "10", "--crs", "EPSG:4326");

        assertThat(status).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("unsnapped").asInt()).isEqualTo(1);
        assertThat(json.get("segments_with_incidents").asInt()).isEqualTo(1);
        assertThat(json.get("warnings")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"Feature\"} | --segments: a GeoJSON FeatureCollection is needed.",
        "{\"type\": \"FeatureCollection\", \"features\": []} | --segments: the FeatureCollection has no features.",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null}]} | --segments: features[0]: the geometry is missing; every segment needs its line.",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}}, {\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": []}}]} | --segments: features[1].geometry: a LineString or MultiLineString is needed, not Polygon.",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0, 0]]}}]} | --segments: features[0].geometry.coordinates: a line needs at least two positions.",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, \"north\"]]}}]} | --segments: features[0].geometry.coordinates[1]: a position [x, y] of two numbers is needed.",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"MultiLineString\", \"coordinates\": [[[0, 0], [1, 1]], [[1, 1]]]}}]} | --segments: features[0].geometry.coordinates[1]: a line needs at least two positions."})
    void refusesABadSegmentsFileNamingTheFeature(String geojson, String message) throws IOException {
        Path segments = write("segments.geojson", geojson);
        Path incidents = write("incidents.csv", "x,y\n1,1\n");

        int status = analyse("concentration", "--input", incidents.toString(), "--x", "x", "--y", "y", "--segments",
                segments.toString(), "--snap", "10", "--crs", "planar");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
    }

    @Test
    void refusesALongitudeOutOfRangeAndAFileThatIsNotJson() throws IOException {
        Path incidents = write("incidents.csv", "x,y\n18,59\n");
        Path far = write("far.geojson", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry":
                  {"type": "LineString", "coordinates": [[18, 59], [200, 59]]}}]}
                """);
        Path broken = write("broken.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [}");

        assertThat(analyse("concentration", "--input", incidents.toString(), "--x", "x", "--y", "y", "--segments",
                far.toString(), "--snap", "10", "--crs", "EPSG:4326")).isEqualTo(2);
        assertThat(analyse("concentration", "--input", incidents.toString(), "--x", "x", "--y", "y", "--segments",
                broken.toString(), "--snap", "10", "--crs", "EPSG:4326")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).isEqualTo("--segments: features[0].geometry.coordinates[1]: "
                        + "'200.0' is no longitude (-180 to 180) in EPSG:4326."),
                line -> assertThat(line).startsWith("--segments: not JSON at line 2, column "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--snap 0 | --snap: '0' is no distance; give a number of metres above 0, such as 25.",
        "--snap ten | --snap: 'ten' is no distance; give a number of metres above 0, such as 25.",
        "--snap NaN | --snap: 'NaN' is no distance; give a number of metres above 0, such as 25.",
        "--crs EPSG:3857 --snap 5 | --crs: unknown coordinate system 'EPSG:3857'; use one of [EPSG:3006, EPSG:4326, planar].",
        "--bandwidth 5 | --bandwidth: unknown option for analyse concentration; the options are --crs --input --segments --snap --x --y."})
    void refusesBadOptions(String options, String message) throws IOException {
        Path segments = write("segments.geojson", FOUR_SEGMENTS);
        Path incidents = write("incidents.csv", "x,y\n1,1\n");
        List<String> args = new ArrayList<>(List.of("concentration", "--input", incidents.toString(), "--x", "x",
                "--y", "y", "--segments", segments.toString()));
        args.addAll(List.of(options.strip().split(" +")));

        assertThat(Analyse.run(args, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(message + System.lineSeparator());
    }

    @Test
    void namesAMissingOption() throws IOException {
        Path segments = write("segments.geojson", FOUR_SEGMENTS);

        assertThat(analyse("concentration", "--x", "x", "--y", "y", "--segments", segments.toString(), "--snap",
                "10")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("--input: missing; give the CSV file of incidents."
                + System.lineSeparator());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private int analyse(String... args) {
        return Analyse.run(List.of(args), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream to) {
        return new PrintStream(to, true, StandardCharsets.UTF_8);
    }
}
