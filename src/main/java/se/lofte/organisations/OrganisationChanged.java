package se.lofte.organisations;

/** An organisation was renamed, moved under another parent, or (a local police area) covers other municipalities. */
public record OrganisationChanged(OrganisationId organisation) {
}
