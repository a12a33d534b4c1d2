package se.lofte.incidents.sources;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.incidents.sources.CsvMapping.CoordinateSystem;
import se.lofte.incidents.sources.CsvMapping.Encoding;
import se.lofte.incidents.sources.CsvMapping.Separator;
import se.lofte.places.PlacePrecision;
import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CsvMappingTests {

    private static CsvMapping withPattern(String pattern, String timeColumn) {
        return new CsvMapping(Separator.SEMICOLON, Encoding.UTF_8, "id", "typ", null, "datum", timeColumn, pattern,
                "Europe/Stockholm", CoordinateSystem.SWEREF99_TM, "N", "E", null, null, null, null);
    }

    @Test
    void acceptsACompleteMappingAndFillsInTheDefaults() {
        CsvMapping mapping = new CsvMapping(null, null, null, " typ ", "", "datum", null, "yyyy-MM-dd HH:mm", " ",
                null, null, null, null, null, null, null);

        assertThat(mapping.validate()).isEmpty();
        assertThat(mapping.separator()).isEqualTo(Separator.COMMA);
        assertThat(mapping.encoding()).isEqualTo(Encoding.UTF_8);
        assertThat(mapping.categoryColumn()).isEqualTo("typ");
        assertThat(mapping.fixedCategory()).isNull();
        assertThat(mapping.timeZone()).isEqualTo("Europe/Stockholm");
        assertThat(mapping.coordinateSystem()).isEqualTo(CoordinateSystem.WGS84);
        assertThat(mapping.precision()).isEqualTo(PlacePrecision.POINT);
    }

    @Test
    void namesEveryMissingOrContradictoryField() {
        CsvMapping mapping = new CsvMapping(null, null, null, null, null, null, null, null, "Mars/Olympus", null,
                "N", null, null, null, null, null);

        assertThat(mapping.validate()).extracting(Problem::field, Problem::code).containsExactly(
                tuple("categoryColumn", "import.mapping.categoryMissing"),
                tuple("dateColumn", "import.mapping.required"),
                tuple("timeZone", "import.mapping.badZone"),
                tuple("datePattern", "import.mapping.required"),
                tuple("eastColumn", "import.mapping.bothCoordinates"));
        CsvMapping both = new CsvMapping(null, null, null, "typ", "Brand", "datum", null, "yyyy-MM-dd", null, null,
                null, null, null, null, null, null);
        assertThat(both.validate()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("fixedCategory", "import.mapping.categoryTwice"));
    }

    @Test
    void explainsADatePatternThatCannotBeUsed() {
        assertThat(withPattern("yyyy-MM-dd {", null).validate()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("datePattern");
            assertThat(p.code()).isEqualTo("import.mapping.badPattern");
            assertThat(p.args().get(0)).isEqualTo("yyyy-MM-dd {");
        });
        assertThat(withPattern("HH:mm", null).validate()).extracting(Problem::code)
                .containsExactly("import.mapping.patternWithoutDate");
        assertThat(withPattern("yyyy-MM-dd hh:mm", null).validate()).extracting(Problem::code)
                .containsExactly("import.mapping.patternTimeUnclear");
        assertThat(withPattern("yyyy-MM-dd HH:mm", "tid").validate()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("timeColumn", "import.mapping.timeTwice"));
        assertThat(withPattern("d/M/yyyy", "tid").validate()).isEmpty();
        assertThat(withPattern("yyyy-MM-dd'T'HH:mm:ssXXX", null).validate()).isEmpty();
    }

    @Test
    void travelsAsJsonForTheSavedMappingsAndComesBackEqual() {
        JsonMapper json = JsonMapper.builder().build();
        CsvMapping mapping = withPattern("d/M/yyyy", "tid");

        String text = json.writeValueAsString(mapping);

        assertThat(text).contains("\"separator\":\"SEMICOLON\"", "\"coordinateSystem\":\"SWEREF99_TM\"");
        assertThat(json.readValue(text, CsvMapping.class)).isEqualTo(mapping);
    }
}
