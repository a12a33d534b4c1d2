package se.lofte.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Text as a person typed it into a form field, or an operator into a setting: a field that was not sent reads as
 * empty, and the white space around the text is no part of it. One rule, so that every form reads its fields alike,
 * numbers too: a form that cannot read a number says so at its field, and none of them catches the exceptions of
 * Java's own parsers, which also read "1e3", "NaN" and "Infinity".
 */
public final class Typed {

    /** Up to 18 digits always fit a long. */
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,18}");

    private Typed() {
    }

    /** The typed text without the white space around it; empty when nothing was sent. */
    public static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** The typed text without the white space around it, for an optional field: null when none was typed. */
    public static String orNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** A whole number as typed, such as an id a form offered or a year; null when nothing or anything else was. */
    public static Long wholeNumber(String typed) {
        String text = text(typed);
        return WHOLE.matcher(text).matches() ? Long.valueOf(text) : null;
    }

    /** {@link #wholeNumber} for a field whose number fits an int (a count, a page, a year); null when it does not. */
    public static Integer integer(String typed) {
        Long value = wholeNumber(typed);
        return value == null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? null : value.intValue();
    }

    /**
     * A decimal number as typed, with a decimal comma or point ("59,03" or "59.03", as {@link Numbers#parse} reads
     * it); null when nothing or something else was typed.
     */
    public static Double decimal(String typed) {
        BigDecimal value = Numbers.parse(typed);
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        return Double.isFinite(number) ? number : null;
    }
}
