package se.lofte.shared;

/**
 * Cells of the CSV files staff download and open in a spreadsheet. A cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a formula, which can run
 * commands or send the sheet's data away; a leading apostrophe makes it text, as the OWASP advice on CSV
 * injection has it. Every text cell of every CSV writer goes through {@link #text}: names, places, categories
 * and raw rows come from people and from imported files.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTERS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    /** The text as a cell that no spreadsheet reads as a formula; null stays null. */
    public static String text(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
