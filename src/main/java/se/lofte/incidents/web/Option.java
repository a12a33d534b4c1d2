package se.lofte.incidents.web;

/** One option of a select: the value sent and the text shown. */
public record Option(String value, String label) {
}
