package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * A line in the staff lists of promises, with what it waits for: {@code missing} counts what its text lacks
 * before anyone may sign, {@code unsigned} names the parties that have not signed its working copy.
 */
public record PromiseSummary(PromiseId id, PromiseState state, boolean unpublishedChanges, int revisions,
                             String title, String period, List<String> parties, List<OrganisationId> partyIds,
                             OffsetDateTime updatedAt, int missing, List<String> unsigned) {

    /** The next step a promise waits for, the overview's "what needs doing". */
    public enum NextStep {
        /** Its text lacks something every promise needs. */
        WRITE,
        /** Complete, waiting for the signatures of {@link #unsigned}. */
        SIGN,
        /** Signed by every party: a publisher may publish it. */
        PUBLISH,
        /** Published as it is, or closed: nothing waits. */
        NONE
    }

    public NextStep next() {
        boolean working = state == PromiseState.DRAFT || state == PromiseState.PUBLISHED && unpublishedChanges;
        if (!working) {
            return NextStep.NONE;
        }
        if (missing > 0) {
            return NextStep.WRITE;
        }
        return unsigned.isEmpty() ? NextStep.PUBLISH : NextStep.SIGN;
    }
}
