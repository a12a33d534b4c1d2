package se.lofte.situation.web;

/**
 * An incident as the map page's table shows it: texts in the page's language, the time in Swedish time
 * ({@code isoTime} for the {@code <time>} element), {@code url} only when it is a web address to follow.
 */
public record IncidentRow(long id, String time, String isoTime, String category, String place, String precision,
                          String source, String url) {
}
