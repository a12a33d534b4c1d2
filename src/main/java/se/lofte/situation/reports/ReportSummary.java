package se.lofte.situation.reports;

import java.time.OffsetDateTime;

/**
 * A report in its reporter's list. {@code content} is what was reported; {@code changeable} is true while
 * the reporter may still correct or withdraw it.
 */
public record ReportSummary(String id, String organisationName, OffsetDateTime reportedAt, OffsetDateTime correctedAt,
                            OffsetDateTime withdrawnAt, ReportContent content, boolean changeable) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
