package se.lofte.surveys.web;

import se.lofte.organisations.OrganisationId;

/** What the upload form shows again after a refusal: everything but the file, which a browser cannot keep. */
public record ExternalUploadForm(OrganisationId municipality, String source, String year, boolean replace) {
}
