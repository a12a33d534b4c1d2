package se.lofte.incidents.web;

import java.util.List;

import se.lofte.shared.FieldErrors;

/**
 * The imports page: the upload form as sent with its problems, the organisations the person may import for,
 * the formats and the CSV mappings saved for them, and the latest import jobs the person may see.
 */
public record ImportsPage(UploadForm form, FieldErrors errors, List<Option> organisations, List<Option> formats,
                          List<Option> mappings, List<JobRow> jobs) {
}
