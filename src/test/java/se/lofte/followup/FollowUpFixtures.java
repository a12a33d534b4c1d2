package se.lofte.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.testing.Reactions;
import se.lofte.testing.SeedParties;
import se.lofte.testing.SpringFixture;

/**
 * Promises of LPO Östra Fyrbodal and Bengtsfors made for follow-up tests, never the seed promise: two commitments
 * (c1 traffic controls by the police, c2 lighting by the municipality), a goal g1 of at least 100 vehicles
 * controlled, counted from the measures' outputs, and a qualitative goal g2. A Spring test registers it:
 * <pre>{@code @RegisterExtension final FollowUpFixtures fixtures = new FollowUpFixtures();}</pre>
 */
final class FollowUpFixtures extends SpringFixture {

    static final String UNIT = "fordon kontrollerade";

    private PromiseManagement promises;
    private PublishedPromises published;
    private MeasureManagement measures;
    private ProgressManagement progress;
    private JdbcClient jdbc;
    private List<PromiseContent.Party> parties;

    @Override
    public void use(ApplicationContext spring) {
        promises = spring.getBean(PromiseManagement.class);
        published = spring.getBean(PublishedPromises.class);
        measures = spring.getBean(MeasureManagement.class);
        progress = spring.getBean(ProgressManagement.class);
        jdbc = spring.getBean(JdbcClient.class);
        parties = SeedParties.of(spring);
    }

    PromiseContent.Party police() {
        return parties.get(0);
    }

    PromiseContent.Party municipality() {
        return parties.get(1);
    }

    /** Editors and signatories of both parties. */
    StaffMember both() {
        var memberships = new HashSet<Membership>();
        for (var party : parties) {
            memberships.add(new Membership(party.id(), Role.EDITOR));
            memberships.add(new Membership(party.id(), Role.SIGNATORY));
        }
        return new StaffMember("followup-parties", "Båda parterna", false, memberships);
    }

    /** A person with these roles in one party only. */
    static StaffMember of(PromiseContent.Party party, String username, Role... roles) {
        var memberships = new HashSet<Membership>();
        for (Role role : roles) {
            memberships.add(new Membership(party.id(), role));
        }
        return new StaffMember(username, username, false, memberships);
    }

    /** The promise for the year, signed and published, with g1 counted from the measures' outputs. */
    PromiseId published(int year) {
        return published(year, List.of());
    }

    /** The same about these focus places of the lägesbild. */
    PromiseId published(int year, List<PromiseContent.FocusPlaceRef> focusPlaces) {
        var result = promises.create(content(year, focusPlaces), both());
        if (!result.saved()) {
            throw new IllegalStateException("Test promise refused: " + result.problems());
        }
        PromiseId id = result.id();
        for (var party : parties) {
            promises.sign(id, party.id(), both());
        }
        promises.publish(id, both(), "Test Publicerare");
        var problems = progress.chooseIndicator(id, "g1", "measure-output", Map.of("measureKind", "trafikkontroll",
                "unit", UNIT), both());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Test source refused: " + problems);
        }
        return id;
    }

    /** Logs a police traffic control under c1 on the day, and waits until the goals have counted it. */
    void measure(PromiseId id, LocalDate day, String vehicles) {
        var saved = measures.log(id, new MeasureInput(List.of("c1"), day, null, null, police().id(), "trafikkontroll",
                List.of(new MeasureInput.OutputLine(vehicles, UNIT)), "Kontroll på Storgatan.", null, false, List.of(),
                List.of()), both());
        if (!saved.problems().isEmpty()) {
            throw new IllegalStateException("Test measure refused: " + saved.problems());
        }
        Reactions.settle(jdbc);
    }

    PublishedRevision latest(PromiseId id) {
        return published.latest(id).orElseThrow();
    }

    private PromiseContent content(int year, List<PromiseContent.FocusPlaceRef> focusPlaces) {
        var police = police().id();
        var municipality = municipality().id();
        return new PromiseContent(parties, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "Medborgarlöfte " + year, "Tryggare gator i Bengtsfors.", "Skadegörelsen har ökat.",
                List.of(new PromiseContent.Commitment("c1", "Trafikkontroller", "Kontroller på Storgatan.",
                                List.of(police), List.of()),
                        new PromiseContent.Commitment("c2", "Belysning", "Bättre belysning i parken.",
                                List.of(municipality), List.of())),
                List.of(new PromiseContent.Goal("g1", police, "Minst 100 kontrollerade fordon.",
                                new PromiseContent.NumericTarget("Kontrollerade fordon", UNIT, BigDecimal.ZERO,
                                        BigDecimal.valueOf(100), PromiseContent.Direction.INCREASE,
                                        LocalDate.of(year, 12, 31))),
                        new PromiseContent.Goal("g2", null, "Parken upplevs som tryggare.", null)),
                List.of("Storgatan"), focusPlaces,
                new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"), "Vi berättar på webben.",
                List.of(new PromiseContent.Signatory("Anna Andersson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Bo Berg", "kommunstyrelsens ordförande", municipality)),
                null);
    }
}
