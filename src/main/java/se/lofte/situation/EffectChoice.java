package se.lofte.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * What "did it work" is asked about: a focus place (the target), the measure's period (the "after"; the
 * "before" is as many days just before it), a buffer around the place in metres, a control area (another
 * focus place or an area) and optionally one category. As form fields it is a plain query, so the page's
 * address holds the choice and can be bookmarked or sent on.
 */
public record EffectChoice(PlaceChoice target, PlaceChoice control, Period after, int bufferMetres,
                           String category) {

    /** The buffer when none is typed: about a block around the place, the scale displacement studies use. */
    public static final int DEFAULT_BUFFER_METRES = 200;

    /** The widest buffer the page accepts, as {@code incidents.BufferArea} does. */
    public static final int MAX_BUFFER_METRES = 5000;

    /** Three years, a promise's longest period: a measure lasts no longer. */
    public static final int MAX_DAYS = 366 * 3;

    public EffectChoice {
        category = category == null || category.isBlank() ? null : category.strip();
    }

    /** The days just before the measure, as many as it lasted. */
    public Period before() {
        return new Period(after.from().minusDays(after.days()), after.from().minusDays(1));
    }

    /** A choice read from form fields, or the problems with them, each tied to its field. */
    public record Parsed(EffectChoice choice, List<Problem> problems) {
    }

    /** Reads the form; {@code choice} is null when anything is wrong. */
    public static Parsed parse(String place, String control, String from, String to, String buffer,
                               String category) {
        List<Problem> problems = new ArrayList<>();
        PlaceChoice target = place(place, "place", problems, true);
        PlaceChoice controlPlace = place(control, "control", problems, false);
        if (target != null && target.equals(controlPlace)) {
            problems.add(Problem.of("control", "effect.error.controlIsTarget"));
        }
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (start != null && end != null && start.isAfter(end)) {
            problems.add(Problem.of("from", "effect.error.fromAfterTo"));
        } else if (start != null && end != null && new Period(start, end).days() > MAX_DAYS) {
            problems.add(Problem.of("from", "effect.error.tooLong", Integer.toString(MAX_DAYS)));
        }
        int metres = buffer(buffer, problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        return new Parsed(new EffectChoice(target, controlPlace, new Period(start, end), metres, category), List.of());
    }

    private static PlaceChoice place(String token, String field, List<Problem> problems, boolean focusOnly) {
        if (token == null || token.isBlank()) {
            problems.add(Problem.of(field, "effect.error." + field + ".missing"));
            return null;
        }
        PlaceChoice choice = PlaceChoice.parse(token.strip()).orElse(null);
        boolean allowed = choice != null && (choice.kind() == PlaceKind.FOCUS_PLACE
                || !focusOnly && choice.kind() == PlaceKind.AREA);
        if (!allowed) {
            problems.add(Problem.of(field, "effect.error." + field + ".unknown"));
            return null;
        }
        return choice;
    }

    private static LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.of(field, "effect.error.date.missing"));
            return null;
        }
        return TrendFilter.date(text, field, problems);
    }

    private static int buffer(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return DEFAULT_BUFFER_METRES;
        }
        Integer metres = Typed.integer(text);
        if (metres != null && metres >= 1 && metres <= MAX_BUFFER_METRES) {
            return metres;
        }
        problems.add(Problem.of("buffer", "effect.error.buffer", text.strip(), Integer.toString(MAX_BUFFER_METRES)));
        return DEFAULT_BUFFER_METRES;
    }

    /** The form fields of this choice, in the form's order: the page's address. */
    public Map<String, String> parameters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("place", target.token());
        map.put("from", after.from().toString());
        map.put("to", after.to().toString());
        map.put("buffer", Integer.toString(bufferMetres));
        map.put("control", control.token());
        if (category != null) {
            map.put("category", category);
        }
        return map;
    }
}
