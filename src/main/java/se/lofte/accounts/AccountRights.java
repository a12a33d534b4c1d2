package se.lofte.accounts;

import java.util.Set;

import se.lofte.organisations.OrganisationId;

/**
 * Who may manage whom. A system administrator manages everyone and every organisation; an organisation
 * administrator manages the people of their own organisations and roles there, nothing else.
 */
final class AccountRights {

    private AccountRights() {
    }

    static boolean managesAnyone(StaffMember staff) {
        return staff.systemAdmin() || !staff.organisationsWhere(Role.ORGANISATION_ADMIN).isEmpty();
    }

    static boolean manages(StaffMember staff, OrganisationId organisation) {
        return staff.systemAdmin() || staff.has(Role.ORGANISATION_ADMIN, organisation);
    }

    /** An organisation administrator sees a person who holds any role in one of their organisations. */
    static boolean sees(StaffMember staff, Person person) {
        if (staff.systemAdmin()) {
            return true;
        }
        Set<OrganisationId> own = staff.organisationsWhere(Role.ORGANISATION_ADMIN);
        return person.organisations().stream().anyMatch(own::contains);
    }
}
