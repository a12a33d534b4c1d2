package se.lofte.incidents.sources;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import se.lofte.incidents.sources.CsvMapping.CoordinateSystem;
import se.lofte.incidents.sources.CsvMapping.Encoding;
import se.lofte.incidents.sources.CsvMapping.Separator;
import se.lofte.places.PlacePrecision;

/**
 * Fuzzed mappings over fuzzed files: a mapping with problems never makes a parser, one without always
 * does, and that parser holds to {@link EveryRowAccountedFor}. Values are drawn mostly from what a user
 * would type (so the fuzzer gets past validation), sometimes from raw fuzzer text.
 */
class CsvMappingFuzzTests {

    private static final String[] COLUMNS = {"id", "typ", "datum", "tid", "N", "E", "plats", "kommun", "text"};
    private static final String[] PATTERNS = {"yyyy-MM-dd", "yyyy-MM-dd HH:mm", "d/M/yyyy", "dd.MM.yyyy HH:mm:ss",
            "yyyyMMdd", "yyyy-MM-dd'T'HH:mmXXX", "d MMM yyyy", "EEE, d MMM yyyy HH:mm", "yyyy-MM-dd hh:mm a"};
    private static final String[] ZONES = {"Europe/Stockholm", "UTC", "+01:00", "Europe/London"};

    @FuzzTest(maxDuration = "10s")
    void buildsParsersOnlyFromMappingsWithoutProblems(FuzzedDataProvider in) {
        CsvMapping mapping = new CsvMapping(in.pickValue(Separator.values()), in.pickValue(Encoding.values()),
                column(in), column(in), in.consumeBoolean() ? null : in.consumeString(20), column(in), column(in),
                in.consumeBoolean() ? in.pickValue(PATTERNS) : in.consumeString(30),
                in.consumeBoolean() ? in.pickValue(ZONES) : in.consumeString(20), in.pickValue(CoordinateSystem.values()),
                column(in), column(in), column(in), column(in), column(in), in.pickValue(PlacePrecision.values()));
        boolean valid = mapping.validate().isEmpty();
        IncidentParser parser;
        try {
            parser = Parsers.forFormat(ImportFormat.CSV, mapping);
        } catch (IllegalArgumentException refused) {
            if (valid) {
                throw new AssertionError("a mapping without problems was refused: " + mapping, refused);
            }
            return;
        }
        if (!valid) {
            throw new AssertionError("a mapping with problems made a parser: " + mapping.validate());
        }
        EveryRowAccountedFor.hold(parser, in.consumeRemainingAsBytes(),
                file -> CsvRecordCount.of(file, mapping.encoding().charset(), mapping.separator().character()));
    }

    private static String column(FuzzedDataProvider in) {
        return switch (in.consumeInt(0, 3)) {
            case 0 -> null;
            case 1 -> in.consumeString(10);
            default -> in.pickValue(COLUMNS);
        };
    }
}
