package se.lofte.situation.web;

/** One option of a select: the value sent and the text shown. */
public record Option(String value, String label) {
}
