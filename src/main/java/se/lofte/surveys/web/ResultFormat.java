package se.lofte.surveys.web;

import java.text.NumberFormat;

import se.lofte.shared.Ui;
import se.lofte.surveys.Cell;

/** How a result cell reads on a page and in the CSV: whole percentages, an interval, or "fewer than 5". */
public final class ResultFormat {

    private ResultFormat() {
    }

    /** "33 % (19–51 %)", "0 %", or "färre än 5". */
    public static String cell(Cell cell, int minimum, Ui ui) {
        if (cell.suppressed()) {
            return ui.t("surveys.results.fewer", minimum);
        }
        if (cell.share() == null) {
            return "–";
        }
        return ui.t("surveys.results.cell", percent(cell.share()), percent(cell.low()), percent(cell.high()));
    }

    /** A change in percentage points with its sign: "+8", "−3", "±0". */
    public static String change(Double points, Ui ui) {
        if (points == null) {
            return "";
        }
        long rounded = Math.round(points);
        String number = NumberFormat.getIntegerInstance(ui.locale()).format(Math.abs(rounded));
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + number;
    }

    /** A count of those who answered, or "färre än 5" for a column that shows nothing. */
    public static String answered(Long n, int minimum, Ui ui) {
        return n == null ? ui.t("surveys.results.fewer", minimum) : Long.toString(n);
    }

    static long percent(double share) {
        return Math.round(share * 100);
    }
}
