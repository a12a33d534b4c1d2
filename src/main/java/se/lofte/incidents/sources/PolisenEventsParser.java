package se.lofte.incidents.sources;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import se.lofte.places.PlacePrecision;
import se.lofte.shared.Dates;

/**
 * The Swedish police's public events API ({@code polisen.se/api/events}): a JSON array of
 * {@code {id, datetime, name, summary, url, type, location: {name, gps}}}.
 *
 * <p><b>Event time.</b> {@code name} begins with the local date and time of the event ("06 juni 18.50, …"),
 * {@code datetime} is when the police published or last updated the notice: in the sample it is later by
 * minutes to days (an event of 4 June 23.32 published 5 June 6.39). So the time in {@code name} is the event
 * time, read in Europe/Stockholm; it has no year, which is taken from {@code datetime}, one less where that
 * would put the event more than half a year after publication (a 31 December event published on 1 January).
 * Where {@code name} has no readable time, {@code datetime} is used. {@code datetime} must be readable
 * either way ({@code 2025-06-07 7:32:06 +02:00}, hour not zero-padded), since it gives the year.
 *
 * <p><b>Place.</b> {@code location.gps} is the centre of the municipality or county, never of the event:
 * precision is always {@link PlacePrecision#AREA}; the position is kept as the area's. The municipality is
 * {@code location.name}; where that is a county ("Skåne län") it is the last comma part of {@code name}
 * ("22 augusti 17.59, Brand, Kävlinge"), and none where that part is the county again (the county
 * summaries) or the end of the type (a name with no place after "Trafikolycka, personskada"); the importer
 * places the event in that municipality where it is one of the municipalities, else in the county. The place
 * name is {@code location.name}, the area the position belongs to. A {@code gps} that is not two plain numbers
 * in range and in Sweden refuses the row; an absent one leaves the event without a position.
 *
 * <p><b>Category</b> is {@code type} as given; it may hold a comma ("Trafikolycka, personskada"), so it is
 * never cut out of {@code name}. Summaries of many incidents ("Sammanfattning natt", "Sammanfattning kväll
 * och natt") are kept with their category, which starts with {@value #SUMMARY_PREFIX}: see
 * {@link Parsers#isPolisenSummary(String)}. The {@code summary} becomes the description and {@code url}
 * (relative to {@value #SITE}) the absolute link; an unusable link is dropped, not the row.
 */
final class PolisenEventsParser implements IncidentParser {

    static final String SITE = "https://polisen.se";
    static final String SUMMARY_PREFIX = "Sammanfattning";
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("uuuu-MM-dd H:mm:ss xxx")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String PUBLISHED_FORM = "2025-06-07 7:32:06 +02:00";
    private static final Pattern NAME_TIME = Pattern.compile("^(\\d{1,2}) (\\p{L}+) (\\d{1,2})[.:](\\d{2})(?:\\D|$)");
    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final String COUNTY_SUFFIX = " län";
    private static final String GPS = "location.gps";

    @Override
    public void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile {
        JsonInput json = new JsonInput(in);
        json.expectStart(JsonToken.START_ARRAY, Reasons.FILE_NOT_ARRAY);
        json.items(PolisenEventsParser::event, rows);
        json.expectEnd();
    }

    private static ParsedIncident event(long index, JsonNode item) throws Refusal {
        if (!item.isObject()) {
            throw new Refusal(null, Reasons.NOT_AN_OBJECT);
        }
        String id = Values.fitting(Values.required(text(item, "id"), "id"), Values.SOURCE_ID_MAX, "id");
        String category = Values.fitting(Values.required(text(item, "type"), "type"), Values.CATEGORY_MAX, "type");
        String name = Values.clean(text(item, "name"));
        OffsetDateTime published = published(Values.required(text(item, "datetime"), "datetime"));
        OffsetDateTime startsAt = Values.plausible(eventTime(name, published), name, PUBLISHED_FORM, "name");

        JsonNode location = item.path("location");
        String locationName = Values.clean(location.isObject() ? text(location, "name") : null);
        double[] position = location.isObject() ? position(Values.clean(text(location, "gps"))) : null;

        return new ParsedIncident(index, id, category, startsAt, null, PlacePrecision.AREA,
                position == null ? null : position[0], position == null ? null : position[1],
                Values.cut(locationName, Values.PLACE_NAME_MAX),
                Values.cut(municipality(locationName, name, category), Values.PLACE_NAME_MAX),
                Values.cut(Values.clean(text(item, "summary")), Values.DESCRIPTION_MAX),
                url(Values.clean(text(item, "url"))));
    }

    /** A scalar as text; an object or array where text belongs refuses the row. */
    private static String text(JsonNode parent, String property) throws Refusal {
        JsonNode node = parent.get(property);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isContainer()) {
            throw new Refusal(property, Reasons.NOT_TEXT);
        }
        return node.asString();
    }

    private static OffsetDateTime published(String value) throws Refusal {
        try {
            return Values.plausible(OffsetDateTime.parse(value, PUBLISHED), value, PUBLISHED_FORM, "datetime");
        } catch (DateTimeParseException e) {
            throw new Refusal("datetime", Reasons.BAD_DATE, value, PUBLISHED_FORM);
        }
    }

    /** The event time from the start of {@code name}, else the publication time; see the class comment. */
    static OffsetDateTime eventTime(String name, OffsetDateTime published) {
        if (name == null) {
            return published;
        }
        Matcher m = NAME_TIME.matcher(name);
        if (!m.find()) {
            return published;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) + 1;
        if (month == 0) {
            return published;
        }
        try {
            int year = published.getYear();
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            if (local.isAfter(published.atZoneSameInstant(Dates.SWEDEN).toLocalDateTime().plusMonths(6))) {
                local = LocalDateTime.of(year - 1, month, Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            }
            return local.atZone(Dates.SWEDEN).toOffsetDateTime();
        } catch (DateTimeException e) {
            // 30 februari, 25.61 and the like: the notice's own time is all there is.
            return published;
        }
    }

    /**
     * The municipality: {@code location.name}, or where that is a county the last comma part of {@code name},
     * unless that part is the county again or ends the type ("Trafikolycka, personskada" with no place after
     * it). Whether the part names one of the municipalities is for the importer to say; it places the event in
     * the county only otherwise.
     */
    private static String municipality(String locationName, String name, String category) {
        if (locationName == null || !locationName.endsWith(COUNTY_SUFFIX)) {
            return locationName;
        }
        if (name == null || name.indexOf(',') < 0 || name.endsWith(", " + category)) {
            return null;
        }
        String last = Values.clean(name.substring(name.lastIndexOf(',') + 1));
        return last == null || last.endsWith(COUNTY_SUFFIX) ? null : last;
    }

    /**
     * "lat,lon" of the area's centre, or null where there is none. A value that is not two plain numbers, or
     * not a place in Sweden, refuses the row: it is the only position the event has.
     */
    private static double[] position(String gps) throws Refusal {
        if (gps == null) {
            return null;
        }
        String[] parts = gps.split(",", -1);
        if (parts.length != 2) {
            throw new Refusal(GPS, Reasons.BAD_COORDINATE, gps);
        }
        String latText = parts[0].strip();
        String lonText = parts[1].strip();
        double lat = Values.latitude(Values.decimal(latText, false, GPS), latText, GPS);
        double lon = Values.longitude(Values.decimal(lonText, false, GPS), lonText, GPS);
        NationalExtent.SWEDEN.check(lat, lon, GPS, GPS);
        return new double[] {lat, lon};
    }

    private static String url(String path) {
        if (path == null) {
            return null;
        }
        try {
            URI resolved = URI.create(SITE + "/").resolve(path);
            String scheme = resolved.getScheme();
            String absolute = resolved.toString();
            boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
            return web && resolved.getHost() != null && absolute.length() <= Values.URL_MAX ? absolute : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
