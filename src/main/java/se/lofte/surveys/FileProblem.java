package se.lofte.surveys;

import java.util.List;

/**
 * A problem of an imported file, where it is: {@code line} as a spreadsheet numbers it (the header is 1; 0 for the
 * file as a whole) and {@code column} as the file names it (null for the whole row). {@code code} is a message key
 * of {@code i18n/surveys}; {@code args} fill its placeholders.
 */
public record FileProblem(int line, String column, String code, List<String> args) {

    public FileProblem {
        args = List.copyOf(args);
    }
}
