package se.lofte.progress;

import java.util.List;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;

/**
 * Who may do what with progress. A goal is measured by its party's editors and analysts, a joint goal by those
 * of any party; updates speak for a party to residents, so only its editors write them.
 */
final class ProgressRights {

    private ProgressRights() {
    }

    /** The parties answerable for the goal: its owner, or every party when it is joint. */
    static List<OrganisationId> answerable(PromiseContent content, PromiseContent.Goal goal) {
        return goal.owner() != null ? List.of(goal.owner())
                : content.partyIds();
    }

    /** The parties for which the person measures the goal, in the promise's party order. */
    static List<OrganisationId> measuresFor(StaffMember member, PromiseContent content, PromiseContent.Goal goal) {
        return answerable(content, goal).stream()
                .filter(p -> member.has(Role.EDITOR, p) || member.has(Role.ANALYST, p)).toList();
    }

    static boolean mayMeasure(StaffMember member, PromiseContent content, PromiseContent.Goal goal) {
        return !measuresFor(member, content, goal).isEmpty();
    }

    /** The parties the person may write updates for. */
    static List<OrganisationId> writesFor(StaffMember member, PromiseContent content) {
        return content.partyIds().stream().filter(p -> member.has(Role.EDITOR, p))
                .toList();
    }
}
