package se.lofte.shared;

/**
 * A step that a module refuses in its current state; {@link #problem()} says why, as a message key at the form field
 * it concerns (or the thing as a whole). Pages show it where the step was asked for, never as an error page.
 */
public abstract class Refusal extends RuntimeException {

    private final transient Problem problem;

    protected Refusal(Problem problem) {
        super(problem.code());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
