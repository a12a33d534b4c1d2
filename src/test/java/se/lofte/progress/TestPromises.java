package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.testing.SeedPartiesFixture;

/**
 * Promises of LPO Östra Fyrbodal and Bengtsfors with one numeric goal, written, signed and published for tests. A
 * Spring test registers it: <pre>{@code @RegisterExtension final TestPromises promises = new TestPromises();}</pre>
 */
final class TestPromises extends SeedPartiesFixture {

    private PublishedPromises published;

    TestPromises() {
        super("progress-parties");
    }

    @Override
    public void use(ApplicationContext spring) {
        super.use(spring);
        published = spring.getBean(PublishedPromises.class);
    }

    /** The latest revision of the Bengtsfors promise of 2019 that the migrations load. */
    PublishedRevision seed() {
        return published.ofMunicipalityStarting(municipality().id(), 2019).orElseThrow();
    }

    /** A draft for the year with one goal, g1. */
    PromiseId draft(int year, PromiseContent.Goal goal) {
        return draft(content(year, List.of(), List.of(goal), List.of()));
    }

    PromiseId published(int year, PromiseContent.Goal goal) {
        return signedAndPublished(draft(year, goal));
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
        policeMeasure(id, LocalDate.parse(day), kind, quantity, unit, "Kontroll.");
    }

    static PromiseContent.Goal goal(PromiseContent.Party owner, String text, PromiseContent.NumericTarget numeric) {
        return new PromiseContent.Goal("g1", owner == null ? null : owner.id(), text, numeric);
    }

    static PromiseContent.NumericTarget target(String indicator, String unit, int baseline, int target,
                                               PromiseContent.Direction direction, LocalDate deadline) {
        return new PromiseContent.NumericTarget(indicator, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target),
                direction, deadline);
    }
}
