package se.lofte.followup;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/**
 * A party signed the follow-up's verdicts; {@code version} is the follow-up's version with that signature, so that
 * signing again after a change is news again.
 */
public record FollowUpSigned(FollowUpId followUp, PromiseId promise, OrganisationId party, int version) {
}
