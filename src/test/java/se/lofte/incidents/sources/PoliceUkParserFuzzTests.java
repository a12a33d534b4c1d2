package se.lofte.incidents.sources;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Seeds: {@code PoliceUkParserFuzzTestsInputs/}, cut from the real month of City of London crime. */
class PoliceUkParserFuzzTests {

    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.POLICE_UK, null);

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryRowOrCallsTheFileUnreadable(byte[] data) {
        EveryRowAccountedFor.hold(PARSER, data, file -> CsvRecordCount.of(file, StandardCharsets.UTF_8, ','));
    }
}
