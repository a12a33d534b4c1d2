package se.lofte.progress;

import java.util.List;

import se.lofte.organisations.OrganisationId;

/** What staff write in an update: its kind, title, text, the commitments it is about and the party it is from. */
public record UpdateText(UpdateKind kind, String title, String text, List<String> commitmentKeys,
                         OrganisationId party) {

    public UpdateText {
        commitmentKeys = commitmentKeys == null ? List.of() : List.copyOf(commitmentKeys);
    }
}
