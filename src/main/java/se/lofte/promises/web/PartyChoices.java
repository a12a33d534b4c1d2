package se.lofte.promises.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * The local police areas and municipalities an editor is offered as parties: a promise is made by the
 * editor's own organisation with its partner, so an LPO's editor sees the municipalities the LPO covers (four,
 * not 290) and a municipality's editor the LPOs that cover it. A system administrator, or an editor whose
 * organisation has no coverage recorded, is offered all. The parties a promise already has are always offered,
 * so that an existing promise shows them.
 */
record PartyChoices(List<Organisation> policeAreas, List<Organisation> municipalities) {

    static PartyChoices of(StaffMember editor, Organisations organisations, PromiseForm form) {
        List<Organisation> allPolice = organisations.all(OrganisationKind.LOCAL_POLICE_AREA);
        List<Organisation> allMunicipalities = organisations.all(OrganisationKind.MUNICIPALITY);
        if (editor.systemAdmin()) {
            return new PartyChoices(allPolice, allMunicipalities);
        }
        Set<OrganisationId> own = editor.organisationsWhere(Role.EDITOR);
        Map<OrganisationId, Organisation> police = new LinkedHashMap<>();
        Map<OrganisationId, Organisation> municipalities = new LinkedHashMap<>();
        for (Organisation lpo : allPolice) {
            if (own.contains(lpo.id())) {
                police.put(lpo.id(), lpo);
                organisations.coveredMunicipalities(lpo.id()).forEach(m -> municipalities.put(m.id(), m));
            }
        }
        for (Organisation municipality : allMunicipalities) {
            if (own.contains(municipality.id())) {
                municipalities.put(municipality.id(), municipality);
                organisations.coveringLocalPoliceAreas(municipality.id()).forEach(p -> police.put(p.id(), p));
            }
        }
        return new PartyChoices(offered(police, allPolice, form.getPoliceId()),
                offered(municipalities, allMunicipalities, form.getMunicipalityId()));
    }

    /** The chosen ones plus the form's current party, in the usual order; all when nothing narrows the choice. */
    private static List<Organisation> offered(Map<OrganisationId, Organisation> chosen, List<Organisation> all,
                                              Long current) {
        if (chosen.isEmpty()) {
            return all;
        }
        return all.stream()
                .filter(o -> chosen.containsKey(o.id()) || current != null && o.id().value() == current).toList();
    }
}
