package se.lofte.situation;

import java.util.List;

import se.lofte.shared.Problem;

/** The outcome of saving a lägesbild's analysis. */
public sealed interface LagesbildSave {

    record Saved(LagesbildDocument document) implements LagesbildSave {
    }

    /**
     * Someone else saved the document after the editor opened it: nothing was saved, and {@code current}
     * is what they saved, so the editor can merge it with their own text (which the page keeps).
     */
    record Conflict(LagesbildDocument current) implements LagesbildSave {
    }

    record Refused(List<Problem> problems) implements LagesbildSave {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
