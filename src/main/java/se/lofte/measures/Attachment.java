package se.lofte.measures;

/** A file kept with a measure, for staff only. */
public record Attachment(long id, MeasureId measure, String fileName, String contentType, long sizeBytes) {
}
