package se.lofte.followup;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.lofte.incidents.IncidentScope;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;

/**
 * The lägesbild as a promise's parties see it together: the incidents in the municipalities among them and those
 * they imported, and their own places. Evidence is counted in it, whoever of the parties' staff asks.
 */
@Component
class PartiesScope {

    private final Organisations organisations;

    PartiesScope(Organisations organisations) {
        this.organisations = organisations;
    }

    IncidentScope of(PromiseContent content) {
        Set<String> municipalities = organisations.findAll(content.parties().stream()
                        .filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).map(PromiseContent.Party::id).toList())
                .stream().map(Organisation::scbCode).collect(Collectors.toSet());
        return new IncidentScope(false, content.parties().stream().map(p -> p.id().value())
                .collect(Collectors.toSet()), municipalities);
    }
}
