package se.lofte.incidents.sources;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.lofte.places.PlacePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PoliceUkParserTests {

    private static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";

    private final IncidentParser parser = Parsers.forFormat(ImportFormat.POLICE_UK, null);

    private Rows sample() throws Exception {
        return Rows.ofResource(parser, "/situation/police-uk-city-of-london-2019-01.csv");
    }

    @Test
    void readsEveryRowOfTheRealMonth() throws Exception {
        Rows rows = sample();

        // Nothing refused, so every row is one of the incidents.
        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.incidents()).hasSize(617);
        // Lines: the header is line 1, so data rows are lines 2 to 618.
        assertThat(rows.all().get(0).line()).isEqualTo(2);
        assertThat(rows.all().get(616).line()).isEqualTo(618);
        assertThat(rows.incidents()).allMatch(i -> i.startsAt().equals(OffsetDateTime.parse("2019-01-01T00:00Z"))
                && i.endsAt().equals(OffsetDateTime.parse("2019-02-01T00:00Z")));
    }

    @Test
    void keepsAntiSocialBehaviourWithoutIdAndEveryLookAlikeRow() throws Exception {
        Rows rows = sample();

        var withoutId = rows.incidents().stream().filter(i -> i.sourceId() == null).toList();
        assertThat(withoutId).hasSize(93).allMatch(i -> i.category().equals("Anti-social behaviour"));
        // Identical-looking rows are distinct crimes: all of them are handed on.
        long distinct = withoutId.stream().map(i -> java.util.List.of(String.valueOf(i.latitude()),
                String.valueOf(i.longitude()), String.valueOf(i.placeName()))).distinct().count();
        assertThat(distinct).isLessThan(withoutId.size());
    }

    @Test
    void placesRowsWithoutCoordinatesInTheForceArea() throws Exception {
        Rows rows = sample();

        var areaOnly = rows.incidents().stream().filter(i -> i.precision() == PlacePrecision.AREA).toList();
        assertThat(areaOnly).hasSize(31).allMatch(i -> i.latitude() == null && i.longitude() == null
                && "City of London Police".equals(i.placeName()));
        assertThat(areaOnly.get(0).line()).isEqualTo(588);
        assertThat(areaOnly.get(0).category()).isEqualTo("Anti-social behaviour");
        assertThat(rows.incidents().stream().filter(i -> i.precision() == PlacePrecision.SEGMENT)).hasSize(586);
    }

    @Test
    void readsACrimeFieldByField() throws Exception {
        String id = "320930473d454d613ead909a28008a91a607c93f8b74339623a4cec4a252b0dd";
        ParsedIncident crime = sample().incident(id);

        assertThat(crime).isEqualTo(new ParsedIncident(3, id, "Bicycle theft",
                OffsetDateTime.parse("2019-01-01T00:00Z"), OffsetDateTime.parse("2019-02-01T00:00Z"),
                PlacePrecision.SEGMENT, 51.515381, -0.112422, "On or near Star Yard", null,
                "Investigation complete; no suspect identified", null));
    }

    @Test
    void startsASummerMonthAtLondonMidnight() throws Exception {
        ParsedIncident crime = Rows.of(parser, HEADER
                + "x1,2019-07,City of London Police,City of London Police,-0.1,51.5,On or near X,,,Drugs,,\n")
                .onlyIncident();

        assertThat(crime.startsAt()).isEqualTo(OffsetDateTime.parse("2019-07-01T00:00+01:00"));
        assertThat(crime.endsAt()).isEqualTo(OffsetDateTime.parse("2019-08-01T00:00+01:00"));
        assertThat(crime.description()).isNull();
    }

    @Test
    void refusesBadRowsWithLineAndColumn() throws Exception {
        Rows rows = Rows.of(parser, HEADER
                + "a,2019-13,F,F,-0.1,51.5,L,,,Drugs,,\n"
                + "b,2019-01,F,F,-0.1,,L,,,Drugs,,\n"
                + "\n"
                + "c,2019-01,F,F,west,51.5,L,,,Drugs,,\n"
                + "d,2019-01,F,F,-0.1,91,L,,,Drugs,,\n"
                + "e,2019-01,F,F,-0.1,51.5,L,,,,,\n"
                + "\"f\nstill f\",2019-01,F,F,-0.1,51.5,L,,,Drugs\n"
                + "g,2019-01,F,F,-0.1,51.5,L,,,Drugs,,\n");

        assertThat(rows.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        tuple(2L, "Month", Reasons.BAD_DATE),
                        tuple(3L, "Latitude", Reasons.HALF_POSITION),
                        tuple(5L, "Longitude", Reasons.BAD_COORDINATE),
                        tuple(6L, "Latitude", Reasons.COORDINATE_OUT_OF_RANGE),
                        tuple(7L, "Crime type", Reasons.MISSING),
                        tuple(8L, null, Reasons.COLUMN_COUNT));
        assertThat(rows.rejected().get(5).args()).containsExactly("12", "10");
        assertThat(rows.incidents()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(10));
    }

    @Test
    void refusesAFileWithAnotherHeaderNamingTheMissingColumns() {
        UnreadableFile refused = Rows.unreadable(parser, "Crime ID,Month,Longitude,Latitude,Crime type\n");
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_MISSING_COLUMNS);
        assertThat(refused.args()).containsExactly("Reported by, Falls within, Location, LSOA code, LSOA name, "
                + "Last outcome category, Context");
        assertThat(Rows.unreadable(parser, "").reason()).isEqualTo(Reasons.FILE_NO_HEADER);
    }

    @Test
    void readsAHeaderAfterAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + "x,2019-01,F,F,,,L,,,Drugs,,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);

        assertThat(Rows.of(parser, file).onlyIncident().sourceId()).isEqualTo("x");
    }

    @Test
    void stopsWhereAQuoteIsNeverClosedAndSaysOnWhichLine() {
        UnreadableFile refused = Rows.unreadable(parser, HEADER + "x,2019-01,F,F,,,L,,,Drugs,,\n\"y,2019-01\n");
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_BAD_CSV);
        assertThat(refused.args()).containsExactly("3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NaN    | 51.5     | Longitude | import.reason.badCoordinate           | NaN
            -0.1   | Infinity | Latitude  | import.reason.badCoordinate           | Infinity
            1e308  | 51.5     | Longitude | import.reason.badCoordinate           | 1e308
            -180.5 | 51.5     | Longitude | import.reason.coordinateOutOfRange    | -180.5 -180…180
            18.06  | 59.33    | Longitude | import.reason.outsideUnitedKingdom    | 59.33 18.06
            51.5   | -0.1     | Latitude  | import.reason.outsideUnitedKingdom    | -0.1 51.5
            """)
    void refusesNonFiniteHugeAndOutOfRangeCoordinatesAndPositionsOutsideTheUnitedKingdom(String longitude,
                                                                                         String latitude,
                                                                                         String column,
                                                                                         String reason,
                                                                                         String args)
            throws Exception {
        Rows.assertRefused(parser, HEADER + "a,2019-01,F,F," + longitude + "," + latitude + ",L,,,Drugs,,\n", column,
                reason, args);
    }

    @Test
    void stopsAtBytesThatAreNotUtf8AndSaysOnWhichLine() {
        byte[] file = (HEADER + "x,2019-01,F,F,,,L,,,Drugs,,\n"
                + "y,2019-01,F,F,,,On or near Caf\u00e9,,,Drugs,,\n").getBytes(StandardCharsets.ISO_8859_1);

        UnreadableFile refused = Rows.unreadable(parser, file);
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_BAD_ENCODING);
        assertThat(refused.args()).containsExactly("3", "UTF-8");
    }
}
