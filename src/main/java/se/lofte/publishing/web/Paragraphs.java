package se.lofte.publishing.web;

import java.util.List;
import java.util.regex.Pattern;

/** Plain text typed by staff, shown as paragraphs: a blank line starts a new one. */
public final class Paragraphs {

    /** Compiled once: a page shows a few dozen texts, and compiling these per text was a tenth of its render. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return BLANK_LINE.splitAsStream(text.strip()).map(p -> LINE_BREAK.matcher(p.strip()).replaceAll(" ")).toList();
    }
}
