package se.lofte.followup;

import se.lofte.shared.Problem;

/** A step the follow-up refuses in its current state; {@link #problem()} says why, as a message key. */
public class FollowUpRefusal extends RuntimeException {

    private final transient Problem problem;

    FollowUpRefusal(String code, String... args) {
        this(Problem.of("followUp", code, args));
    }

    private FollowUpRefusal(Problem problem) {
        super(problem.code());
        this.problem = problem;
    }

    /** A refusal of what was typed into one field of the step's form, shown at that field. */
    static FollowUpRefusal at(String field, String code, String... args) {
        return new FollowUpRefusal(Problem.of(field, code, args));
    }

    public Problem problem() {
        return problem;
    }
}
