package se.lofte.followup;

import se.lofte.shared.Problem;
import se.lofte.shared.Refusal;

/** A step the follow-up refuses in its current state; {@link #problem()} says why, as a message key. */
public class FollowUpRefusal extends Refusal {

    FollowUpRefusal(String code, String... args) {
        super(Problem.of("followUp", code, args));
    }
}
