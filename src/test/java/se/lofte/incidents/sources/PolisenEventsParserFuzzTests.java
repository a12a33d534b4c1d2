package se.lofte.incidents.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Seeds: {@code PolisenEventsParserFuzzTestsInputs/}, cut from the real API response. */
class PolisenEventsParserFuzzTests {

    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.POLISEN_EVENTS, null);

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryEventOrCallsTheFileUnreadable(byte[] data) {
        EveryRowAccountedFor.hold(PARSER, data, file -> JsonRecordCount.of(file, json -> json.size()));
    }
}
