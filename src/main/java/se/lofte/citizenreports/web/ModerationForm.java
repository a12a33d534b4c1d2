package se.lofte.citizenreports.web;

import se.lofte.citizenreports.StoredReport;

/** The moderation page's fields as typed, so that a refused step shows them again. */
public record ModerationForm(String text, String reason, String into, String status, String answer,
                             String closedReason) {

    /** The fields as the report stands: the text to publish starts from the published one, else the original. */
    static ModerationForm of(StoredReport report) {
        return new ModerationForm(report.publishedText() == null ? report.originalText() : report.publishedText(), "",
                "", report.status().code(), report.answer() == null ? "" : report.answer(),
                report.closedReason() == null ? "" : report.closedReason());
    }

    ModerationForm withText(String value) {
        return new ModerationForm(value, reason, into, status, answer, closedReason);
    }

    ModerationForm withReason(String value) {
        return new ModerationForm(text, value, into, status, answer, closedReason);
    }

    ModerationForm withInto(String value) {
        return new ModerationForm(text, reason, value, status, answer, closedReason);
    }

    ModerationForm withAnswer(String newStatus, String newAnswer, String newReason) {
        return new ModerationForm(text, reason, into, newStatus, newAnswer, newReason);
    }
}
