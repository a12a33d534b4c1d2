package se.lofte.situation.reports;

import se.lofte.organisations.OrganisationId;

/**
 * One organisation a person may report for and one municipality its reports are counted in: the
 * municipality itself, or one of those a local police area covers.
 */
public record ReportingFor(OrganisationId organisation, String organisationName, String municipalityCode,
                           String municipalityName) {

    /** How a form names this choice: {@code 17:1460}. */
    public String key() {
        return organisation.value() + ":" + municipalityCode;
    }

    public String label() {
        return organisationName.equals(municipalityName) ? organisationName : organisationName + " – " + municipalityName;
    }
}
