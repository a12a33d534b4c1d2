package se.lofte.publishing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lofte.publishing.archive.DocumentBlock;

/**
 * The documentation a municipality keeps under lag (2023:196) om kommuners ansvar för brottsförebyggande arbete,
 * assembled from a promise, the lägesbild of its first year, its measures and its follow-up: {@code blocks} in
 * reading order, rendered alike as PDF and as an ODF text document. {@code fileName} has no extension.
 */
public record CrimePreventionDocument(String title, String fileName, List<DocumentBlock> blocks) {

    public CrimePreventionDocument {
        blocks = List.copyOf(blocks);
    }

    /** The PDF's outline: every heading of the first two levels, by its id. */
    Map<String, String> bookmarks() {
        Map<String, String> marks = new LinkedHashMap<>();
        for (DocumentBlock block : blocks) {
            if (block instanceof DocumentBlock.Heading h && h.level() <= 2) {
                marks.put(h.id(), h.text());
            }
        }
        return marks;
    }
}
