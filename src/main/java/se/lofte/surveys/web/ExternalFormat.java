package se.lofte.surveys.web;

import se.lofte.shared.Dates;
import se.lofte.shared.Ui;
import se.lofte.surveys.ExternalImport;
import se.lofte.surveys.FileProblem;

/** How an import and the problems of a refused file read on the staff pages. */
public final class ExternalFormat {

    /** A file wrong on every line would list thousands; the first ones say what is wrong with it. */
    public static final int PROBLEMS_SHOWN = 200;

    private ExternalFormat() {
    }

    /** "Rad 7, kolumn antal: Skriv ett heltal …", "Rad 7: …", or the message alone for the whole file. */
    public static String problem(FileProblem problem, Ui ui) {
        String message = ui.t(problem.code(), problem.args().toArray());
        if (problem.line() == 0) {
            return message;
        }
        return problem.column() == null ? ui.t("surveys.external.atLine", problem.line(), message)
                : ui.t("surveys.external.atLineColumn", problem.line(), problem.column(), message);
    }

    /** "Importerad 2026-12-07 av anna.analytiker". */
    public static String imported(ExternalImport imported, Ui ui) {
        return ui.t("surveys.external.importedOn",
                imported.importedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate().toString(), imported.importedBy());
    }
}
