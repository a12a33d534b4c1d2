package se.lofte.incidents.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Seeds: {@code GeoJsonPointsParserFuzzTestsInputs/}. */
class GeoJsonPointsParserFuzzTests {

    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.GEOJSON, null);

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryFeatureOrCallsTheFileUnreadable(byte[] data) {
        EveryRowAccountedFor.hold(PARSER, data, file -> JsonRecordCount.of(file, json -> json.path("features").size()));
    }
}
