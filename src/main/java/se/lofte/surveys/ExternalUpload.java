package se.lofte.surveys;

import se.lofte.organisations.OrganisationId;

/**
 * A file of another survey's results as staff send it: for which municipality, the source's name and year as typed,
 * the file, and whether it may replace an earlier import of the same source and year.
 */
public record ExternalUpload(OrganisationId municipality, String source, String year, String fileName, byte[] bytes,
                             boolean replace) {
}
