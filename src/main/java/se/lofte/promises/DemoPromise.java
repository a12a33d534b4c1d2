package se.lofte.promises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.BeforeServing;
import se.lofte.shared.Dates;
import se.lofte.shared.LofteProperties;

/**
 * Demo data: on the first start with no promises, loads the real 2019 citizen promise of LPO Östra
 * Fyrbodal and Bengtsfors kommun word for word, signed by both parties and published on 15 February 2019
 * by Sofia Magnusson, as residents saw it. Its photo is not ours to ship; the caption and credit are kept.
 *
 * <p>Loaded before the web server opens its port ({@link BeforeServing}), so the seed page never answers 404
 * to a first visitor.
 */
@Component
// Start-up work of a serving site: a command run from the command line (Lofte.main) starts no web
// application and should change nothing it was not asked to.
@ConditionalOnWebApplication
class DemoPromise extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoPromise.class);

    private final Promises promises;
    private final PromiseManagement management;
    private final Organisations organisations;
    private final boolean wanted;

    DemoPromise(Promises promises, PromiseManagement management, Organisations organisations,
                LofteProperties properties) {
        // After the first administrator (accounts, step 0).
        super(1);
        this.promises = promises;
        this.management = management;
        this.organisations = organisations;
        // Read at run time rather than as a condition on the bean: a jar built with Spring's AOT processing
        // settles conditions when it is built, and lofte.demo-data=false must still keep the demo out.
        this.wanted = properties.demoData();
    }

    /** Loads the demo promise into a database without promises, unless lofte.demo-data is false. */
    @Override
    protected void prepare() {
        if (wanted && !promises.any()) {
            load();
        }
    }

    private void load() {
        Organisation police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).stream()
                .filter(o -> o.name().equals("LPO Östra Fyrbodal")).findFirst().orElseThrow();
        Organisation bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var content = bengtsfors2019(management.parties(List.of(police.id(), bengtsfors.id())));
        // The demo data writes as an editor of both parties, as the two organisations did in 2019.
        var author = new StaffMember("demo", "Demo data", false, Set.of(new Membership(police.id(), Role.EDITOR),
                new Membership(bengtsfors.id(), Role.EDITOR)));
        var saved = management.create(content, author);
        if (!saved.saved()) {
            throw new IllegalStateException("The demo promise breaks a rule: " + saved.problems());
        }
        OffsetDateTime signedAt = LocalDate.of(2019, 2, 15).atTime(9, 0).atZone(Dates.SWEDEN).toOffsetDateTime();
        management.sign(saved.id(), police.id(), "Sten-Anders Jakobsson", signedAt);
        management.sign(saved.id(), bengtsfors.id(), "Per Eriksson", signedAt);
        management.publish(saved.id(), "demo", "Sofia Magnusson", signedAt);
        log.info("Löfte: loaded the demo promise of LPO Östra Fyrbodal and Bengtsfors kommun for 2019");
    }

    static PromiseContent bengtsfors2019(List<PromiseContent.Party> parties) {
        var police = parties.get(0).id();
        var municipality = parties.get(1).id();
        var both = List.of(police, municipality);
        return new PromiseContent(parties, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
                "Medborgarlöfte för 2019",
                "Under 2019 lovar polisen och kommunen att öka insatserna mot narkotikamissbruket samt genomföra"
                        + " åtgärder mot störande trafik på vissa särskilt utsatta platser. Det fastställs i det"
                        + " medborgarlöfte för 2019 som tecknats mellan polisen och Bengtsfors kommun.",
                "Efter att kommunen och polisen gemensamt analyserat lägesbilden avseende narkotikamissbruket i"
                        + " kommunen finns tecken på att narkotikamissbruket ökat. Vidare finns problem med störande"
                        + " trafik på vissa särskilt utsatta platser. Vid genomförandet av olika former av"
                        + " medborgardialog har denna bild förstärkts.",
                List.of(
                        new PromiseContent.Commitment("c1", "Öka insatserna mot narkotikamissbruket",
                                "Polisen och kommunen ska öka insatserna mot narkotikamissbruket. Särskilt fokus"
                                        + " ska riktas mot personer som inte tidigare är kända narkotikamissbrukare.",
                                both, List.of()),
                        new PromiseContent.Commitment("c2",
                                "Genomföra åtgärder mot störande trafik på vissa särskilt utvalda och utsatta platser.",
                                "Polisen samt kommunen ska gemensamt identifiera samt genomföra åtgärder som kan"
                                        + " vara verksamma mot problemet.",
                                both, List.of())),
                List.of(
                        new PromiseContent.Goal("g1", police,
                                "Polisen har som mål att lagföra minst fem individer som inte tidigare är kända"
                                        + " för narkotikabrott.",
                                new PromiseContent.NumericTarget(
                                        "Lagförda individer som inte tidigare är kända för narkotikabrott",
                                        "individer", BigDecimal.ZERO, BigDecimal.valueOf(5),
                                        PromiseContent.Direction.INCREASE, LocalDate.of(2019, 12, 31))),
                        new PromiseContent.Goal("g2", municipality,
                                "Kommunen har som mål att särskilt rikta insatser mot inte tidigare kända"
                                        + " narkotikamissbrukare. Detta genom ökad samverkan mellan socialtjänst och"
                                        + " andra samhällsaktörer som exempelvis skolor och fritidsverksamheter.",
                                null),
                        new PromiseContent.Goal("g3", null,
                                "Polisen, kommunen samt andra berörda aktörer ska gemensamt genomföra åtgärder mot"
                                        + " någon eller några strategiskt utvalda gatuavsnitt som beskrivits som"
                                        + " särskilt utsatta för störande trafik.",
                                null)),
                List.of(), List.of(),
                new PromiseContent.FollowUpPlan("En gång, innan årets utgång", "Kommunen och polisen gemensamt"),
                "Återkoppling och resultatet av det arbete som bedrivs för att nå målen sker via polisens och"
                        + " kommunens webbplatser, i sociala medier samt massmedia. Medborgarlöftet följs gemensamt"
                        + " upp av kommunen och polisen innan årets utgång.",
                List.of(new PromiseContent.Signatory("Sten-Anders Jakobsson",
                                "tf lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Per Eriksson", "kommunstyrelsens vice ordförande", municipality)),
                new PromiseContent.Image(null, null,
                        "tf lokalpolisområdeschefen för LPO Östra Fyrbodal, Sten-Anders Jakobsson tillsammans med"
                                + " Per Eriksson, kommunstyrelsens vice ordförande i Bengtsfors kommun",
                        "tf lokalpolisområdeschefen för LPO Östra Fyrbodal, Sten-Anders Jakobsson tillsammans med"
                                + " Per Eriksson, kommunstyrelsens vice ordförande.",
                        "Foto från Polismyndigheten"));
    }
}
