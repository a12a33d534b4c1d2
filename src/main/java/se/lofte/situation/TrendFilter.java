package se.lofte.situation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * What the trends page counts: optionally one category, one source and one place, bucketed by
 * {@code granularity} over the days {@code from} to {@code to} (both included). The same filter is what a
 * pin in a lägesbild stores, as JSON, so the pin shows the same numbers, live.
 */
public record TrendFilter(String category, String source, PlaceChoice place, Granularity granularity,
                          LocalDate from, LocalDate to) {

    /** More buckets than this make a chart nobody can read and a table nobody scrolls. */
    public static final int MAX_BUCKETS = 260;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TrendFilter {
        category = Typed.orNull(category);
        source = Typed.orNull(source);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /** A filter read from form fields, or the problems with them, each tied to its field. */
    public record Parsed(TrendFilter filter, List<Problem> problems) {
    }

    /**
     * Reads the trends form. A blank end means {@code blankEnd} (the trends page passes the last day the data
     * covers); a blank start means the twelve months or weeks, or the five years, up to the end. An unknown
     * granularity means months.
     */
    public static Parsed parse(String category, String source, String place, String granularity, String from,
                               String to, LocalDate blankEnd) {
        List<Problem> problems = new ArrayList<>();
        Granularity g = Granularity.byWord(granularity == null ? "" : granularity).orElse(Granularity.MONTH);
        PlaceChoice chosen = null;
        if (place != null && !place.isBlank()) {
            chosen = PlaceChoice.parse(place).orElse(null);
            if (chosen == null) {
                problems.add(Problem.of("place", "trends.error.place"));
            }
        }
        LocalDate end = date(to, "to", problems);
        if (end == null) {
            end = blankEnd;
        }
        LocalDate start = date(from, "from", problems);
        if (start == null) {
            start = switch (g) {
                case WEEK -> g.start(end).minusWeeks(11);
                case MONTH -> g.start(end).minusMonths(11);
                case YEAR -> g.start(end).minusYears(4);
            };
        }
        if (start.isAfter(end)) {
            problems.add(Problem.of("from", "trends.error.fromAfterTo"));
            start = end;
        }
        long buckets = buckets(g, start, end);
        if (buckets > MAX_BUCKETS) {
            problems.add(Problem.of("from", "trends.error.tooManyBuckets", Long.toString(buckets),
                    Integer.toString(MAX_BUCKETS)));
        }
        return new Parsed(new TrendFilter(category, source, chosen, g, start, end), problems);
    }

    /**
     * A day typed into {@code field} (ISO, from 1900 to 2200), or null with the problem added; none typed is null
     * without a problem. The trend filter and the effect page read their days by this one rule.
     */
    static LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                problems.add(Problem.of(field, "trends.error.dateRange", text.strip()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "trends.error.date", text.strip()));
            return null;
        }
    }

    static long buckets(Granularity g, LocalDate from, LocalDate to) {
        LocalDate first = g.start(from);
        return switch (g) {
            case WEEK -> ChronoUnit.WEEKS.between(first, g.start(to)) + 1;
            case MONTH -> ChronoUnit.MONTHS.between(first, g.start(to)) + 1;
            case YEAR -> ChronoUnit.YEARS.between(first, g.start(to)) + 1;
        };
    }

    /** The number of days from {@code from} to {@code to}, both included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The form fields of this filter, in the form's order; absent parts are left out. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        if (category != null) {
            map.put("category", category);
        }
        if (source != null) {
            map.put("source", source);
        }
        if (place != null) {
            map.put("place", place.token());
        }
        map.put("granularity", granularity.word());
        map.put("from", from.toString());
        map.put("to", to.toString());
        return map;
    }

    public String toJson() {
        return JSON.writeValueAsString(parameters());
    }

    /** The filter a pin stored; problems when the stored JSON is not a filter (it never should be). */
    public static Parsed fromJson(String json, LocalDate today) {
        try {
            Map<String, String> p = new LinkedHashMap<>();
            JSON.readTree(json).properties().forEach(e -> p.put(e.getKey(), e.getValue().asString()));
            return parse(p.get("category"), p.get("source"), p.get("place"), p.get("granularity"), p.get("from"),
                    p.get("to"), today);
        } catch (JacksonException | IllegalArgumentException e) {
            return new Parsed(null, List.of(Problem.of("query", "trends.error.storedFilter")));
        }
    }
}
