package se.lofte.incidents.sources;

import java.util.List;

/**
 * A row an import refused.
 *
 * @param column the column (CSV header name, or JSON/GeoJSON property path) at fault, or null for the whole row
 * @param reason a message code from {@code i18n/situation-sources}, e.g. {@code import.reason.badDate}
 * @param args   the message's arguments, e.g. the value that was wrong
 * @param raw    the row as it was in the file, cut to 2,000 characters
 */
public record RejectedRow(long line, String column, String reason, List<String> args, String raw)
        implements ParsedRow {

    public RejectedRow {
        args = List.copyOf(args);
        if (raw != null && raw.length() > 2000) {
            raw = raw.substring(0, 2000);
        }
    }
}
