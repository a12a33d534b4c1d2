package se.lofte.publishing.archive;

import java.util.List;

/**
 * A part of a plain document that is written both as a PDF (through HTML) and as an ODF text document: headings
 * with their outline level, paragraphs, bulleted lists and tables. Text is plain; each writer escapes it.
 */
public sealed interface DocumentBlock {

    /** A heading of outline level 1 to 3; {@code id} is its anchor in HTML and its bookmark in the PDF. */
    record Heading(int level, String id, String text) implements DocumentBlock {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("A heading's level is 1, 2 or 3, not " + level);
            }
        }
    }

    /** A paragraph; a line break in the text stays a line break. */
    record Paragraph(String text) implements DocumentBlock {
        public Paragraph {
            text = text == null ? "" : text;
        }

        public List<String> lines() {
            return List.of(text.split("\\R", -1));
        }
    }

    /** A bulleted list. */
    record Items(List<String> items) implements DocumentBlock {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; {@code caption} names it. */
    record Table(String caption, List<String> head, List<List<String>> rows) implements DocumentBlock {
        public Table {
            head = List.copyOf(head);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
