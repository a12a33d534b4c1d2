package se.lofte.promises;

import java.time.OffsetDateTime;

import se.lofte.organisations.OrganisationId;

/** A party's approval of the promise's current text, given by a signed-in person. */
public record Signature(OrganisationId party, String signedBy, OffsetDateTime signedAt) {
}
