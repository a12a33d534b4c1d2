package se.lofte.incidents;

import java.util.List;

/**
 * A row an import refused: its line in the file (or item index in JSON), the column at fault (or null for
 * the whole row), the reason as a message code of {@code i18n/situation-sources} with its arguments, and
 * the row as it was in the file.
 */
public record ImportRejection(long line, String column, String reason, List<String> args, String raw) {

    public ImportRejection {
        args = List.copyOf(args);
    }
}
