package se.lofte.incidents.sources;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


/** Seeds: {@code PolisenEventsParserFuzzTestsInputs/}, cut from the real API response. */
class PolisenEventsParserFuzzTests {

    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.POLISEN_EVENTS, null);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryEventOrCallsTheFileUnreadable(byte[] data) {
        List<ParsedRow> rows = EveryRowAccountedFor.parse(PARSER, data);
        if (rows != null) {
            JsonNode file;
            try {
                file = JSON.readTree(data);
            } catch (JacksonException e) {
                throw new AssertionError("parsed a file Jackson cannot read", e);
            }
            EveryRowAccountedFor.expectCount(rows, file.size());
        }
    }
}
