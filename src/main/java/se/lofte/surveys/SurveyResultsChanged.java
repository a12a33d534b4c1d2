package se.lofte.surveys;

import se.lofte.organisations.OrganisationId;

/** A survey's results of the municipality were published or withdrawn: the public pages that link to them changed. */
public record SurveyResultsChanged(OrganisationId municipality) {
}
