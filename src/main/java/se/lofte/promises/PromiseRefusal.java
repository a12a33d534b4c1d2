package se.lofte.promises;

import se.lofte.shared.Problem;

/** A lifecycle step the promise refuses in its current state; {@link #problem()} says why, as a message key. */
public class PromiseRefusal extends RuntimeException {

    private final transient Problem problem;

    PromiseRefusal(String code, String... args) {
        super(code);
        this.problem = Problem.of("promise", code, args);
    }

    public Problem problem() {
        return problem;
    }
}
