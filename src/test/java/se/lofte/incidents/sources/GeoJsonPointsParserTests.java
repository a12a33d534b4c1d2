package se.lofte.incidents.sources;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.lofte.places.PlacePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class GeoJsonPointsParserTests {

    private final IncidentParser parser = Parsers.forFormat(ImportFormat.GEOJSON, null);

    @Test
    void readsPointFeaturesWithTheDefaultProperties() throws Exception {
        ParsedIncident incident = Rows.of(parser, """
                {"type": "FeatureCollection", "bbox": [18, 59, 19, 60], "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18.0686, 59.3293]},
                   "properties": {"id": "k-17", "category": "Skadegörelse", "time": "2025-06-07T22:15:00+02:00",
                     "place": "Medborgarplatsen", "municipality": "Stockholm", "description": "Klotter"}}]}
                """).onlyIncident();

        assertThat(incident).isEqualTo(new ParsedIncident(1, "k-17", "Skadegörelse",
                OffsetDateTime.parse("2025-06-07T22:15+02:00"), null, PlacePrecision.POINT, 59.3293, 18.0686,
                "Medborgarplatsen", "Stockholm", "Klotter", null));
    }

    @Test
    void readsPropertiesNamedInTheSettingsAndTheFeatureIdAndADayAsASpan() throws Exception {
        IncidentParser named = Parsers.geoJson(new GeoJsonProperties(null, "typ", "datum", "slut", "plats", null,
                "text", "Europe/Stockholm"));
        ParsedIncident incident = Rows.of(named, """
                {"features": [{"type": "Feature", "id": 99, "geometry": {"type": "Point", "coordinates": [13.0, 55.6]},
                  "properties": {"typ": "Brand", "datum": "2025-01-15", "plats": "Möllan"}}],
                 "type": "FeatureCollection"}
                """).onlyIncident();

        assertThat(incident.sourceId()).isEqualTo("99");
        assertThat(incident.category()).isEqualTo("Brand");
        assertThat(incident.startsAt()).isEqualTo(OffsetDateTime.parse("2025-01-15T00:00+01:00"));
        assertThat(incident.endsAt()).isEqualTo(OffsetDateTime.parse("2025-01-16T00:00+01:00"));
        assertThat(incident.placeName()).isEqualTo("Möllan");
    }

    @Test
    void refusesFeaturesThatAreNoUsablePointsWithIndexAndPath() throws Exception {
        Rows rows = Rows.of(parser, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[18, 59], [18.1, 59]]},
                   "properties": {"category": "A", "time": "2025-06-07"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 95]},
                   "properties": {"category": "A", "time": "2025-06-07"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["18", 59]},
                   "properties": {"category": "A", "time": "2025-06-07"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 59]},
                   "properties": {"time": "2025-06-07"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 59]},
                   "properties": {"category": "A", "time": "7/6 2025"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 59]},
                   "properties": {"category": "A", "time": "2025-06-07T10:00", "endTime": "2025-06-07T09:00"}},
                  {"type": "Feature", "geometry": null, "properties": {"category": "A", "time": "2025-06-07"}},
                  [1, 2],
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 59]},
                   "properties": {"category": "A", "time": "2025-06-07T10:00"}}]}
                """);

        assertThat(rows.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        tuple(1L, "geometry.type", Reasons.NOT_A_POINT),
                        tuple(2L, "geometry.coordinates[1]", Reasons.COORDINATE_OUT_OF_RANGE),
                        tuple(3L, "geometry.coordinates", Reasons.BAD_COORDINATE),
                        tuple(4L, "properties.category", Reasons.MISSING),
                        tuple(5L, "properties.time", Reasons.BAD_DATE),
                        tuple(6L, "properties.endTime", Reasons.END_BEFORE_START),
                        tuple(7L, "geometry.type", Reasons.NOT_A_POINT),
                        tuple(8L, "type", Reasons.NOT_A_FEATURE));
        assertThat(rows.rejected().get(0).args()).containsExactly("LineString");
        assertThat(rows.incidents()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(9);
            assertThat(i.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-07T10:00+02:00"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\": \"Feature\", \"geometry\": null}", "[]",
            "{\"features\": [], \"features\": []}"})
    void refusesAFileThatIsNoFeatureCollection(String file) {
        assertThat(Rows.unreadable(parser, file).reason()).isEqualTo(Reasons.FILE_NOT_FEATURE_COLLECTION);
    }

    @Test
    void refusesAFileThatIsNoJson() {
        assertThat(Rows.unreadable(parser, "{\"type\": \"FeatureCollection\", \"features\": [} ").reason())
                .isEqualTo(Reasons.FILE_NOT_JSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            [1e308, 59]  | geometry.coordinates[0] | import.reason.coordinateOutOfRange | 1.0E308 -180…180
            [18, 1e400]  | geometry.coordinates[1] | import.reason.coordinateOutOfRange | "Infinity" -90…90
            [-1e400, 59] | geometry.coordinates[0] | import.reason.coordinateOutOfRange | "-Infinity" -180…180
            ["NaN", 59]  | geometry.coordinates    | import.reason.badCoordinate        | ["NaN",59]
            """)
    void refusesHugeAndInfiniteCoordinatesWithPath(String coordinates, String column, String reason, String args)
            throws Exception {
        Rows.assertRefused(parser, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": %s},
                   "properties": {"category": "A", "time": "2025-06-07"}}]}
                """.formatted(coordinates), column, reason, args);
    }

    @Test
    void refusesAFileWithABareNaNAsNotJsonSayingWhere() {
        UnreadableFile refused = Rows.unreadable(parser, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [NaN, 59]},
                   "properties": {"category": "A", "time": "2025-06-07"}}]}
                """);
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_NOT_JSON);
        assertThat(refused.args().get(0)).isEqualTo("2");
    }

    @Test
    void stopsAtBytesThatAreNotUtf8AndSaysOnWhichLine() {
        byte[] file = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [18, 59]},
                   "properties": {"category": "A", "time": "2025-06-07", "place": "Malm\u00f6"}}]}
                """.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        UnreadableFile refused = Rows.unreadable(parser, file);
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_BAD_ENCODING);
        assertThat(refused.args()).containsExactly("3", "UTF-8");
    }
}
