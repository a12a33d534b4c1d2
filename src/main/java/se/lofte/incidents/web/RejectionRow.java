package se.lofte.incidents.web;

/** A rejected row as the job page and the CSV show it, its reason in the reader's language. */
public record RejectionRow(long line, String column, String reason, String raw) {
}
