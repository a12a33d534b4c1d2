package se.lofte.measures;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unit the outputs of measures are written in, and how many measures have an output in it: what a goal that
 * sums outputs can count.
 *
 * <p>Units are compared whatever their case and spacing: "Patrulleringar ", "patrulleringar" and
 * "patrulleringar" with two spaces inside are one unit. People type a unit anew in every measure, and neither
 * case nor spaces change what is counted, while a page shows them alike. Nothing looser: "patrullering" and
 * "fotpatrulleringar" may well count different things, and a guess would count, without a word, what nobody
 * chose. The goal's form lists the units in use with their counts instead, and warns of a unit no measure has.
 */
public record OutputUnit(String unit, int measures) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

    /** Whether {@code written} is this unit as {@link OutputUnit} compares units. */
    public boolean matches(String written) {
        return key(unit).equals(key(written));
    }

    /** What two ways of writing one unit have in common. */
    static String key(String written) {
        return written == null ? "" : SPACES.matcher(written.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
