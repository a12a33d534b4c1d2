package se.lofte.followup;

import java.time.OffsetDateTime;

import se.lofte.organisations.OrganisationId;

/** A party's approval of the follow-up's current verdicts, given by a signed-in person (their username). */
public record FollowUpSignature(OrganisationId party, String signedBy, OffsetDateTime signedAt) {
}
