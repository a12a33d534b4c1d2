package se.lofte.publishing.web;

import java.util.List;

import se.lofte.followup.PublishedFollowUp;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.RevisionChanges;

/**
 * What the public promise page shows: the content of one revision with its publication facts, and the
 * list of all revisions with what changed in each. {@code preview} marks a staff preview of a working
 * copy, which has no publication facts yet. {@code example} marks the promise of a fictional municipality.
 */
public record PromisePage(PromiseContent content, String url, boolean closed, Publication shown,
                          List<Publication> history, boolean preview, boolean example) {

    /**
     * One publication: its number, when and by whom, and what changed since the one before it; {@code followUp} is
     * the joint follow-up it published, null for a publication of the promise's text.
     */
    public record Publication(int number, java.time.OffsetDateTime publishedAt, String publisherName,
                              List<RevisionChanges.Change> changes, boolean latest, PublishedFollowUp followUp) {
    }

    /** The municipalities that are party to the promise, for the page title. */
    public String municipalities() {
        return content.parties().stream()
                .filter(p -> p.kind() == se.lofte.organisations.OrganisationKind.MUNICIPALITY)
                .map(PromiseContent.Party::name).collect(java.util.stream.Collectors.joining(", "));
    }

    static List<Publication> history(List<PublishedRevision> revisions) {
        List<Publication> list = new java.util.ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            var r = revisions.get(i);
            var changes = i == 0 ? List.<RevisionChanges.Change>of()
                    : RevisionChanges.between(revisions.get(i - 1).content(), r.content());
            list.add(new Publication(r.number(), r.publishedAt(), r.publisherName(), changes,
                    i == revisions.size() - 1, PublishedFollowUp.of(r).orElse(null)));
        }
        return list.reversed();
    }
}
