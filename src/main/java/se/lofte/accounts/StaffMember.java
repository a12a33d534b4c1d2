package se.lofte.accounts;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import se.lofte.organisations.OrganisationId;

/**
 * A signed-in person and what they may do: the question every staff action asks before it acts.
 * Rights come only from memberships; {@code systemAdmin} manages organisations and accounts.
 */
public record StaffMember(String username, String displayName, boolean systemAdmin, Set<Membership> memberships) {

    public StaffMember {
        memberships = Set.copyOf(memberships);
    }

    public boolean has(Role role, OrganisationId organisation) {
        return memberships.contains(new Membership(organisation, role));
    }

    /** True when the person holds this role in at least one of the organisations. */
    public boolean hasAny(Role role, Collection<OrganisationId> organisations) {
        return organisations.stream().anyMatch(o -> has(role, o));
    }

    /**
     * True when the person works with the promises of at least one of the organisations: holds a role
     * there other than reporter, since reporters only submit place reports. A system administrator sees every
     * promise in the country (and may change none without an editor's role in a party).
     */
    public boolean seesPromisesOfAny(Collection<OrganisationId> organisations) {
        return systemAdmin || memberships.stream().anyMatch(m -> m.role() != Role.REPORTER && organisations.contains(m.organisation()));
    }

    /**
     * True for a system administrator and for an analyst or editor of the organisation: who handles its situation
     * data, importing incidents, changing its places and writing its lägesbild. One rule, so that whoever may
     * import an organisation's incidents may also draw the places they are counted in.
     */
    public boolean handlesSituationOf(OrganisationId organisation) {
        return systemAdmin || has(Role.ANALYST, organisation) || has(Role.EDITOR, organisation);
    }

    /** The organisations the person is analyst or editor of (a system administrator handles any besides). */
    public Set<OrganisationId> situationOrganisations() {
        return memberships.stream().filter(m -> m.role() == Role.ANALYST || m.role() == Role.EDITOR)
                .map(Membership::organisation).collect(Collectors.toSet());
    }

    public Set<OrganisationId> organisationsWhere(Role role) {
        return memberships.stream().filter(m -> m.role() == role).map(Membership::organisation)
                .collect(Collectors.toSet());
    }

    public Set<OrganisationId> organisations() {
        return memberships.stream().map(Membership::organisation).collect(Collectors.toSet());
    }
}
