package se.lofte.followup.web;

import java.util.List;

import se.lofte.followup.FollowUpSummary;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.FieldErrors;

/**
 * A promise's follow-ups and the form to open one: {@code year} and {@code kind} as typed when opening was
 * refused, else null.
 */
public record FollowUpListPage(PublishedRevision latest, List<FollowUpSummary> followUps, List<Integer> years,
                               boolean editor, String year, String kind, FieldErrors errors) {

    public FollowUpListPage {
        followUps = List.copyOf(followUps);
        years = List.copyOf(years);
    }
}
