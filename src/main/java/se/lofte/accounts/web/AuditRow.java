package se.lofte.accounts.web;

/**
 * An audit event as the trail's pages show it: texts in the page's language, the time in Swedish time
 * ({@code isoTime} for the {@code <time>} element).
 */
public record AuditRow(long id, String time, String isoTime, String actor, String organisations, String subject,
                       String action) {
}
