package se.lofte.incidents.sources;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import se.lofte.places.PlacePrecision;

/**
 * The property every fuzz test holds a parser to: whatever the bytes, parsing either ends normally, having
 * handed on {@code expectedRows} rows (as counted without the parser, where the caller can), each one
 * well-formed, in file order; or it throws {@link UnreadableFile}. Anything else, and any other
 * exception, is a finding.
 */
final class EveryRowAccountedFor {

    private EveryRowAccountedFor() {
    }

    /**
     * The whole property, as each parser's fuzz test holds it: parses {@code data} and, unless the file was
     * unreadable, expects as many rows as {@code rowsIn} counts in the same bytes without the parser
     * ({@link CsvRecordCount}, {@link JsonRecordCount}). The count is only taken of files the parser read.
     */
    static void hold(IncidentParser parser, byte[] data, ToLongFunction<byte[]> rowsIn) {
        List<ParsedRow> rows = parse(parser, data);
        if (rows != null) {
            expectCount(rows, rowsIn.applyAsLong(data));
        }
    }

    /** Parses {@code data}; returns the rows, or null where the file was unreadable. */
    private static List<ParsedRow> parse(IncidentParser parser, byte[] data) {
        List<ParsedRow> rows = new ArrayList<>();
        try {
            parser.parse(new ByteArrayInputStream(data), rows::add);
        } catch (UnreadableFile unreadable) {
            check(Reasons.ALL.contains(unreadable.reason()) && unreadable.reason().startsWith("import.reason.file."),
                    "unknown file reason " + unreadable.reason());
            return null;
        }
        long previous = 0;
        for (ParsedRow row : rows) {
            check(row.line() > previous, "lines out of order: " + previous + " then " + row.line());
            previous = row.line();
            switch (row) {
                case ParsedIncident incident -> wellFormed(incident);
                case RejectedRow rejected -> {
                    check(Reasons.ALL.contains(rejected.reason()) && !rejected.reason().startsWith("import.reason.file."),
                            "unknown row reason " + rejected.reason());
                    check(rejected.raw() == null || rejected.raw().length() <= 2000, "raw too long");
                }
            }
        }
        return rows;
    }

    private static void expectCount(List<ParsedRow> rows, long expected) {
        check(rows.size() == expected, "handed on " + rows.size() + " rows for " + expected + " in the file");
    }

    private static void wellFormed(ParsedIncident i) {
        check(i.category() != null && !i.category().isBlank() && i.category().length() <= Values.CATEGORY_MAX,
                "category " + i.category());
        check(i.sourceId() == null || (!i.sourceId().isBlank() && i.sourceId().length() <= Values.SOURCE_ID_MAX),
                "source id " + i.sourceId());
        check(i.startsAt() != null && i.startsAt().getYear() >= 1900 && i.startsAt().getYear() <= 2100,
                "starts at " + i.startsAt());
        check(i.endsAt() == null || !i.endsAt().isBefore(i.startsAt()), "ends before it starts");
        check(i.precision() != null, "no precision");
        check((i.latitude() == null) == (i.longitude() == null), "half a position");
        if (i.latitude() != null) {
            check(i.latitude() >= -90 && i.latitude() <= 90 && i.longitude() >= -180 && i.longitude() <= 180,
                    "position " + i.latitude() + "," + i.longitude());
        } else {
            check(i.precision() == PlacePrecision.AREA, "a point or segment without a position");
        }
        check(i.placeName() == null || i.placeName().length() <= Values.PLACE_NAME_MAX, "place name too long");
        check(i.municipalityName() == null || i.municipalityName().length() <= Values.PLACE_NAME_MAX,
                "municipality too long");
        check(i.description() == null || i.description().length() <= Values.DESCRIPTION_MAX, "description too long");
        check(i.url() == null || (i.url().length() <= Values.URL_MAX && i.url().startsWith("http")), "url " + i.url());
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
