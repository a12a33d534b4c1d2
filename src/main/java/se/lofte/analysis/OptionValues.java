package se.lofte.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of one analysis, {@code --name value} or {@code --flag}, checked against the names the analysis
 * knows. Every mistake is a {@link BadInput} naming the option.
 */
final class OptionValues {

    private final Map<String, String> values = new HashMap<>();

    /** Reads {@code args} of {@code analyse <analysis>}; {@code valued} take a value, {@code flags} do not. */
    OptionValues(String analysis, List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            boolean flag = flags.contains(name);
            if (!flag && !valued.contains(name)) {
                var known = new TreeSet<>(valued);
                known.addAll(flags);
                throw new BadInput("%s: unknown option for analyse %s; the options are %s.".formatted(name, analysis,
                        String.join(" ", known)));
            }
            if (!flag && (i + 1 == args.size() || args.get(i + 1).startsWith("--"))) {
                throw new BadInput(name + ": a value is missing.");
            }
            if (values.put(name, flag ? "" : args.get(++i)) != null) {
                throw new BadInput(name + ": given twice.");
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of {@code name}, or null when it was not given. */
    String text(String name) {
        return values.get(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new BadInput(name + ": missing; it is required.");
        }
        return value;
    }

    /** The value of {@code name}; when it was not given the message asks to give {@code what}. */
    String required(String name, String what) {
        String value = values.get(name);
        if (value == null) {
            throw new BadInput("%s: missing; give %s.".formatted(name, what));
        }
        return value;
    }

    /** A number greater than 0 that must be given. */
    double positive(String name) {
        required(name);
        return positive(name, Double.NaN);
    }

    /** The coordinate system named by {@code --crs}, SWEREF 99 TM when it is not given. */
    Crs crs() {
        return has("--crs") ? Crs.named(text("--crs")) : Crs.SWEREF99_TM;
    }

    /** A number greater than 0, or {@code otherwise} when the option was not given. */
    double positive(String name, double otherwise) {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        double value = number(name, text);
        if (!(value > 0)) {
            throw new BadInput("%s: '%s' must be greater than 0.".formatted(name, text));
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}, or {@code otherwise} when the option was not given. */
    long whole(String name, long min, long max, long otherwise) {
        String text = values.get(name);
        if (text == null) {
            return otherwise;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadInput("%s: '%s' is not a whole number.".formatted(name, text));
        }
        if (value < min || value > max) {
            throw new BadInput("%s: '%s' must be from %d to %d.".formatted(name, text, min, max));
        }
        return value;
    }

    static double number(String name, String text) {
        double value = PointsCsv.plainNumber(text.strip());
        if (Double.isNaN(value)) {
            throw new BadInput("%s: '%s' is not a number.".formatted(name, text));
        }
        return value;
    }
}
