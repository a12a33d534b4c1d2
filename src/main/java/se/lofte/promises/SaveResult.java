package se.lofte.promises;

import java.util.List;

import se.lofte.shared.Problem;

/**
 * The outcome of saving a promise's text: its id, or the problems that stopped it (nothing saved then).
 * {@code signaturesVoided} tells the editor that the change removed signatures already given.
 */
public record SaveResult(PromiseId id, List<Problem> problems, boolean signaturesVoided) {

    public SaveResult {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }

    static SaveResult refused(List<Problem> problems) {
        return new SaveResult(null, problems, false);
    }
}
