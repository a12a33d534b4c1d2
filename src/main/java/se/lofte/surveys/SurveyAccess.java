package se.lofte.surveys;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * Who runs a municipality's surveys: its analysts and editors, and those of the local police areas that cover it,
 * since the survey is as much the police's picture of the area as the municipality's. A system administrator
 * runs any.
 */
@Component
class SurveyAccess {

    private final Organisations organisations;

    SurveyAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    Set<OrganisationId> municipalities(StaffMember staff) {
        Set<OrganisationId> municipalities = new HashSet<>();
        if (staff.systemAdmin()) {
            organisations.all(OrganisationKind.MUNICIPALITY).forEach(m -> municipalities.add(m.id()));
            return municipalities;
        }
        for (OrganisationId id : staff.situationOrganisations()) {
            organisations.find(id).ifPresent(organisation -> {
                if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                    municipalities.add(id);
                } else if (organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                    organisations.coveredMunicipalities(id).stream().map(Organisation::id).forEach(municipalities::add);
                }
            });
        }
        return municipalities;
    }

    boolean mayManage(StaffMember staff, OrganisationId municipality) {
        return staff.systemAdmin() || municipalities(staff).contains(municipality);
    }
}
