package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.testing.Reactions;
import se.lofte.testing.SeedParties;
import se.lofte.testing.SpringFixture;

/**
 * Promises of LPO Östra Fyrbodal and Bengtsfors with one numeric goal, written, signed and published for tests. A
 * Spring test registers it: <pre>{@code @RegisterExtension final TestPromises promises = new TestPromises();}</pre>
 */
final class TestPromises extends SpringFixture {

    private PromiseManagement promises;
    private PublishedPromises published;
    private MeasureManagement measures;
    private JdbcClient jdbc;
    private List<PromiseContent.Party> parties;

    @Override
    public void use(ApplicationContext spring) {
        promises = spring.getBean(PromiseManagement.class);
        published = spring.getBean(PublishedPromises.class);
        measures = spring.getBean(MeasureManagement.class);
        jdbc = spring.getBean(JdbcClient.class);
        parties = SeedParties.of(spring);
    }

    PromiseContent.Party police() {
        return parties.get(0);
    }

    PromiseContent.Party municipality() {
        return parties.get(1);
    }

    /** The latest revision of the Bengtsfors promise of 2019 that the migrations load. */
    PublishedRevision seed() {
        return published.ofMunicipalityStarting(municipality().id(), 2019).orElseThrow();
    }

    /** Editors and signatories of both parties. */
    StaffMember both() {
        var memberships = new HashSet<Membership>();
        for (var party : parties) {
            memberships.add(new Membership(party.id(), Role.EDITOR));
            memberships.add(new Membership(party.id(), Role.SIGNATORY));
        }
        return new StaffMember("progress-parties", "Both parties", false, memberships);
    }

    /** A draft for the year with one goal, g1. */
    PromiseId draft(int year, PromiseContent.Goal goal) {
        var result = promises.create(content(year, goal), both());
        if (!result.saved()) {
            throw new IllegalStateException("Test promise refused: " + result.problems());
        }
        return result.id();
    }

    PromiseId published(int year, PromiseContent.Goal goal) {
        PromiseId id = draft(year, goal);
        for (var party : parties) {
            promises.sign(id, party.id(), both());
        }
        promises.publish(id, both(), "Test Publicerare");
        return id;
    }

    /** A published promise whose goal g1 runs to the end of the year. */
    PromiseId published(int year, PromiseContent.Party owner, String text, String indicator, String unit, int baseline,
                        int target, PromiseContent.Direction direction) {
        return published(year, goal(owner, text, target(indicator, unit, baseline, target, direction,
                LocalDate.of(year, 12, 31))));
    }

    /** A published promise whose goal g1, the police's, is that at least five people are prosecuted. */
    PromiseId fiveProsecuted(int year) {
        return published(year, police(), "Minst fem lagförda.", "Lagförda", "personer", 0, 5,
                PromiseContent.Direction.INCREASE);
    }

    /** A published promise whose goal g1 is at most three reported acts of vandalism at the place. */
    PromiseId vandalismAt(int year, PromiseContent.Party owner, String place) {
        return published(year, owner, "Högst tre skadegörelser på " + place + ".", "Anmälda skadegörelser på " + place,
                "händelser", 10, 3, PromiseContent.Direction.DECREASE);
    }

    /** A draft whose joint goal g1, fewer acts of vandalism, has no place and no source yet. */
    PromiseId fewerVandalismDraft(int year) {
        return draft(year, goal(null, "Färre skadegörelser.",
                target("Skadegörelser", "händelser", 10, 3, PromiseContent.Direction.DECREASE, LocalDate.of(year, 12, 31))));
    }

    /**
     * Logs a measure of the police against commitment c1 on the day with one output, and waits until the goals
     * have counted it.
     */
    void measure(PromiseId id, String day, String kind, String quantity, String unit) {
        var saved = measures.log(id, new MeasureInput(List.of("c1"), LocalDate.parse(day), null, null, police().id(),
                kind, List.of(new MeasureInput.OutputLine(quantity, unit)), "Kontroll.", null, false, List.of(),
                List.of()), both());
        if (!saved.problems().isEmpty()) {
            throw new IllegalStateException("Test measure refused: " + saved.problems());
        }
        Reactions.settle(jdbc);
    }

    static PromiseContent.Goal goal(PromiseContent.Party owner, String text, PromiseContent.NumericTarget numeric) {
        return new PromiseContent.Goal("g1", owner == null ? null : owner.id(), text, numeric);
    }

    static PromiseContent.NumericTarget target(String indicator, String unit, int baseline, int target,
                                               PromiseContent.Direction direction, LocalDate deadline) {
        return new PromiseContent.NumericTarget(indicator, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target),
                direction, deadline);
    }

    private PromiseContent content(int year, PromiseContent.Goal goal) {
        var police = police().id();
        var municipality = municipality().id();
        return new PromiseContent(parties, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                "Medborgarlöfte " + year, "Tryggare gator i Bengtsfors.", "Skadegörelsen har ökat.",
                List.of(new PromiseContent.Commitment("c1", "Trafikkontroller", "Kontroller på Storgatan.",
                        List.of(police), List.of())),
                List.of(goal), List.of("Storgatan"), List.of(),
                new PromiseContent.FollowUpPlan("Varje kvartal", "Kommunen"), "Vi berättar på webben.",
                List.of(new PromiseContent.Signatory("Anna Andersson", "lokalpolisområdeschef", police),
                        new PromiseContent.Signatory("Bo Berg", "kommunstyrelsens ordförande", municipality)),
                null);
    }
}
