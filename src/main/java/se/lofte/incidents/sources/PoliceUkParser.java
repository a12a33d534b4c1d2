package se.lofte.incidents.sources;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Consumer;

import se.lofte.places.PlacePrecision;

/**
 * data.police.uk street-level crime, CSV in UTF-8 with the header
 * {@code Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context}.
 * Columns are found by name, so extra or reordered columns are read; a missing one makes the file
 * unreadable, naming what is missing.
 *
 * <p>{@code Month} ({@code 2019-01}) is the only time given: the incident spans the month, from its first
 * day 00:00 Europe/London to the first day of the next. An empty {@code Crime ID} (anti-social behaviour)
 * gives no source id; rows that look identical are distinct crimes, and all are handed on (the importer
 * tells them apart). The coordinates are anonymised to a fixed set of points on streets ("On or near …"),
 * so precision is {@link PlacePrecision#SEGMENT} with {@code Location} as place name; coordinates that are not
 * plain numbers, out of range or outside the United Kingdom refuse the row. A row without
 * coordinates is known only by its force area: {@link PlacePrecision#AREA}, no position, {@code Falls
 * within} as place name. Category is {@code Crime type}; description the last outcome, if any.
 */
final class PoliceUkParser implements IncidentParser {

    static final List<String> HEADER = List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final char SEPARATOR = ',';

    @Override
    public void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile {
        CsvInput csv = new CsvInput(in, StandardCharsets.UTF_8, SEPARATOR);
        List<String> missing = csv.missing(HEADER);
        if (!missing.isEmpty()) {
            throw new UnreadableFile(Reasons.FILE_MISSING_COLUMNS, List.of(String.join(", ", missing)), null);
        }
        Columns columns = new Columns(csv);
        for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
            try {
                rows.accept(crime(row, columns, csv.header().size()));
            } catch (Refusal refusal) {
                rows.accept(refusal.row(row.line(), row.raw(SEPARATOR)));
            }
        }
    }

    private record Columns(int id, int month, int fallsWithin, int longitude, int latitude, int location,
                           int crimeType, int outcome) {

        Columns(CsvInput csv) {
            this(csv.column("Crime ID"), csv.column("Month"), csv.column("Falls within"), csv.column("Longitude"),
                    csv.column("Latitude"), csv.column("Location"), csv.column("Crime type"),
                    csv.column("Last outcome category"));
        }
    }

    private static ParsedIncident crime(CsvInput.Row row, Columns c, int width) throws Refusal {
        List<String> v = row.values();
        if (v.size() != width) {
            throw new Refusal(null, Reasons.COLUMN_COUNT, String.valueOf(width), String.valueOf(v.size()));
        }
        String id = Values.fitting(Values.clean(v.get(c.id())), Values.SOURCE_ID_MAX, "Crime ID");
        YearMonth month = month(Values.required(v.get(c.month()), "Month"));
        String category = Values.fitting(Values.required(v.get(c.crimeType()), "Crime type"), Values.CATEGORY_MAX,
                "Crime type");
        String lonText = Values.clean(v.get(c.longitude()));
        String latText = Values.clean(v.get(c.latitude()));
        PlacePrecision precision;
        Double latitude = null;
        Double longitude = null;
        String placeName;
        if (lonText == null && latText == null) {
            precision = PlacePrecision.AREA;
            placeName = Values.clean(v.get(c.fallsWithin()));
        } else {
            if (lonText == null || latText == null) {
                throw new Refusal(lonText == null ? "Longitude" : "Latitude", Reasons.HALF_POSITION);
            }
            longitude = Values.longitude(Values.decimal(lonText, false, "Longitude"), lonText, "Longitude");
            latitude = Values.latitude(Values.decimal(latText, false, "Latitude"), latText, "Latitude");
            NationalExtent.UNITED_KINGDOM.check(latitude, longitude, "Latitude", "Longitude");
            precision = PlacePrecision.SEGMENT;
            placeName = Values.clean(v.get(c.location()));
        }
        OffsetDateTime startsAt = month.atDay(1).atStartOfDay(LONDON).toOffsetDateTime();
        OffsetDateTime endsAt = month.plusMonths(1).atDay(1).atStartOfDay(LONDON).toOffsetDateTime();
        return new ParsedIncident(row.line(), id, category, startsAt, endsAt, precision, latitude, longitude,
                Values.cut(placeName, Values.PLACE_NAME_MAX), null,
                Values.cut(Values.clean(v.get(c.outcome())), Values.DESCRIPTION_MAX), null);
    }

    private static YearMonth month(String value) throws Refusal {
        try {
            YearMonth month = YearMonth.parse(value, MONTH);
            if (month.getYear() < 1900 || month.getYear() > 2100) {
                throw new Refusal("Month", Reasons.BAD_DATE, value, "2019-01");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new Refusal("Month", Reasons.BAD_DATE, value, "2019-01");
        }
    }
}
