package se.lofte.surveys.web;

import se.lofte.organisations.OrganisationId;

/** The form for a new survey as typed. */
public record NewSurveyForm(OrganisationId municipality, String year, String titleSv, String titleEn,
                            boolean fromTemplate) {
}
