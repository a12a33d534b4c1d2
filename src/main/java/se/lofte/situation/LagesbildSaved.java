package se.lofte.situation;

import se.lofte.organisations.OrganisationId;

/** A municipality's lägesbild of a year was saved: its text, or whether it is shown publicly, may have changed. */
public record LagesbildSaved(OrganisationId municipality, int year) {
}
