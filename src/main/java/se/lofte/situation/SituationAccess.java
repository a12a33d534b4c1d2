package se.lofte.situation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * Who sees and changes which part of the situation picture. The picture is shared by the parties that
 * work together: staff see the incidents their organisations imported and every incident in the
 * municipalities they work with, that is their own municipality, or those their local police area
 * covers. System administrators see everything.
 */
@Component
public class SituationAccess {

    /**
     * What one staff member may see, as an SQL condition on a table with {@code organisation_id} and
     * {@code municipality_code} columns: use {@link #condition(String)} and {@link #parameters()}.
     */
    public record Scope(boolean everything, Set<Long> organisationIds, Set<String> municipalityCodes) {

        public Scope {
            organisationIds = Set.copyOf(organisationIds);
            municipalityCodes = Set.copyOf(municipalityCodes);
        }

        /** A condition for a WHERE clause; {@code alias} is the table alias, or empty. Uses named parameters. */
        public String condition(String alias) {
            if (everything) {
                return "1 = 1";
            }
            String prefix = alias.isEmpty() ? "" : alias + ".";
            return "(" + prefix + "organisation_id in (:scopeOrganisations) or " + prefix
                    + "municipality_code in (:scopeMunicipalities))";
        }

        /** The named parameters {@link #condition(String)} uses. Empty sets become a value no row has. */
        public Map<String, Object> parameters() {
            return Map.of(
                    "scopeOrganisations", organisationIds.isEmpty() ? List.of(-1L) : List.copyOf(organisationIds),
                    "scopeMunicipalities", municipalityCodes.isEmpty() ? List.of("-") : List.copyOf(municipalityCodes));
        }

        public boolean includesMunicipality(String scbCode) {
            return everything || municipalityCodes.contains(scbCode);
        }
    }

    private final Organisations organisations;

    SituationAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    public Scope scopeOf(StaffMember member) {
        if (member.systemAdmin()) {
            return new Scope(true, Set.of(), Set.of());
        }
        Set<Long> organisationIds = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Organisation organisation : organisations.findAll(member.organisations())) {
            organisationIds.add(organisation.id().value());
            if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                codes.add(organisation.scbCode());
            } else if (organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                organisations.coveredMunicipalities(organisation.id()).forEach(m -> codes.add(m.scbCode()));
            }
        }
        return new Scope(false, organisationIds, codes);
    }

    /** Importing incidents and areas, and writing the lägesbild, is for a party's analysts and editors. */
    public boolean mayImport(StaffMember member, OrganisationId organisation) {
        return member.systemAdmin() || member.has(Role.ANALYST, organisation) || member.has(Role.EDITOR, organisation);
    }

    /** Place reports come from reporters, and from the analysts who also may import. */
    public boolean mayReport(StaffMember member, OrganisationId organisation) {
        return member.has(Role.REPORTER, organisation) || mayImport(member, organisation);
    }

    /** The organisations the member may import for (or, for a system administrator, none in particular). */
    public Set<OrganisationId> importingOrganisations(StaffMember member) {
        Set<OrganisationId> result = new HashSet<>(member.organisationsWhere(Role.ANALYST));
        result.addAll(member.organisationsWhere(Role.EDITOR));
        return result;
    }
}
