package se.lofte.citizenreports;

import se.lofte.accounts.AuditEvent;

/**
 * What the audit trail keeps of a report at each step: the texts (the original and the published one), where it
 * stands and whether an address was left, never the address itself (the trail is never pruned; the address is
 * only for status mails).
 */
record AuditedReport(String category, String moderation, String status, String originalText, String publishedText,
                     String answer, String closedReason, String hiddenReason, Long mergedInto, String placeInWords,
                     String whenItHappens, String flags, boolean emailGiven, boolean photo) {

    static String of(StoredReport report) {
        return AuditEvent.json(new AuditedReport(report.category().code(), report.moderation().name(),
                report.status().name(), report.originalText(), report.publishedText(), report.answer(),
                report.closedReason(), report.hiddenReason(),
                report.mergedInto() == null ? null : report.mergedInto().value(), report.placeInWords(),
                report.whenItHappens(), report.flags(), report.email() != null, report.hasPhoto()));
    }
}
