package se.lofte.citizenreports;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.PersonalMentions;

/**
 * A report as stored, for its moderators: the original text beside the published one, the flags (names and
 * phone numbers found in the text) and whether an e-mail address was left. Never shown in public as it is.
 */
public record StoredReport(CitizenReportId id, String municipalityCode, OrganisationId organisation,
                           ReportCategory category, Moderation moderation, ReportStatus status, String originalText,
                           String publishedText, String answer, String closedReason, String hiddenReason,
                           CitizenReportId mergedInto, Double latitude, Double longitude, Long areaId,
                           String placeInWords, String whenItHappens, String email, String flags, int supporters,
                           OffsetDateTime receivedAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
                           boolean hasPhoto) {

    /** Open for "Samma sak?" and for merging into: published, neither hidden nor merged, not closed. */
    public boolean open() {
        return moderation == Moderation.PUBLISHED && !status.closed();
    }

    /** In the lägesbild: received, neither hidden nor merged. */
    public boolean incident() {
        return moderation == Moderation.NEW || moderation == Moderation.PUBLISHED;
    }

    /** The names and phone numbers flagged in the texts, for the moderator. */
    public List<PersonalMentions.Mention> mentions() {
        return ReportFlags.read(flags);
    }

    PublicReport toPublic() {
        return new PublicReport(id, municipalityCode, category, status, publishedText, answer, closedReason, latitude,
                longitude, placeInWords, receivedAt.toInstant(), updatedAt.toInstant(), hasPhoto);
    }
}
