package se.lofte.shared;

/**
 * Text as a person typed it into a form field, or an operator into a setting: a field that was not sent reads as
 * empty, and the white space around the text is no part of it. One rule, so that every form reads its fields alike.
 */
public final class Typed {

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
}
