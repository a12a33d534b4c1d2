package se.lofte.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --name value} options of one analysis, checked against the names it knows; every mistake is a
 * {@link BadInput} naming the option.
 */
final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();

    CommandOptions(String analysis, List<String> args, List<String> known) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!known.contains(name)) {
                throw new BadInput("%s: unknown option for analyse %s; the options are %s.".formatted(name, analysis,
                        String.join(" ", known)));
            }
            if (i + 1 == args.size() || args.get(i + 1).startsWith("--")) {
                throw new BadInput(name + ": a value is missing.");
            }
            if (values.put(name, args.get(++i)) != null) {
                throw new BadInput(name + ": given twice.");
            }
        }
    }

    /** The value of {@code name}, or null when it was not given. */
    String text(String name) {
        return values.get(name);
    }

    String required(String name, String what) {
        String value = values.get(name);
        if (value == null) {
            throw new BadInput("%s: missing; give %s.".formatted(name, what));
        }
        return value;
    }
}
