package se.lofte.places;

import java.util.Set;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;

/**
 * Who changes an organisation's places and focus places: its analysts and editors, the same people who import
 * its incidents, and system administrators. Reading places is open to all staff.
 */
final class PlaceRights {

    private PlaceRights() {
    }

    static boolean mayChange(StaffMember member, OrganisationId organisation) {
        return member.handlesSituationOf(organisation);
    }

    /** The organisations the member is analyst or editor of (a system administrator may change any). */
    static Set<OrganisationId> changedBy(StaffMember member) {
        return member.situationOrganisations();
    }
}
