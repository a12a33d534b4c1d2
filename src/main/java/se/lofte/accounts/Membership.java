package se.lofte.accounts;

import se.lofte.organisations.OrganisationId;

/** A role a person holds in an organisation. */
public record Membership(OrganisationId organisation, Role role) {
}
