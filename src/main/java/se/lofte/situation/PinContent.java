package se.lofte.situation;

import java.util.List;

/**
 * A pin of a kind another module owns ({@link PinRenderer}), as that module renders it for a page: a table in the
 * page's language, already fit for the page (small counts suppressed), or the reason it is not shown now. The
 * lägesbild pages draw it without knowing the module.
 */
public sealed interface PinContent {

    /**
     * A table with its caption, its column headings (the first heads the row headings), its rows, notes read under
     * it (how small counts are shown, where the numbers come from) and a link to the whole source ({@code link} and
     * {@code linkText}; null when there is none).
     */
    record Table(String caption, List<String> columns, List<Row> rows, List<String> notes, String link,
                 String linkText) implements PinContent {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /** One row: its heading and one cell per column after the first. */
    record Row(String heading, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Why nothing is shown now (the results are not published, the source is gone). */
    record Withheld(String message) implements PinContent {
    }
}
