package se.lofte.situation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.incidents.IncidentScope;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * Who sees and changes which part of the situation picture. The picture is shared by the parties that
 * work together: staff see the incidents their organisations imported and every incident in the
 * municipalities they work with, that is their own municipality, or those their local police area
 * covers. System administrators see everything. What the pages show by default is narrower
 * ({@link #viewOf}): the municipalities only, without the organisations' own imports elsewhere.
 */
@Component
public class SituationAccess {

    private final Organisations organisations;

    SituationAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The incidents the member may see. */
    public IncidentScope scopeOf(StaffMember member) {
        if (member.systemAdmin()) {
            return new IncidentScope(true, Set.of(), Set.of());
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
        return new IncidentScope(false, organisationIds, codes);
    }

    /**
     * What the situation pages show the member unless they choose otherwise: their municipalities, named, the
     * municipalities they belong to before those a local police area of theirs covers.
     */
    public ViewScope viewOf(StaffMember member) {
        IncidentScope scope = scopeOf(member);
        if (scope.everything()) {
            return new ViewScope(scope, ViewScope.Kind.EVERYTHING, List.of());
        }
        Map<String, Organisation> own = new LinkedHashMap<>();
        Map<String, Organisation> covered = new LinkedHashMap<>();
        for (Organisation organisation : organisations.findAll(member.organisations())) {
            if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                own.put(organisation.scbCode(), organisation);
            } else if (organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                organisations.coveredMunicipalities(organisation.id()).forEach(m -> covered.put(m.scbCode(), m));
            }
        }
        own.keySet().forEach(covered::remove);
        if (own.isEmpty() && covered.isEmpty()) {
            return new ViewScope(scope, ViewScope.Kind.OWN_ORGANISATIONS, List.of());
        }
        List<Organisation> municipalities = new ArrayList<>(byName(own.values()));
        municipalities.addAll(byName(covered.values()));
        return new ViewScope(scope.withinMunicipalities(), ViewScope.Kind.MUNICIPALITIES, municipalities);
    }

    private static List<Organisation> byName(Collection<Organisation> municipalities) {
        Collator swedish = Collator.getInstance(Locale.of("sv"));
        return municipalities.stream().sorted(Comparator.comparing(Organisation::shortName, swedish)).toList();
    }

    /** Importing incidents and areas, and writing the lägesbild, is for a party's analysts and editors. */
    public boolean mayImport(StaffMember member, OrganisationId organisation) {
        return member.handlesSituationOf(organisation);
    }

    /** Place reports come from reporters, and from the analysts who also may import. */
    public boolean mayReport(StaffMember member, OrganisationId organisation) {
        return member.has(Role.REPORTER, organisation) || mayImport(member, organisation);
    }

    /** The organisations the member may import for (or, for a system administrator, none in particular). */
    public Set<OrganisationId> importingOrganisations(StaffMember member) {
        return member.situationOrganisations();
    }
}
