package se.lofte.incidents.sources;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.lofte.places.PlacePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolisenEventsParserTests {

    private final IncidentParser parser = Parsers.forFormat(ImportFormat.POLISEN_EVENTS, null);

    private Rows sample() throws Exception {
        return Rows.ofResource(parser, "/situation/polisen-events-2025-06-07.json");
    }

    @Test
    void readsEveryEventOfTheRealResponse() throws Exception {
        Rows rows = sample();

        // Nothing refused, so every event is one of the incidents.
        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.incidents()).hasSize(500);
        assertThat(rows.all()).extracting(ParsedRow::line).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 500).boxed().toList());
        assertThat(rows.incidents()).allMatch(i -> i.precision() == PlacePrecision.AREA);
        assertThat(rows.incidents()).allMatch(i -> i.latitude() != null && i.longitude() != null);
        assertThat(rows.incidents()).allMatch(i -> i.url().startsWith("https://polisen.se/aktuellt/handelser/"));
        assertThat(rows.incidents().stream().filter(i -> Parsers.isPolisenSummary(i.category()))).hasSize(89);
        // The 131 events placed in a county are all county summaries: no municipality to name.
        assertThat(rows.incidents().stream().filter(i -> i.municipalityName() == null)).hasSize(131);
    }

    @Test
    void takesTheEventTimeFromTheNameAndReadsAnUnpaddedPublicationHour() throws Exception {
        ParsedIncident event = sample().incident("588172");

        // "06 juni 18.50, Trafikbrott, Kungsör", published "2025-06-07 7:32:06 +02:00".
        assertThat(event).isEqualTo(new ParsedIncident(1, "588172", "Trafikbrott",
                OffsetDateTime.parse("2025-06-06T18:50+02:00"), null, PlacePrecision.AREA, 59.422397, 16.097786,
                "Kungsör", "Kungsör", "Bilist misstänks för brott.",
                "https://polisen.se/aktuellt/handelser/2025/juni/6/06-juni-18.50-trafikbrott-kungsor/"));
    }

    @Test
    void keepsATypeWithACommaWhole() throws Exception {
        ParsedIncident event = sample().incident("588108");

        assertThat(event.category()).isEqualTo("Trafikolycka, personskada");
        assertThat(event.municipalityName()).isEqualTo("Gävle");
        assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-06T02:07+02:00"));
        assertThat(event.description()).isEqualTo("Allvarlig trafikolycka, tre personer till sjukhus.");
    }

    @Test
    void keepsACountySummaryAsASummaryWithoutMunicipality() throws Exception {
        ParsedIncident summary = sample().incident("588171");

        assertThat(summary.category()).isEqualTo("Sammanfattning natt");
        assertThat(Parsers.isPolisenSummary(summary.category())).isTrue();
        assertThat(summary.placeName()).isEqualTo("Örebro län");
        assertThat(summary.municipalityName()).isNull();
        assertThat(summary.precision()).isEqualTo(PlacePrecision.AREA);
        assertThat(summary.latitude()).isEqualTo(59.535036);
        assertThat(summary.longitude()).isEqualTo(15.006573);
        assertThat(summary.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-07T07:25+02:00"));
    }

    @Test
    void takesTheMunicipalityFromTheNameWhereTheLocationIsACounty() throws Exception {
        ParsedIncident event = Rows.of(parser, """
                [{"id": 1, "datetime": "2025-08-22 18:05:00 +02:00", "name": "22 augusti 17.59, Brand, Kävlinge",
                  "summary": "Brand i förråd.", "url": "/aktuellt/handelser/2025/augusti/22/x/", "type": "Brand",
                  "location": {"name": "Skåne län", "gps": "55.99,13.59"}}]
                """).onlyIncident();

        assertThat(event.municipalityName()).isEqualTo("Kävlinge");
        assertThat(event.placeName()).isEqualTo("Skåne län");
        assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2025-08-22T17:59+02:00"));
    }

    @Test
    void namesNoMunicipalityWhereTheNameOfACountyEventEndsWithItsType() throws Exception {
        ParsedIncident event = Rows.of(parser, """
                [{"id": 1, "datetime": "2025-08-22 18:05:00 +02:00", "name": "22 augusti 17.59, Trafikolycka, personskada",
                  "type": "Trafikolycka, personskada", "location": {"name": "Skåne län", "gps": "55.99,13.59"}}]
                """).onlyIncident();

        assertThat(event.municipalityName()).isNull();
        assertThat(event.placeName()).isEqualTo("Skåne län");
    }

    /**
     * The real sample with every location named by its county ({@link PolisenCountyVariant}): each event still
     * names the municipality the sample gives it, the type with a comma included, and the county summaries none;
     * positions stay area centres.
     */
    @Test
    void findsEveryMunicipalityOfTheSampleWhenEveryLocationIsACounty() throws Exception {
        var variant = new PolisenCountyVariant("");
        Rows rows = Rows.of(parser, variant.bytes());

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.incidents()).hasSize(500).allSatisfy(event -> {
            assertThat(event.placeName()).endsWith(" län");
            assertThat(event.municipalityName()).isEqualTo(variant.municipality(event.sourceId()));
            assertThat(event.precision()).isEqualTo(PlacePrecision.AREA);
        });
        assertThat(rows.incidents().stream().filter(event -> event.municipalityName() != null)).hasSize(369);
        ParsedIncident gavle = rows.incident("588108");
        assertThat(gavle.category()).isEqualTo("Trafikolycka, personskada");
        assertThat(gavle.municipalityName()).isEqualTo("Gävle");
        assertThat(gavle.placeName()).isEqualTo("Gävleborgs län");
    }

    @Test
    void putsADecemberEventPublishedInJanuaryInTheYearBefore() throws Exception {
        ParsedIncident event = Rows.of(parser, """
                [{"id": 2, "datetime": "2026-01-01 0:40:00 +01:00", "name": "31 december 23.50, Brand, Umeå",
                  "type": "Brand", "location": {"name": "Umeå", "gps": "63.82,20.26"}}]
                """).onlyIncident();

        assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2025-12-31T23:50+01:00"));
    }

    @Test
    void fallsBackToThePublicationTimeWhereTheNameHasNone() throws Exception {
        ParsedIncident event = Rows.of(parser, """
                [{"id": "3", "datetime": "2025-06-07 7:32:06 +02:00", "name": "Brand, Umeå", "type": "Brand",
                  "url": "https://polisen.se/x", "location": {"name": "Umeå"}}]
                """).onlyIncident();

        assertThat(event.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-07T07:32:06+02:00"));
        assertThat(event.latitude()).isNull();
        assertThat(event.longitude()).isNull();
        assertThat(event.url()).isEqualTo("https://polisen.se/x");
    }

    @Test
    void refusesEventsWithoutIdTypeOrReadableTimeNamingTheProperty() throws Exception {
        Rows rows = Rows.of(parser, """
                [{"datetime": "2025-06-07 7:32:06 +02:00", "type": "Brand"},
                 {"id": 5, "datetime": "2025-06-07 7:32:06 +02:00", "type": " "},
                 {"id": 6, "datetime": "7 juni", "type": "Brand"},
                 {"id": 7, "datetime": "2025-06-07 7:32:06 +02:00", "type": {"a": 1}},
                 42]
                """);

        assertThat(rows.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "id", Reasons.MISSING),
                        org.assertj.core.groups.Tuple.tuple(2L, "type", Reasons.MISSING),
                        org.assertj.core.groups.Tuple.tuple(3L, "datetime", Reasons.BAD_DATE),
                        org.assertj.core.groups.Tuple.tuple(4L, "type", Reasons.NOT_TEXT),
                        org.assertj.core.groups.Tuple.tuple(5L, null, Reasons.NOT_AN_OBJECT));
        assertThat(rows.rejected().get(2).args()).containsExactly("7 juni", "2025-06-07 7:32:06 +02:00");
        assertThat(rows.rejected().get(4).raw()).isEqualTo("42");
    }

    @Test
    void refusesAFileThatIsNotAnArrayOfEvents() {
        assertThat(Rows.unreadable(parser, "{\"id\": 1}").reason()).isEqualTo(Reasons.FILE_NOT_ARRAY);
        assertThat(Rows.unreadable(parser, "").reason()).isEqualTo(Reasons.FILE_NOT_JSON);
    }

    @Test
    void handsOnTheEventsBeforeTheFileBreaksOffAndSaysWhere() {
        List<ParsedRow> rows = new java.util.ArrayList<>();
        assertThatThrownBy(() -> parser.parse(new java.io.ByteArrayInputStream("""
                [{"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "type": "Brand", "location": {"name": "Umeå"}},
                 {"id": 2, "datetime": "2025-06-07 7:32:06 +02:00", "type": "Br
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), rows::add))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reasons.FILE_NOT_JSON);
                    assertThat(e.args().get(0)).isEqualTo("2");
                });
        assertThat(rows).hasSize(1);
    }

    @Test
    void refusesAnItemTooLargeToHoldInsteadOfReadingItIntoMemory() {
        String huge = "[{\"id\": 1, \"summary\": [" + "1,".repeat(ItemBudget.LIMIT) + "1]}]";
        assertThat(Rows.unreadable(parser, huge).reason()).isEqualTo(Reasons.FILE_ITEM_TOO_LARGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NaN,Infinity   | import.reason.badCoordinate           | NaN
            1e308,20.26    | import.reason.badCoordinate           | 1e308
            91.0,20.26     | import.reason.coordinateOutOfRange    | 91.0 -90…90
            20.26,63.83    | import.reason.outsideSwedenPosition   | 20.26 63.83
            45.0,-30.0     | import.reason.outsideSwedenPosition   | 45.0 -30.0
            not a position | import.reason.badCoordinate           | not a position
            """)
    void refusesAnEventWhosePositionIsNoNumberOutOfRangeOrOutsideSweden(String gps, String reason, String args)
            throws Exception {
        Rows.assertRefused(parser, """
                [{"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "type": "Brand",
                  "location": {"name": "Umeå", "gps": "%s"}}]
                """.formatted(gps), "location.gps", reason, args);
    }

    @Test
    void stopsAtBytesThatAreNotUtf8AndSaysOnWhichLine() throws Exception {
        var file = new java.io.ByteArrayOutputStream();
        file.write("""
                [{"id": 1, "datetime": "2025-06-07 7:32:06 +02:00", "type": "Brand", "location": {"name": "Umeå"}},
                 {"id": 2, "datetime": "2025-06-07 7:32:06 +02:00", "type": "Brand",
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // A Latin-1 line: "ö" is the single byte F6, never valid UTF-8.
        file.write("  \"location\": {\"name\": \"Malmö\"}}]\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<ParsedRow> rows = new java.util.ArrayList<>();

        assertThatThrownBy(() -> parser.parse(new java.io.ByteArrayInputStream(file.toByteArray()), rows::add))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reasons.FILE_BAD_ENCODING);
                    assertThat(e.args()).containsExactly("3", "UTF-8");
                });
        assertThat(rows).singleElement().satisfies(row -> assertThat(((ParsedIncident) row).placeName())
                .isEqualTo("Umeå"));
    }
}
