package se.lofte.promises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Problem;

/**
 * A party's words are its own: an editor may change joint text and the text of their own organisation's
 * commitments, goals and signatories, but not another party's. Ownership is read from the text as it was
 * before the change, so moving a commitment to oneself is itself a change of the other party's words.
 */
final class PartyWords {

    private PartyWords() {
    }

    static List<Problem> check(PromiseContent before, PromiseContent after, Set<OrganisationId> editorFor) {
        Map<String, ContentField> old = ContentField.byId(before);
        Map<String, ContentField> now = ContentField.byId(after);
        List<Problem> problems = new ArrayList<>();
        for (ContentField field : now.values()) {
            ContentField was = old.get(field.id());
            boolean changed = was == null ? !field.value().isBlank() : !was.value().equals(field.value());
            Set<OrganisationId> owners = was == null ? field.owners() : was.owners();
            if (changed && !mayChange(owners, editorFor)) {
                problems.add(problem(field, owners, before, after));
            }
        }
        for (ContentField was : old.values()) {
            if (!now.containsKey(was.id()) && !was.value().isBlank() && !mayChange(was.owners(), editorFor)) {
                problems.add(problem(was, was.owners(), before, after));
            }
        }
        return problems.stream().distinct().toList();
    }

    private static boolean mayChange(Set<OrganisationId> owners, Set<OrganisationId> editorFor) {
        return owners.isEmpty() || owners.stream().anyMatch(editorFor::contains);
    }

    private static Problem problem(ContentField field, Set<OrganisationId> owners, PromiseContent before,
                                   PromiseContent after) {
        String names = owners.stream()
                .map(o -> before.partyName(o).isEmpty() ? after.partyName(o) : before.partyName(o))
                .sorted().collect(Collectors.joining(", "));
        return Problem.of(shownAt(field.path()), "problem.otherPartysWords", names);
    }

    /** The input where the message is shown: a row's first text field, or the field itself. */
    private static String shownAt(String path) {
        int end = path.indexOf(']');
        if (end < 0) {
            return path;
        }
        String row = path.substring(0, end + 1);
        return row + (row.startsWith("goals") ? ".text" : row.startsWith("signatories") ? ".name" : ".title");
    }
}
