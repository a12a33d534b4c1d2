package se.lofte.incidents.sources;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;


/** Seeds: {@code PoliceUkParserFuzzTestsInputs/}, cut from the real month of City of London crime. */
class PoliceUkParserFuzzTests {

    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.POLICE_UK, null);

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryRowOrCallsTheFileUnreadable(byte[] data) {
        List<ParsedRow> rows = EveryRowAccountedFor.parse(PARSER, data);
        if (rows != null) {
            EveryRowAccountedFor.expectCount(rows, CsvRecordCount.of(data, StandardCharsets.UTF_8, ','));
        }
    }
}
