package se.lofte.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Problems of a submitted form, resolved to text in the page's language and keyed by field path, so a
 * template can show each message next to its field and an error summary linking to the fields.
 */
public final class FieldErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final Map<String, String> places = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public static FieldErrors of(List<Problem> problems, Ui ui) {
        FieldErrors errors = new FieldErrors();
        for (Problem p : problems) {
            errors.byField.computeIfAbsent(p.field(), f -> new ArrayList<>())
                    .add(ui.t(p.code(), p.args().toArray()));
        }
        return errors;
    }

    /**
     * The same, where a long form has many rows of the same fields: {@code place} names the row a field is in
     * ("Mål 2"), or null, so that the error summary says which row each message is about.
     */
    public static FieldErrors of(List<Problem> problems, Ui ui, Function<String, String> place) {
        FieldErrors errors = of(problems, ui);
        for (String field : errors.byField.keySet()) {
            String name = place.apply(field);
            if (name != null) {
                errors.places.put(field, name);
            }
        }
        return errors;
    }

    /** A message as the error summary lists it: with the row it is about, when the form names one. */
    public String summary(String field, String message) {
        String place = places.get(field);
        return place == null ? message : place + ": " + message;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String message(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()));
    }

    public Map<String, List<String>> all() {
        return byField;
    }

    /** The HTML id of a field's input: {@code goals[1].target} becomes {@code goals-1-target}. */
    public static String id(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }
}
