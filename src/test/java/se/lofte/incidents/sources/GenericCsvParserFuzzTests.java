package se.lofte.incidents.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.lofte.incidents.sources.CsvMapping.CoordinateSystem;
import se.lofte.incidents.sources.CsvMapping.Encoding;
import se.lofte.incidents.sources.CsvMapping.Separator;

/**
 * The mapped CSV parser with one fixed mapping over fuzzed bytes (see {@link CsvMappingFuzzTests} for fuzzed
 * mappings). Seeds: {@code GenericCsvParserFuzzTestsInputs/}, rows of the real police.uk month with whole
 * dates and SWEREF 99 TM positions.
 */
class GenericCsvParserFuzzTests {

    private static final CsvMapping MAPPING = new CsvMapping(Separator.SEMICOLON, Encoding.UTF_8, "Crime ID",
            "Crime type", null, "Date", "Time", "yyyy-MM-dd", "Europe/Stockholm", CoordinateSystem.SWEREF99_TM, "N",
            "E", "Location", "Municipality", "Last outcome category", null);
    private static final IncidentParser PARSER = Parsers.forFormat(ImportFormat.CSV, MAPPING);

    @FuzzTest(maxDuration = "10s")
    void handsOnEveryRowOrCallsTheFileUnreadable(byte[] data) {
        EveryRowAccountedFor.hold(PARSER, data, file -> CsvRecordCount.of(file, MAPPING.encoding().charset(), ';'));
    }
}
