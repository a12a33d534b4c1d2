package se.lofte.incidents.sources;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.lofte.incidents.sources.CsvMapping.CoordinateSystem;
import se.lofte.incidents.sources.CsvMapping.Encoding;
import se.lofte.incidents.sources.CsvMapping.Separator;
import se.lofte.places.PlacePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

class GenericCsvParserTests {

    private static CsvMapping mapping(Separator separator, Encoding encoding, String datePattern, String timeColumn,
                                      CoordinateSystem system) {
        return new CsvMapping(separator, encoding, "Nr", "Kategori", null, "Datum", timeColumn, datePattern, null,
                system, "N", "E", "Plats", "Kommun", "Beskrivning", null);
    }

    private static IncidentParser parser(CsvMapping mapping) {
        return Parsers.forFormat(ImportFormat.CSV, mapping);
    }

    @Test
    void readsSwerefPositionsWithDecimalCommaAndLatin1Text() throws Exception {
        IncidentParser parser = parser(mapping(Separator.SEMICOLON, Encoding.WINDOWS_1252, "yyyy-MM-dd HH:mm", null,
                CoordinateSystem.SWEREF99_TM));
        String file = "Nr;Kategori;Datum;N;E;Plats;Kommun;Beskrivning\n"
                + "7;Skadegörelse;2025-06-07 22:15;6580822,0;674032;Sergels torg;Stockholm;Krossad ruta\n";

        ParsedIncident incident = Rows.of(parser, file.getBytes(Charset.forName("windows-1252"))).onlyIncident();

        assertThat(incident).usingRecursiveComparison().ignoringFields("latitude", "longitude").isEqualTo(
                new ParsedIncident(2, "7", "Skadegörelse", OffsetDateTime.parse("2025-06-07T22:15+02:00"), null,
                        PlacePrecision.POINT, null, null, "Sergels torg", "Stockholm", "Krossad ruta", null));
        // The reference computed with Lantmäteriet's Gauss–Krüger formulas for SWEREF 99 TM (GRS 80,
        // central meridian 15° E, scale 0.9996, false easting 500 000 m), independently of proj4j.
        assertThat(metresBetween(incident.latitude(), incident.longitude(), 59.330231227, 18.059189736))
                .isLessThan(1.0);
    }

    @Test
    void putsSwerefEastings500000OnTheCentralMeridian() throws Exception {
        IncidentParser parser = parser(mapping(Separator.COMMA, Encoding.UTF_8, "yyyy-MM-dd", null,
                CoordinateSystem.SWEREF99_TM));

        ParsedIncident incident = Rows.of(parser, "Nr,Kategori,Datum,N,E,Plats,Kommun,Beskrivning\n"
                + "1,Brand,2025-06-07,6650000,500000,,,\n").onlyIncident();

        assertThat(incident.longitude()).isCloseTo(15.0, within(1e-9));
    }

    @Test
    void readsADateWithASeparateTimeAndAByteOrderMark() throws Exception {
        IncidentParser parser = parser(mapping(Separator.TAB, Encoding.UTF_8, "d/M/yyyy", "Tid",
                CoordinateSystem.WGS84));
        String file = "\uFEFFNr\tKategori\tDatum\tTid\tN\tE\tPlats\tKommun\tBeskrivning\n"
                + "1\tBrand\t7/6/2025\t18.50\t59.33\t18.06\t\t\t\n"
                + "2\tBrand\t8/6/2025\t\t\t\tTorget\t\t\n";

        Rows rows = Rows.of(parser, file);

        assertThat(rows.incidents()).hasSize(2);
        ParsedIncident timed = rows.incidents().get(0);
        assertThat(timed.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-07T18:50+02:00"));
        assertThat(timed.latitude()).isEqualTo(59.33);
        ParsedIncident day = rows.incidents().get(1);
        assertThat(day.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-08T00:00+02:00"));
        assertThat(day.endsAt()).isEqualTo(OffsetDateTime.parse("2025-06-09T00:00+02:00"));
        assertThat(day.precision()).isEqualTo(PlacePrecision.AREA);
        assertThat(day.latitude()).isNull();
        assertThat(day.placeName()).isEqualTo("Torget");
    }

    @Test
    void usesAFixedCategoryAndTheChosenPrecision() throws Exception {
        CsvMapping fixed = new CsvMapping(Separator.PIPE, Encoding.ISO_8859_1, null, null, "Nedskräpning", "När", null,
                "yyyy-MM-dd", "UTC", CoordinateSystem.WGS84, "lat", "lon", null, null, null, PlacePrecision.SEGMENT);
        String file = "När|lat|lon\n2025-06-07|59.1|18.2\n";

        ParsedIncident incident = Rows.of(parser(fixed), file.getBytes(StandardCharsets.ISO_8859_1)).onlyIncident();

        assertThat(incident.category()).isEqualTo("Nedskräpning");
        assertThat(incident.sourceId()).isNull();
        assertThat(incident.precision()).isEqualTo(PlacePrecision.SEGMENT);
        assertThat(incident.startsAt()).isEqualTo(OffsetDateTime.parse("2025-06-07T00:00Z"));
    }

    @Test
    void refusesBadRowsWithTheirPhysicalLineAndHeader() throws Exception {
        IncidentParser parser = parser(mapping(Separator.SEMICOLON, Encoding.UTF_8, "yyyy-MM-dd", null,
                CoordinateSystem.SWEREF99_TM));
        String file = "Nr;Kategori;Datum;N;E;Plats;Kommun;Beskrivning\n"
                + "1;Brand;2025-02-31;6580822;674032;;;\n"
                + "2;;2025-06-07;6580822;674032;;;\n"
                + "3;Brand;2025-06-07;6580822;674032;;\n"
                + "4;Brand;2025-06-07;1000;674032;;;\n"
                + "5;Brand;2025-06-07;6580822;;;;\n"
                + "6;Brand;2025-06-07;;;;;\"två\nrader\"\n"
                + "7;Brand;2025-06-07;65808x22;674032;;;\n"
                + "8;Brand;2025-06-07;6580822;674032;;;\n";

        Rows rows = Rows.of(parser, file);

        assertThat(rows.rejected()).extracting(RejectedRow::line, RejectedRow::column, RejectedRow::reason)
                .containsExactly(
                        tuple(2L, "Datum", Reasons.BAD_DATE),
                        tuple(3L, "Kategori", Reasons.MISSING),
                        tuple(4L, null, Reasons.COLUMN_COUNT),
                        tuple(5L, "N", Reasons.OUTSIDE_SWEDEN),
                        tuple(6L, "E", Reasons.HALF_POSITION),
                        tuple(7L, null, Reasons.NO_PLACE),
                        tuple(9L, "N", Reasons.BAD_COORDINATE));
        assertThat(rows.rejected().get(0).args()).containsExactly("2025-02-31", "yyyy-MM-dd");
        assertThat(rows.incidents()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo(10));
    }

    @Test
    void refusesAFileWithoutTheMappedColumns() {
        IncidentParser parser = parser(mapping(Separator.COMMA, Encoding.UTF_8, "yyyy-MM-dd", null,
                CoordinateSystem.WGS84));

        UnreadableFile refused = Rows.unreadable(parser, "Nr,Kategori,Datum\n1,Brand,2025-06-07\n");
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_MISSING_COLUMNS);
        assertThat(refused.args()).containsExactly("N, E, Plats, Kommun, Beskrivning");
        assertThat(Rows.unreadable(parser, "Nr,Nr\n").reason()).isEqualTo(Reasons.FILE_DUPLICATE_COLUMN);
    }

    @Test
    void refusesToBuildAParserFromAMappingWithProblems() {
        CsvMapping broken = new CsvMapping(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThatThrownBy(() -> Parsers.forFormat(ImportFormat.CSV, broken))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Parsers.forFormat(ImportFormat.CSV, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Great-circle distance on a sphere of the Earth's mean radius: ample for a one-metre check. */
    private static double metresBetween(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NaN       | 18.06    | N | import.reason.badCoordinate         | NaN
            59.33     | Infinity | E | import.reason.badCoordinate         | Infinity
            1e308     | 18.06    | N | import.reason.badCoordinate         | 1e308
            -Infinity | 18.06    | N | import.reason.badCoordinate         | -Infinity
            90.5      | 18.06    | N | import.reason.coordinateOutOfRange  | 90.5 -90…90
            59.33     | -180.01  | E | import.reason.coordinateOutOfRange  | -180.01 -180…180
            """)
    void refusesNonFiniteHugeAndOutOfRangeWgs84CoordinatesNamingTheColumn(String north, String east, String column,
                                                                          String reason, String args)
            throws Exception {
        IncidentParser parser = parser(mapping(Separator.COMMA, Encoding.UTF_8, "yyyy-MM-dd", null,
                CoordinateSystem.WGS84));

        Rows.assertRefused(parser, "Nr,Kategori,Datum,N,E,Plats,Kommun,Beskrivning\n"
                + "1,Brand,2025-06-07," + north + "," + east + ",,,\n", column, reason, args);
    }

    @Test
    void stopsAtBytesThatAreNotTheChosenEncodingAndSaysOnWhichLine() {
        IncidentParser parser = parser(mapping(Separator.SEMICOLON, Encoding.UTF_8, "yyyy-MM-dd", null,
                CoordinateSystem.WGS84));
        String file = "Nr;Kategori;Datum;N;E;Plats;Kommun;Beskrivning\n"
                + "1;Brand;2025-06-07;59,33;18,06;Torget;;\n"
                + "2;Brand;2025-06-07;59,33;18,06;Malmö;;\n";
        java.util.List<ParsedRow> rows = new java.util.ArrayList<>();

        // A Latin-1 export read as UTF-8: "ö" is the single byte F6, never valid UTF-8.
        assertThatThrownBy(() -> parser.parse(new java.io.ByteArrayInputStream(
                file.getBytes(StandardCharsets.ISO_8859_1)), rows::add))
                .isInstanceOfSatisfying(UnreadableFile.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reasons.FILE_BAD_ENCODING);
                    assertThat(e.args()).containsExactly("3", "UTF-8");
                });
        assertThat(rows).noneMatch(row -> row instanceof ParsedIncident incident
                && incident.placeName() != null && incident.placeName().contains("\uFFFD"));
    }

    @Test
    void refusesBytesWindows1252LeavesUndefined() {
        IncidentParser parser = parser(mapping(Separator.SEMICOLON, Encoding.WINDOWS_1252, "yyyy-MM-dd", null,
                CoordinateSystem.WGS84));
        byte[] file = "Nr;Kategori;Datum;N;E;Plats;Kommun;Beskrivning\n1;Brand;2025-06-07;59,33;18,06;T\u0081;;\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        UnreadableFile refused = Rows.unreadable(parser, file);
        assertThat(refused.reason()).isEqualTo(Reasons.FILE_BAD_ENCODING);
        assertThat(refused.args()).containsExactly("2", "windows-1252");
    }
}
