package se.lofte.citizenreports;

import java.time.Instant;

/**
 * A report as anyone may see it: only published reports, with the published text, never the original or the
 * e-mail address. {@code answer} and {@code closedReason} are null until staff give them.
 */
public record PublicReport(CitizenReportId id, String municipalityCode, ReportCategory category, ReportStatus status,
                           String text, String answer, String closedReason, Double latitude, Double longitude,
                           String placeInWords, Instant receivedAt, Instant updatedAt, boolean hasPhoto) {
}
