package se.lofte.promises;

import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

/**
 * A promise as staff see it: the working copy, where it is in its life, who has signed it, and what is
 * still missing before it can be signed.
 */
public record PromiseView(PromiseId id, PromiseState state, PromiseContent content, boolean extended,
                          boolean unpublishedChanges, int version, int revisions, List<Signature> signatures,
                          List<Problem> unfinished) {

    public PromiseView {
        signatures = List.copyOf(signatures);
        unfinished = List.copyOf(unfinished);
    }

    public boolean signedBy(OrganisationId party) {
        return signatures.stream().anyMatch(s -> s.party().equals(party));
    }

    public boolean fullySigned() {
        return content.parties().stream().allMatch(p -> signedBy(p.id()));
    }
}
