package se.lofte.citizenreports.open311;

import java.util.Set;

import se.lofte.citizenreports.ReportStatus;

/**
 * GeoReport v2 knows two statuses. A report is open while it is received or being handled, and closed once
 * it was put right or closed with a reason; the reason, or the answer, is the request's {@code status_notes}.
 */
final class Open311Status {

    static final Set<ReportStatus> OPEN = Set.of(ReportStatus.MOTTAGEN, ReportStatus.UNDER_BEHANDLING);
    static final Set<ReportStatus> CLOSED = Set.of(ReportStatus.ATGARDAD, ReportStatus.AVSLUTAD);

    private Open311Status() {
    }

    static String of(ReportStatus status) {
        return switch (status) {
            case MOTTAGEN, UNDER_BEHANDLING -> "open";
            case ATGARDAD, AVSLUTAD -> "closed";
        };
    }
}
