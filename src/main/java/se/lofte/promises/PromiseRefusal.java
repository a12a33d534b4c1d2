package se.lofte.promises;

import se.lofte.shared.Problem;
import se.lofte.shared.Refusal;

/** A lifecycle step the promise refuses in its current state; {@link #problem()} says why, as a message key. */
public class PromiseRefusal extends Refusal {

    PromiseRefusal(String code, String... args) {
        super(Problem.of("promise", code, args));
    }

    private PromiseRefusal(Problem problem) {
        super(problem);
    }

    /** A refusal of what was typed into one field of the step's form, shown at that field. */
    static PromiseRefusal at(String field, String code, String... args) {
        return new PromiseRefusal(Problem.of(field, code, args));
    }
}
