package se.lofte.followup;

import java.time.LocalDate;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.Signature;

/**
 * A follow-up as its parties' staff see it, with the promise's latest revision whose commitments and goals its rows
 * follow, in that order. {@code unfinished} counts rows without a verdict; {@code publishedRevision} is null while
 * never published.
 */
public record FollowUpView(FollowUpId id, PublishedRevision latest, int year, FollowUpKind kind,
                           List<Assessment> rows, List<Signature> signatures, boolean unpublishedChanges,
                           Integer publishedRevision, int version, int unfinished) {

    public FollowUpView {
        rows = List.copyOf(rows);
        signatures = List.copyOf(signatures);
    }

    public boolean signedBy(OrganisationId party) {
        return signatures.stream().anyMatch(s -> s.party().equals(party));
    }

    /** The parties that have not signed the current verdicts. */
    public List<PromiseContent.Party> unsigned() {
        return latest.content().parties().stream().filter(p -> !signedBy(p.id())).toList();
    }

    /** Whether the chosen evidence may no longer change: signed by a party, or published. */
    public boolean evidenceFrozen() {
        return FollowUp.evidenceFrozen(!signatures.isEmpty(), publishedRevision);
    }

    /** Whether the days {@code start}..{@code end} ({@code end} null: one day) overlap the follow-up's days. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        FollowUpPeriod period = FollowUpPeriod.of(latest.content(), year, kind);
        return !period.empty() && !start.isAfter(period.to()) && !(end == null ? start : end).isBefore(period.from());
    }
}
