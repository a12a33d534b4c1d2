package se.lofte.incidents.sources;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

import se.lofte.places.PlacePrecision;

/**
 * Any CSV file of incidents, read through a {@link CsvMapping} the user chose. Rows are refused with their
 * physical line (the header is line 1) and the header name of the column at fault: a wrong number of
 * columns, a date the pattern does not read, an empty category, coordinates that are not numbers, out of
 * range, or (SWEREF 99 TM) outside Sweden, and rows that have no position, place name nor municipality.
 *
 * <p>Where no time of day is known (the pattern has none and there is no time column, or it is empty) the
 * incident spans the day: from 00:00 to the next 00:00 in the mapping's zone. With {@code ;} as separator
 * coordinates may use a decimal comma, as Swedish spreadsheets write them. SWEREF 99 TM positions are
 * converted to WGS84 with proj4j.
 */
final class GenericCsvParser implements IncidentParser {

    /** EPSG:3006's area of use (Sweden, onshore and offshore), in metres. */
    private static final double MIN_NORTH = 6_101_648.07;
    private static final double MAX_NORTH = 7_689_478.31;
    private static final double MIN_EAST = 181_896.33;
    private static final double MAX_EAST = 1_086_312.94;

    private static final CRSFactory CRS = new CRSFactory();
    private static final CoordinateReferenceSystem SWEREF99_TM = CRS.createFromName("EPSG:3006");
    private static final CoordinateReferenceSystem WGS84 = CRS.createFromName("EPSG:4326");

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?");

    private final CsvMapping mapping;
    private final DateTimeFormatter dates;
    private final ZoneId zone;
    private final boolean decimalComma;

    GenericCsvParser(CsvMapping mapping) {
        if (!mapping.validate().isEmpty()) {
            throw new IllegalArgumentException("CSV mapping has problems: " + mapping.validate());
        }
        this.mapping = mapping;
        this.dates = mapping.dateFormatter();
        this.zone = ZoneId.of(mapping.timeZone());
        this.decimalComma = mapping.separator() == CsvMapping.Separator.SEMICOLON;
    }

    @Override
    public void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile {
        char separator = mapping.separator().character();
        CsvInput csv = new CsvInput(in, mapping.encoding().charset(), separator);
        List<String> missing = csv.missing(mapping.columns());
        if (!missing.isEmpty()) {
            throw new UnreadableFile(Reasons.FILE_MISSING_COLUMNS, List.of(String.join(", ", missing)), null);
        }
        // A transform keeps intermediate results in fields: one per parse, so parsers may run side by side.
        CoordinateTransform toWgs84 = new BasicCoordinateTransform(SWEREF99_TM, WGS84);
        for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
            try {
                rows.accept(incident(row, csv, toWgs84));
            } catch (Refusal refusal) {
                rows.accept(refusal.row(row.line(), row.raw(separator)));
            }
        }
    }

    private ParsedIncident incident(CsvInput.Row row, CsvInput csv, CoordinateTransform toWgs84) throws Refusal {
        int width = csv.header().size();
        if (row.values().size() != width) {
            throw new Refusal(null, Reasons.COLUMN_COUNT, String.valueOf(width), String.valueOf(row.values().size()));
        }
        String id = Values.fitting(value(row, csv, mapping.idColumn()), Values.SOURCE_ID_MAX, mapping.idColumn());
        String category = mapping.fixedCategory() != null ? mapping.fixedCategory()
                : Values.fitting(Values.required(value(row, csv, mapping.categoryColumn()), mapping.categoryColumn()),
                        Values.CATEGORY_MAX, mapping.categoryColumn());
        OffsetDateTime[] span = span(row, csv);

        double[] position = position(row, csv, toWgs84);
        String placeName = Values.cut(value(row, csv, mapping.placeNameColumn()), Values.PLACE_NAME_MAX);
        String municipality = Values.cut(value(row, csv, mapping.municipalityColumn()), Values.PLACE_NAME_MAX);
        if (position == null && placeName == null && municipality == null) {
            throw new Refusal(null, Reasons.NO_PLACE);
        }
        return new ParsedIncident(row.line(), id, category, span[0], span[1],
                position == null ? PlacePrecision.AREA : mapping.precision(),
                position == null ? null : position[0], position == null ? null : position[1], placeName, municipality,
                Values.cut(value(row, csv, mapping.descriptionColumn()), Values.DESCRIPTION_MAX), null);
    }

    /** A mapped column's value, cleaned; null where the column is not mapped or the cell is blank. */
    private static String value(CsvInput.Row row, CsvInput csv, String column) {
        return column == null ? null : Values.clean(row.values().get(csv.column(column)));
    }

    /** When: the start, and the end where only the day is known. */
    private OffsetDateTime[] span(CsvInput.Row row, CsvInput csv) throws Refusal {
        String column = mapping.dateColumn();
        String text = Values.required(value(row, csv, column), column);
        TemporalAccessor read;
        LocalDate date;
        try {
            read = dates.parse(text);
            date = read.query(TemporalQueries.localDate());
        } catch (DateTimeException e) {
            throw new Refusal(column, Reasons.BAD_DATE, text, mapping.datePattern());
        }
        if (date == null) {
            throw new Refusal(column, Reasons.BAD_DATE, text, mapping.datePattern());
        }
        LocalTime time = read.query(TemporalQueries.localTime());
        if (time == null && mapping.timeColumn() != null) {
            time = timeOfDay(value(row, csv, mapping.timeColumn()));
        }
        ZoneId written = read.query(TemporalQueries.zone());
        ZoneId where = written != null ? written : zone;
        try {
            if (time != null) {
                return new OffsetDateTime[] {
                        Values.plausible(date.atTime(time).atZone(where).toOffsetDateTime(), text,
                                mapping.datePattern(), column),
                        null};
            }
            return new OffsetDateTime[] {
                    Values.plausible(date.atStartOfDay(where).toOffsetDateTime(), text, mapping.datePattern(), column),
                    date.plusDays(1).atStartOfDay(where).toOffsetDateTime()};
        } catch (DateTimeException e) {
            throw new Refusal(column, Reasons.BAD_DATE, text, mapping.datePattern());
        }
    }

    private LocalTime timeOfDay(String text) throws Refusal {
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        try {
            if (m.matches()) {
                return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException outOfRange) {
            // 25:00 and the like fall through to the refusal below.
        }
        throw new Refusal(mapping.timeColumn(), Reasons.BAD_DATE, text, "18:50");
    }

    /** WGS84 latitude and longitude, or null where the mapping or the row has no position. */
    private double[] position(CsvInput.Row row, CsvInput csv, CoordinateTransform toWgs84) throws Refusal {
        if (!mapping.hasPosition()) {
            return null;
        }
        String northColumn = mapping.northColumn();
        String eastColumn = mapping.eastColumn();
        String north = value(row, csv, northColumn);
        String east = value(row, csv, eastColumn);
        if (north == null && east == null) {
            return null;
        }
        if (north == null || east == null) {
            throw new Refusal(north == null ? northColumn : eastColumn, Reasons.HALF_POSITION);
        }
        double n = Values.decimal(north, decimalComma, northColumn);
        double e = Values.decimal(east, decimalComma, eastColumn);
        if (mapping.coordinateSystem() == CsvMapping.CoordinateSystem.WGS84) {
            return new double[] {Values.latitude(n, north, northColumn), Values.longitude(e, east, eastColumn)};
        }
        if (n < MIN_NORTH || n > MAX_NORTH || e < MIN_EAST || e > MAX_EAST) {
            throw new Refusal(n < MIN_NORTH || n > MAX_NORTH ? northColumn : eastColumn, Reasons.OUTSIDE_SWEDEN,
                    north, east);
        }
        ProjCoordinate wgs84 = toWgs84.transform(new ProjCoordinate(e, n), new ProjCoordinate());
        return new double[] {wgs84.y, wgs84.x};
    }
}
