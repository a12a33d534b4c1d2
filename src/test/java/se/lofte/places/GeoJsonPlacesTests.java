package se.lofte.places;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonPlacesTests {

    private static final PlaceImportSettings DISTRICTS =
            new PlaceImportSettings("name", AreaKind.DISTRICT, "", "invanare", "name");
    private static final Set<String> CODES = Set.of("1460", "0114");

    @Test
    void readsPolygonsAsAreasAndLinesAsSegmentsWithOneSegmentPerPartOfAMultiLine() throws IOException {
        var read = GeoJsonPlaces.read(resource("bengtsfors-places.geojson"), DISTRICTS, CODES::contains);
        assertThat(read.problems()).isEmpty();
        assertThat(read.areas()).extracting(GeoJsonPlaces.NewArea::name, GeoJsonPlaces.NewArea::population)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Centrum", 2140),
                        org.assertj.core.groups.Tuple.tuple("Norra Bengtsfors", 1310),
                        org.assertj.core.groups.Tuple.tuple("Västra Bengtsfors", null));
        assertThat(read.areas().get(2).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(read.segments()).extracting(GeoJsonPlaces.NewSegment::name)
                .containsExactly("Storgatan", "Järnvägsgatan", "Järnvägsgatan");
        assertThat(read.segments().get(0).line().getCoordinates()[0].x).isEqualTo(12.218);
    }

    @Test
    void aMunicipalityCodeWrittenAsANumberGetsItsLeadingZeroBack() {
        var settings = new PlaceImportSettings("name", AreaKind.MUNICIPALITY, "kod", "", "name");
        var read = read(collection(polygon("Upplands Väsby", "\"kod\": 114",
                "[[17.8,59.5],[18.0,59.5],[18.0,59.6],[17.8,59.6],[17.8,59.5]]")), settings);
        assertThat(read.problems()).isEmpty();
        assertThat(read.areas().getFirst().municipalityCode()).isEqualTo("0114");
    }

    @Test
    void anUnclosedRingIsRefusedNamingTheFeatureAndRing() {
        var read = read(collection(polygon("Centrum", "", "[[12.2,59.0],[12.3,59.0],[12.3,59.1],[12.2,59.1]]"),
                polygon("Norra", "", "[[12.2,59.1],[12.3,59.1],[12.3,59.2],[12.2,59.2],[12.25,59.15]]")));
        assertThat(messages(read)).containsExactly(
                "places.geojson.ringNotClosed 1 0 1", "places.geojson.ringNotClosed 2 1 1");
        assertThat(read.areas()).isEmpty();
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedWithWhereItCrosses() {
        var read = read(collection(polygon("Fluga", "", "[[0,0],[2,2],[2,0],[0,2],[0,0]]")));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("places.geojson.invalid");
            assertThat(p.args()).containsExactly("1", "0", "Self-intersection", "1", "1");
        });
    }

    @Test
    void coordinatesOutsideWgs84AreRefusedSuggestingSweref() {
        var read = read(collection(line("Storgatan", "[[338000, 6545000],[338100, 6545050]]")));
        assertThat(messages(read)).containsExactly("places.geojson.outOfRange 1 0 338000 6545000");
    }

    @Test
    void aMissingNamePropertyIsRefusedNamingTheProperty() {
        var read = read(collection(polygon("Centrum", "", "[[0,0],[1,0],[1,1],[0,1],[0,0]]")),
                new PlaceImportSettings("namn", AreaKind.DISTRICT, "", "", "name"));
        assertThat(messages(read)).containsExactly("places.geojson.missingProperty 1 0 namn");
    }

    @Test
    void pointsAndBrokenFeaturesAreEachReportedAndNothingIsKept() {
        var read = read(collection(
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"Torget\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[12.2,59.0]}}",
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"Ingen\"},\"geometry\":null}",
                line("Kort", "[[12.2,59.0]]"),
                line("Trasig", "[[12.2,\"norr\"],[12.3,59.0]]"),
                line("Storgatan", "[[12.2,59.0],[12.3,59.0]]")));
        assertThat(messages(read)).containsExactly(
                "places.geojson.unsupportedGeometry 1 0 Point",
                "places.geojson.noGeometry 2 1",
                "places.geojson.lineTooShort 3 2 1",
                "places.geojson.badCoordinates 4 3");
    }

    @Test
    void aPopulationThatIsNotANumberAndAnUnknownMunicipalityCodeAreRefused() {
        var settings = new PlaceImportSettings("name", AreaKind.MUNICIPALITY, "kod", "invanare", "name");
        var read = read(collection(
                polygon("Bengtsfors", "\"kod\": \"1460\", \"invanare\": \"många\"", "[[0,0],[1,0],[1,1],[0,1],[0,0]]"),
                polygon("Ingenstans", "\"kod\": \"9999\"", "[[0,0],[1,0],[1,1],[0,1],[0,0]]"),
                polygon("Utan kod", "", "[[0,0],[1,0],[1,1],[0,1],[0,0]]")), settings);
        assertThat(messages(read)).containsExactly(
                "places.geojson.badPopulation 1 0 invanare många",
                "places.geojson.badMunicipalityCode 2 1 kod 9999",
                "places.geojson.missingProperty 3 2 kod");
    }

    @Test
    void twoAreasWithTheSameNameInOneFileAreRefused() {
        var read = read(collection(polygon("Centrum", "", "[[0,0],[1,0],[1,1],[0,1],[0,0]]"),
                polygon("Centrum", "", "[[1,0],[2,0],[2,1],[1,1],[1,0]]")));
        assertThat(messages(read)).containsExactly("places.geojson.duplicateName 2 1 Centrum 1");
    }

    @Test
    void textThatIsNotJsonIsRefusedWithLineAndColumn() {
        var read = read("{\"type\": \"FeatureCollection\",\n \"features\": [ oops ]}");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("places.geojson.notJson");
            assertThat(p.args().getFirst()).isEqualTo("2");
        });
    }

    @Test
    void aSingleFeatureIsNotACollection() {
        assertThat(messages(read(polygon("Centrum", "", "[[0,0],[1,0],[1,1],[0,1],[0,0]]"))))
                .containsExactly("places.geojson.notFeatureCollection");
    }

    @Test
    void manyProblemsAreCutShortWithTheirCount() {
        String[] features = new String[GeoJsonPlaces.MAX_PROBLEMS + 7];
        java.util.Arrays.fill(features, line("Kort", "[[12.2,59.0]]"));
        var read = read(collection(features));
        assertThat(read.problems()).hasSize(GeoJsonPlaces.MAX_PROBLEMS + 1);
        assertThat(read.problems().getLast().args()).containsExactly("7");
    }

    private static GeoJsonPlaces.Read read(String json) {
        return read(json, DISTRICTS);
    }

    private static GeoJsonPlaces.Read read(String json, PlaceImportSettings settings) {
        return GeoJsonPlaces.read(json.getBytes(StandardCharsets.UTF_8), settings, CODES::contains);
    }

    private static List<String> messages(GeoJsonPlaces.Read read) {
        return read.problems().stream().map(GeoJsonPlacesTests::message).toList();
    }

    private static String message(Problem p) {
        return p.code() + p.args().stream().map(a -> " " + a).collect(java.util.stream.Collectors.joining());
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String polygon(String name, String moreProperties, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\""
                + (moreProperties.isEmpty() ? "" : "," + moreProperties) + "},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    static String line(String name, String positions) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":" + positions + "}}";
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GeoJsonPlacesTests.class.getResourceAsStream("/situation/" + name)) {
            return in.readAllBytes();
        }
    }
}
