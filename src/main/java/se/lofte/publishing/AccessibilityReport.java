package se.lofte.publishing;

import java.time.OffsetDateTime;

/** A stored report of an accessibility problem; {@code handledAt} and {@code handledBy} are null until staff deal with it. */
public record AccessibilityReport(AccessibilityReportId id, OffsetDateTime receivedAt, String page,
                                  String description, String email, OffsetDateTime handledAt, String handledBy) {

    public boolean handled() {
        return handledAt != null;
    }
}
