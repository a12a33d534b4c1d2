package se.lofte.promises;

import java.time.OffsetDateTime;

import se.lofte.organisations.OrganisationId;

/**
 * A party's approval of a jointly signed text (a promise's working copy, a follow-up's verdicts), given by a signed-in
 * person (their username).
 */
public record Signature(OrganisationId party, String signedBy, OffsetDateTime signedAt) {
}
