package se.lofte.accounts.web;

/** One option of a filter's select: the value sent and the text shown. */
public record Choice(String value, String label) {
}
