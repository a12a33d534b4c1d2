package se.lofte.followup.web;

import java.util.Optional;

import se.lofte.followup.FollowUpManagement;
import se.lofte.followup.FollowUpView;
import se.lofte.shared.Problem;

/**
 * The staff page of "Nästa års löfte" for a published year-end follow-up: what is carried over to next year's draft
 * and what is left out as fulfilled, with the draft made (or the promise already there for that year) and, for an
 * editor, the button that makes it.
 */
public record NextYearPage(FollowUpView followUp, FollowUpManagement.Carry carry, boolean editor,
                           Optional<String> notice, Optional<Problem> refusal) {

    public String base() {
        return "/manage/promises/" + followUp.latest().promiseId() + "/followups/" + followUp.id();
    }
}
