package se.lofte.surveys;

import java.util.List;

import se.lofte.shared.Problem;

/**
 * What an import did: the id of the import saved, or the problems that kept the file from being saved (id null
 * then): of the form's fields ({@code organisation}, {@code source}, {@code year}, {@code file}, {@code replace}),
 * and of the file's rows and columns. Nothing of a file with any problem is saved.
 */
public record ExternalImported(Long id, List<Problem> problems, List<FileProblem> fileProblems) {

    public ExternalImported {
        problems = List.copyOf(problems);
        fileProblems = List.copyOf(fileProblems);
    }

    public boolean saved() {
        return id != null;
    }
}
