package se.lofte.incidents.sources;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import se.lofte.places.PlacePrecision;
import se.lofte.shared.Problem;

/**
 * How to read a CSV file of incidents whose columns the user names, saved per organisation (as JSON in
 * {@code csv_mapping.settings_json}) for the next file of the same kind. The file must have a header row;
 * columns are named by their header text. A mapping holds whatever the user typed, so a form can show it
 * back with its {@link #validate() problems}; only a mapping without problems can read a file.
 *
 * @param separator          what separates columns
 * @param encoding           how the bytes are text
 * @param idColumn           the source's id, optional
 * @param categoryColumn     what happened; give this or {@code fixedCategory}
 * @param fixedCategory      one category for every row, where the file has no such column
 * @param dateColumn         when (required); may hold the time too, as {@code datePattern} says
 * @param timeColumn         the time of day where it stands in a column of its own ({@code 18:50}, {@code 18.50},
 *                           {@code 18:50:00}), optional
 * @param datePattern        a {@link DateTimeFormatter} pattern for {@code dateColumn}: {@code yyyy-MM-dd HH:mm},
 *                           {@code d/M/yyyy} …
 * @param timeZone           the zone the times are local to (default Europe/Stockholm)
 * @param coordinateSystem   what {@code northColumn} and {@code eastColumn} hold
 * @param northColumn        latitude (WGS84) or northing N (SWEREF 99 TM), optional
 * @param eastColumn         longitude (WGS84) or easting E (SWEREF 99 TM), optional
 * @param placeNameColumn    the place in words, optional
 * @param municipalityColumn the municipality's name, optional
 * @param descriptionColumn  free text, optional
 * @param precision          how exact a row's position is (default {@link PlacePrecision#POINT}); rows without
 *                           a position are {@link PlacePrecision#AREA}
 */
public record CsvMapping(Separator separator, Encoding encoding, String idColumn, String categoryColumn,
                         String fixedCategory, String dateColumn, String timeColumn, String datePattern,
                         String timeZone, CoordinateSystem coordinateSystem, String northColumn, String eastColumn,
                         String placeNameColumn, String municipalityColumn, String descriptionColumn,
                         PlacePrecision precision) {

    public static final String DEFAULT_TIME_ZONE = "Europe/Stockholm";

    public enum Separator {
        COMMA(','), SEMICOLON(';'), TAB('\t'), PIPE('|');

        private final char character;

        Separator(char character) {
            this.character = character;
        }

        public char character() {
            return character;
        }
    }

    public enum Encoding {
        /** UTF-8, with or without a byte order mark. */
        UTF_8(StandardCharsets.UTF_8),
        ISO_8859_1(StandardCharsets.ISO_8859_1),
        WINDOWS_1252(Charset.forName("windows-1252"));

        private final Charset charset;

        Encoding(Charset charset) {
            this.charset = charset;
        }

        public Charset charset() {
            return charset;
        }
    }

    public enum CoordinateSystem {
        /** Latitude and longitude in degrees (GPS). */
        WGS84,
        /** SWEREF 99 TM (EPSG:3006) northing N and easting E in metres, the Swedish national grid. */
        SWEREF99_TM
    }

    public CsvMapping {
        separator = separator == null ? Separator.COMMA : separator;
        encoding = encoding == null ? Encoding.UTF_8 : encoding;
        idColumn = blankToNull(idColumn);
        categoryColumn = blankToNull(categoryColumn);
        fixedCategory = blankToNull(fixedCategory);
        dateColumn = blankToNull(dateColumn);
        timeColumn = blankToNull(timeColumn);
        datePattern = datePattern == null || datePattern.isBlank() ? null : datePattern;
        timeZone = blankToNull(timeZone) == null ? DEFAULT_TIME_ZONE : timeZone.strip();
        coordinateSystem = coordinateSystem == null ? CoordinateSystem.WGS84 : coordinateSystem;
        northColumn = blankToNull(northColumn);
        eastColumn = blankToNull(eastColumn);
        placeNameColumn = blankToNull(placeNameColumn);
        municipalityColumn = blankToNull(municipalityColumn);
        descriptionColumn = blankToNull(descriptionColumn);
        precision = precision == null ? PlacePrecision.POINT : precision;
    }

    /**
     * What is wrong with this mapping, keyed by the mapping form's field names (this record's component
     * names), with message codes from {@code i18n/situation-sources}; empty where it can read files.
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (categoryColumn == null && fixedCategory == null) {
            problems.add(Problem.of("categoryColumn", "import.mapping.categoryMissing"));
        } else if (categoryColumn != null && fixedCategory != null) {
            problems.add(Problem.of("fixedCategory", "import.mapping.categoryTwice"));
        }
        if (fixedCategory != null && fixedCategory.length() > Values.CATEGORY_MAX) {
            problems.add(Problem.of("fixedCategory", "import.mapping.tooLong", String.valueOf(Values.CATEGORY_MAX)));
        }
        if (dateColumn == null) {
            problems.add(Problem.of("dateColumn", "import.mapping.required"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            problems.add(Problem.of("timeZone", "import.mapping.badZone", timeZone));
        }
        if (datePattern == null) {
            problems.add(Problem.of("datePattern", "import.mapping.required"));
        } else {
            patternProblem(zone == null ? ZoneId.of(DEFAULT_TIME_ZONE) : zone).ifPresent(problems::add);
        }
        if (northColumn == null && eastColumn != null) {
            problems.add(Problem.of("northColumn", "import.mapping.bothCoordinates"));
        } else if (northColumn != null && eastColumn == null) {
            problems.add(Problem.of("eastColumn", "import.mapping.bothCoordinates"));
        }
        return List.copyOf(problems);
    }

    /** The columns the header must have. */
    List<String> columns() {
        return Stream.of(idColumn, categoryColumn, dateColumn, timeColumn, northColumn, eastColumn, placeNameColumn,
                municipalityColumn, descriptionColumn).filter(c -> c != null).distinct().toList();
    }

    boolean hasPosition() {
        return northColumn != null && eastColumn != null;
    }

    /**
     * The date pattern as a strict formatter. Users write {@code yyyy} (year of era), which strict resolving
     * refuses without an era, so it is read as {@code uuuu}: the same for any year after Christ. Strict
     * resolving refuses 31 February instead of quietly making it 28 February.
     */
    DateTimeFormatter dateFormatter() {
        StringBuilder pattern = new StringBuilder(datePattern.length());
        boolean quoted = false;
        for (char c : datePattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            pattern.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(pattern.toString()).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A pattern must compile, and a date written with it must read back as the same date. */
    private Optional<Problem> patternProblem(ZoneId zone) {
        DateTimeFormatter formatter;
        try {
            formatter = dateFormatter();
        } catch (IllegalArgumentException | ClassCastException e) {
            // ClassCastException: the JDK's pattern parser throws it for some padded patterns ("p" before
            // a run of digits of a field written more than once), where it means a pattern it cannot read.
            return Optional.of(Problem.of("datePattern", "import.mapping.badPattern", datePattern,
                    String.valueOf(e.getMessage())));
        }
        ZonedDateTime sample = ZonedDateTime.of(2025, 6, 7, 18, 50, 0, 0, zone);
        try {
            String written = formatter.format(sample);
            TemporalAccessor read = formatter.parse(written);
            LocalDate date = read.query(TemporalQueries.localDate());
            if (!sample.toLocalDate().equals(date)) {
                return Optional.of(Problem.of("datePattern", "import.mapping.patternWithoutDate",
                        datePattern));
            }
            TemporalAccessor fields = formatter.parseUnresolved(written, new ParsePosition(0));
            boolean mentionsTime = fields != null && Stream.of(ChronoField.HOUR_OF_DAY, ChronoField.CLOCK_HOUR_OF_DAY,
                    ChronoField.HOUR_OF_AMPM, ChronoField.CLOCK_HOUR_OF_AMPM, ChronoField.MINUTE_OF_HOUR)
                    .anyMatch(fields::isSupported);
            LocalTime time = read.query(TemporalQueries.localTime());
            if (mentionsTime && time == null) {
                return Optional.of(Problem.of("datePattern", "import.mapping.patternTimeUnclear",
                        datePattern));
            }
            if (time != null && timeColumn != null) {
                return Optional.of(Problem.of("timeColumn", "import.mapping.timeTwice"));
            }
        } catch (DateTimeException | ClassCastException e) {
            // Any pattern that cannot write and read back a date is refused here, not per row.
            return Optional.of(Problem.of("datePattern", "import.mapping.patternWithoutDate", datePattern));
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
