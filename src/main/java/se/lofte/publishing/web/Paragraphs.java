package se.lofte.publishing.web;

import java.util.Arrays;
import java.util.List;

/** Plain text typed by staff, shown as paragraphs: a blank line starts a new one. */
public final class Paragraphs {

    private Paragraphs() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .toList();
    }
}
