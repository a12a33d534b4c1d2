package se.lofte.situation.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;
import se.lofte.situation.SituationMap;

/**
 * The map page's state as query parameters, all optional, so that any view of the map is a plain GET
 * address (a lägesbild pin stores it): the filter ({@code category}, {@code source}, {@code from} and
 * {@code to} as days, or a {@code period} counted back from today), the map view ({@code view=lat,lon,zoom}),
 * whether the heat layer is on ({@code heat=1}) and the table's {@code page}. Kept as text so the form
 * shows what was typed even when it cannot be read.
 */
public record MapForm(String category, String source, String from, String to, String period, String view,
                      String heat, String page) {

    /** Time windows offered as links; counted back from today so that a stored view stays current. */
    enum Period {
        LAST7("last7"), LAST28("last28"), YEAR("year");

        final String word;

        Period(String word) {
            this.word = word;
        }

        LocalDate from(LocalDate today) {
            return switch (this) {
                case LAST7 -> today.minusDays(6);
                case LAST28 -> today.minusDays(27);
                case YEAR -> today.withDayOfYear(1);
            };
        }

        LocalDate to(LocalDate today) {
            return this == YEAR ? today.withDayOfYear(today.lengthOfYear()) : today;
        }

        static Period byWord(String word) {
            for (Period p : values()) {
                if (p.word.equals(word)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The parameters of a map view, as a pin stores them. */
    private static final Set<String> PARAMETERS = Set.of("category", "source", "from", "to", "period", "view", "heat");
    /** Parameters of the map page that a pinned view leaves out: the table's page and the language. */
    private static final Set<String> IGNORED_IN_PINS = Set.of("page", "lang");

    private static final Pattern VIEW = Pattern.compile("-?\\d{1,2}(\\.\\d{1,8})?,-?\\d{1,3}(\\.\\d{1,8})?,\\d{1,2}");

    public MapForm {
        category = Typed.text(category);
        source = Typed.text(source);
        from = Typed.text(from);
        to = Typed.text(to);
        period = Typed.text(period);
        view = validView(Typed.text(view));
        heat = "1".equals(Typed.text(heat)) ? "1" : "";
        page = Typed.text(page);
    }

    /** The same state with a known period's days written into {@code from} and {@code to}, for the form to show. */
    MapForm withPeriodDays(LocalDate today, List<Problem> problems) {
        if (period.isEmpty()) {
            return this;
        }
        Period known = Period.byWord(period);
        if (known == null) {
            problems.add(Problem.of("from", "map.problem.period", period));
            return new MapForm(category, source, from, to, "", view, heat, page);
        }
        return new MapForm(category, source, known.from(today).toString(), known.to(today).toString(), period, view,
                heat, page);
    }

    /** The filter, with the problems of fields that cannot be read (those fields then filter nothing). */
    SituationMap.Filter filter(List<Problem> problems) {
        return filter(category, source, from, to, problems);
    }

    /**
     * The incident filter as the map's fields type it, for every page that filters the lägesbild's incidents alike
     * (the map and the hotspots): days that cannot be read, and a last day before the first, are problems at their
     * fields and then filter nothing.
     */
    static SituationMap.Filter filter(String category, String source, String from, String to,
                                      List<Problem> problems) {
        LocalDate fromDate = Dates.field("from", from, problems);
        LocalDate toDate = Dates.field("to", to, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(Problem.of("to", "map.problem.toBeforeFrom"));
            toDate = null;
        }
        return new SituationMap.Filter(category, source, fromDate, toDate);
    }

    int pageNumber() {
        Integer typed = Typed.integer(page);
        return typed == null ? 1 : Math.max(1, typed);
    }

    /**
     * Whether the address names a page of the incident list: its paging links do (page 1 included), so the list
     * they lead to opens where the reader was, while the map alone opens with the tables closed.
     */
    public boolean paging() {
        return !page.isEmpty();
    }

    public boolean heatOn() {
        return !heat.isEmpty();
    }

    /**
     * The address of the page (or its data) in this state, with the incident list's page when one is given; a
     * period is kept as a period, not as its days.
     */
    String url(String path, Integer pageNumber, boolean withView) {
        Map<String, String> parameters = parameters(withView);
        if (pageNumber != null) {
            parameters.put("page", Integer.toString(pageNumber));
        }
        return url(path, parameters);
    }

    /** {@code path} with the parameters; none leaves it bare. */
    static String url(String path, Map<String, String> parameters) {
        var url = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        // Encoded as a form would send it, so that a '+' in a category survives the way back.
        parameters.forEach((name, value) -> url.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return url.toString();
    }

    /** The parameters that reproduce this state (without the table's page), absent ones left out. */
    Map<String, String> parameters(boolean withView) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "category", category);
        put(parameters, "source", source);
        if (Period.byWord(period) != null) {
            put(parameters, "period", period);
        } else {
            put(parameters, "from", from);
            put(parameters, "to", to);
        }
        if (withView) {
            put(parameters, "view", view);
            put(parameters, "heat", heat);
        }
        return parameters;
    }

    /** The state a pin stored as {@link #parameters}. */
    static MapForm of(Map<String, String> parameters) {
        return new MapForm(parameters.get("category"), parameters.get("source"), parameters.get("from"),
                parameters.get("to"), parameters.get("period"), parameters.get("view"), parameters.get("heat"), "");
    }

    /**
     * Reads the map page's query string as the pin form posts it ({@code a=b&c=d}, form-encoded). The
     * table's page and the language are left out; an unknown or repeated parameter, text that cannot be
     * decoded and a view that is not {@code lat,lon,zoom} are problems of {@code field}.
     */
    static MapForm ofQuery(String query, String field, List<Problem> problems) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : (query == null ? "" : query.strip().replaceFirst("^\\?", "")).split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? part : part.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(part.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(field, "map.pin.error.encoding", part));
                continue;
            }
            if (IGNORED_IN_PINS.contains(name)) {
                continue;
            }
            if (!PARAMETERS.contains(name)) {
                problems.add(Problem.of(field, "map.pin.error.parameter", name));
            } else if (parameters.putIfAbsent(name, value) != null) {
                problems.add(Problem.of(field, "map.pin.error.repeated", name));
            }
        }
        MapForm form = of(parameters);
        if (!parameters.getOrDefault("view", "").isBlank() && form.view().isEmpty()) {
            problems.add(Problem.of(field, "map.pin.error.view", parameters.get("view")));
        }
        return form;
    }

    /** This state with another time window, for the preset links. */
    MapForm withPeriod(String word) {
        return new MapForm(category, source, "", "", word, view, heat, "");
    }

    private static String validView(String text) {
        if (!VIEW.matcher(text).matches()) {
            return "";
        }
        String[] parts = text.split(",");
        double lat = Double.parseDouble(parts[0]);
        double lon = Double.parseDouble(parts[1]);
        int zoom = Integer.parseInt(parts[2]);
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom <= 19 ? text.toLowerCase(Locale.ROOT) : "";
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.put(name, value);
        }
    }
}
