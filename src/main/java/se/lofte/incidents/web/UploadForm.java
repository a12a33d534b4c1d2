package se.lofte.incidents.web;

/** The upload form's fields as sent; all but {@code editMapping} are null when not sent. */
public record UploadForm(String organisation, String format, String mapping, String source, boolean editMapping) {
}
