package se.lofte.promises;

import se.lofte.shared.Problem;

/** A lifecycle step the promise refuses in its current state; {@link #problem()} says why, as a message key. */
public class PromiseRefusal extends RuntimeException {

    private final transient Problem problem;

    PromiseRefusal(String code, String... args) {
        this(Problem.of("promise", code, args));
    }

    private PromiseRefusal(Problem problem) {
        super(problem.code());
        this.problem = problem;
    }

    /** A refusal of what was typed into one field of the step's form, shown at that field. */
    static PromiseRefusal at(String field, String code, String... args) {
        return new PromiseRefusal(Problem.of(field, code, args));
    }

    public Problem problem() {
        return problem;
    }
}
