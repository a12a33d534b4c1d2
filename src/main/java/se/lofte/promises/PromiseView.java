package se.lofte.promises;

import java.util.List;
import java.util.Map;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

/**
 * A promise as staff see it: the working copy, where it is in its life, who has signed it, and what is
 * still missing before it can be signed.
 */
public record PromiseView(PromiseId id, PromiseState state, PromiseContent content, boolean extended,
                          boolean unpublishedChanges, int version, int revisions, List<Signature> signatures,
                          List<Problem> unfinished, Map<String, String> signatoryNames) {

    public PromiseView {
        signatures = List.copyOf(signatures);
        unfinished = List.copyOf(unfinished);
        signatoryNames = Map.copyOf(signatoryNames);
    }

    /** The name of the person who gave this signature, or their username when their account has no name. */
    public String signatoryName(Signature signature) {
        String name = signatoryNames.get(signature.signedBy());
        return name == null || name.isBlank() ? signature.signedBy() : name;
    }

    public boolean signedBy(OrganisationId party) {
        return signatures.stream().anyMatch(s -> s.party().equals(party));
    }

    public boolean fullySigned() {
        return content.parties().stream().allMatch(p -> signedBy(p.id()));
    }
}
