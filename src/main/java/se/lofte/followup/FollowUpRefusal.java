package se.lofte.followup;

import se.lofte.shared.Problem;
import se.lofte.shared.Refusal;

/** A step the follow-up refuses in its current state; {@link #problem()} says why, as a message key. */
public class FollowUpRefusal extends Refusal {

    FollowUpRefusal(String code, String... args) {
        super(Problem.of("followUp", code, args));
    }

    private FollowUpRefusal(Problem problem) {
        super(problem);
    }

    /** A refusal of what was typed into one field of the step's form, shown at that field. */
    static FollowUpRefusal at(String field, String code, String... args) {
        return new FollowUpRefusal(Problem.of(field, code, args));
    }
}
