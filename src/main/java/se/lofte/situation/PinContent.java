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
     * {@code linkText}; null when there is none); with a drawing of one column beside it, or none (null).
     */
    record Table(String caption, List<String> columns, List<Row> rows, List<String> notes, String link,
                 String linkText, Drawing drawing) implements PinContent {

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

    /** Shares drawn as bars ({@link ShareChart}): the image's title, its description in words, and the bars. */
    record Drawing(String title, String description, List<Bar> bars) {

        public Drawing {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its label, its share and interval (0–1; all null when the cell is not shown) and its value in words. */
    record Bar(String label, Double share, Double low, Double high, String shown) {
    }

    /** Why nothing is shown now (the results are not published, the source is gone). */
    record Withheld(String message) implements PinContent {
    }
}
