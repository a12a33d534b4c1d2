package se.lofte.testing;

import java.util.List;

import org.springframework.context.ApplicationContext;

import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseManagement;

/** The two parties of the 2019 seed promise, as a promise names them: LPO Östra Fyrbodal first, then Bengtsfors. */
public final class SeedParties {

    private SeedParties() {
    }

    public static List<PromiseContent.Party> of(ApplicationContext spring) {
        var organisations = spring.getBean(Organisations.class);
        var police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).stream()
                .filter(o -> o.name().equals("LPO Östra Fyrbodal")).findFirst().orElseThrow();
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        return spring.getBean(PromiseManagement.class).parties(List.of(police.id(), bengtsfors.id()));
    }
}
