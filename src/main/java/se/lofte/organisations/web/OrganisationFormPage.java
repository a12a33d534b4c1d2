package se.lofte.organisations.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.shared.Problem;

/**
 * The form that adds an organisation of a kind or edits one: what was typed (or is stored), the parents to
 * choose from, for a local police area the municipalities by county with who else covers them, for a
 * municipality the local police areas that cover it, and the problems of a refused save or the notice of a
 * saved one. {@code organisation} is empty on the form that adds one.
 */
public record OrganisationFormPage(OrganisationKind kind, Optional<Organisation> organisation, String action,
                                   OrganisationForm form, List<Organisation> parentChoices,
                                   Map<String, List<Organisation>> municipalitiesByCounty,
                                   Map<OrganisationId, String> coveredElsewhere, List<Organisation> coveredBy,
                                   Map<String, Problem> problems, Optional<String> notice) {
}
