package se.lofte.promises.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.Organisation;
import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseView;
import se.lofte.shared.FieldErrors;

/**
 * The editor of a promise's working copy: the form as typed (or as saved) with its problems, the
 * organisations that may be parties, the parties' focus places to tick ({@code currentFocusPlaces} are the
 * ids of those that still exist), which parties the editor writes for (rows of other parties are read only),
 * and the draft checks' warnings by goal key. {@code notice} (or null) is what a row button or a restore
 * says; {@code unsaved} (or null) is this editor's typing that was never saved, offered back.
 */
public record PromiseEditPage(PromiseView promise, PromiseForm form, FieldErrors errors, EditorNotice notice,
                              UnsavedTyping unsaved,
                              List<PromiseContent.Party> parties, List<Organisation> policeAreas,
                              List<Organisation> municipalities, List<Organisation> otherActors, Set<Long> editorFor,
                              List<PromiseContent.FocusPlaceRef> focusPlaceChoices, Set<Long> currentFocusPlaces,
                              Map<String, List<DraftCheck.Warning>> goalWarnings) {

    /** The names of these parties of the promise, for saying whose a read-only row is. */
    public String partyNames(List<Long> ids) {
        return parties.stream().filter(p -> ids.contains(p.id().value())).map(PromiseContent.Party::name)
                .collect(Collectors.joining(", "));
    }
}
