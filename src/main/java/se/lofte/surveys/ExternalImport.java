package se.lofte.surveys;

import java.time.OffsetDateTime;

import se.lofte.organisations.OrganisationId;

/** An imported file of another survey's results, as staff list it. */
public record ExternalImport(long id, OrganisationId municipality, String municipalityName, String source, int year,
                             String fileName, int rows, String importedBy, OffsetDateTime importedAt) {
}
