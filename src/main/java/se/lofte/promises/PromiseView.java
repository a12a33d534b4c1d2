package se.lofte.promises;

import java.util.List;

import se.lofte.organisations.OrganisationId;

/** A promise as staff see it: the working copy, where it is in its life, and who has signed it. */
public record PromiseView(PromiseId id, PromiseState state, PromiseContent content, boolean extended,
                          boolean unpublishedChanges, int version, int revisions, List<Signature> signatures) {

    public boolean signedBy(OrganisationId party) {
        return signatures.stream().anyMatch(s -> s.party().equals(party));
    }

    public boolean fullySigned() {
        return content.parties().stream().allMatch(p -> signedBy(p.id()));
    }
}
