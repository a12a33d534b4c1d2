package se.lofte.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.Role;
import se.lofte.incidents.IncidentsChanged;
import se.lofte.measures.MeasureTimeline;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaces;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseId;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

@ProgressTest
class IndicatorSourcesIntegrationTests {

    @Autowired
    ProgressManagement management;
    @Autowired
    ProgressReading reading;
    @Autowired
    ProgressComputation computation;
    @Autowired
    MeasureTimeline timeline;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    Organisations organisations;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transactions;

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aJointGoalOnStreetSectionsCountsTheCategorysIncidentsOnThoseSectionsOnly() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 6, 15));
        var police = promises.police();
        PromiseId id = promises.vandalismAt(year, null, "Storgatan");
        var data = new SituationTestData(jdbc);
        long on1 = data.segment(police.id().value(), "Storgatan 1");
        long on2 = data.segment(police.id().value(), "Storgatan 2");
        long off = data.segment(police.id().value(), "Kyrkogatan");
        String placeName = "Storgatan " + UUID.randomUUID();
        var place = focusPlaces.create(police.id(), placeName, null, Set.of(), Set.of(on1, on2), promises.both()).id();
        String source = SituationTestData.uniqueSource();
        String code = organisations.municipalityBySlug("bengtsfors").orElseThrow().scbCode();
        long org = police.id().value();
        data.incident(source, "Skadegörelse", org, code, SituationTestData.at(year + "-03-02T22:00"), null, null, on1);
        data.incident(source, "Skadegörelse", org, code, SituationTestData.at(year + "-03-09T22:00"), null, null, on1);
        data.incident(source, "Skadegörelse", org, code, SituationTestData.at(year + "-05-01T01:00"), null, null, on2);
        data.incident(source, "Skadegörelse", org, code, SituationTestData.at((year - 1) + "-12-31T23:00"), null, null, on1);
        data.incident(source, "Skadegörelse", org, code, SituationTestData.at(year + "-04-01T12:00"), null, null, off);
        data.incident(source, "Klotter", org, code, SituationTestData.at(year + "-04-01T12:00"), null, null, on2);

        // A joint goal: an editor of the municipality may choose its source.
        var municipalityEditor = ProgressIntegrationTests.member(promises.municipality(), Role.EDITOR);
        assertThat(management.chooseIndicator(id, "g1", IncidentCountSource.KIND,
                Map.of("focusPlace", place.toString(), "category", "Skadegörelse"), municipalityEditor)).isEmpty();
        Reactions.settle(jdbc);
        GoalProgress three = reading.goals(id).getFirst();
        assertThat(three.value()).isEqualByComparingTo("3");
        assertThat(three.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(three.series()).extracting(ProgressPoint::date).startsWith(LocalDate.of(year, 1, 31))
                .endsWith(LocalDate.of(year, 6, 15));
        assertThat(three.series().get(2).value()).isEqualByComparingTo("2");
        assertThat(three.sourceSv()).isEqualTo("Antalet händelser i kategorin ”Skadegörelse” på " + placeName
                + " som har registrerats i lägesbilden, från den 1 januari " + year + " till och med den 31 december "
                + year + ".");

        data.incident(source, "Skadegörelse", org, code, SituationTestData.at(year + "-06-01T21:00"), null, null, on2);
        // As an import does: the event with its incidents, in one transaction.
        transactions.executeWithoutResult(status -> events.publishEvent(new IncidentsChanged(police.id())));
        Reactions.settle(jdbc);
        GoalProgress four = reading.goals(id).getFirst();
        assertThat(four.value()).isEqualByComparingTo("4");
        assertThat(four.status()).isEqualTo(GoalStatus.AT_RISK);

        clock.setDay(LocalDate.of(year + 1, 1, 10));
        computation.recomputeAll();
        GoalProgress after = reading.goals(id).getFirst();
        assertThat(after.value()).isEqualByComparingTo("4");
        assertThat(after.asOf()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(after.status()).isEqualTo(GoalStatus.NOT_REACHED);
        assertThat(reading.changes(List.of(id), 10)).extracting(ProgressChange::status)
                .containsExactly(GoalStatus.NOT_REACHED, GoalStatus.AT_RISK, GoalStatus.ON_TRACK);
    }

    @Test
    void aGoalWhoseFocusPlaceIsGoneCannotBeMeasuredWhileOneWithoutDataYetHasNotStarted() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 2, 1));
        var police = promises.police();
        PromiseId id = promises.vandalismAt(year, police, "torget");
        assertThat(reading.goals(id).getFirst().status()).as("no source chosen").isEqualTo(GoalStatus.NOT_MEASURABLE);
        var analyst = ProgressIntegrationTests.member(police, Role.ANALYST);
        assertThat(management.chooseIndicator(id, "g1", MeasureOutputSource.KIND, Map.of("unit", "timmar"), analyst))
                .isEmpty();
        assertThat(reading.goals(id).getFirst().status()).isEqualTo(GoalStatus.NOT_YET_MEASURED);

        // The focus place a goal was counted at is gone (as if removed since): nothing can read the goal's data.
        jdbc.sql("update goal_indicator set kind = ?, parameters_json = ? where promise_id = ? and goal_key = 'g1'")
                .params(IncidentCountSource.KIND, "{\"focusPlace\":\"-7\"}", id.value()).update();
        computation.recompute(id);
        GoalProgress gone = reading.goals(id).getFirst();
        assertThat(gone.status()).isEqualTo(GoalStatus.NOT_MEASURABLE);
        assertThat(gone.sourceSv()).isEqualTo("Platsen som målet räknades på finns inte längre.");
        // Neither step is news for residents: no value, and only between the two states without one.
        assertThat(reading.changes(List.of(id), 10)).isEmpty();
    }

    @Test
    void anIncidentCountNeedsAFocusPlaceOfThePromisesParties() {
        int year = TestYears.next();
        PromiseId id = promises.fewerVandalismDraft(year);
        assertThat(management.chooseIndicator(id, "g1", IncidentCountSource.KIND, Map.of("focusPlace", "-5"),
                promises.both())).extracting(p -> p.field() + ":" + p.code())
                .containsExactly("focusPlace:progress.source.focusPlaceUnknown");
        assertThat(management.chooseIndicator(id, "g1", IncidentCountSource.KIND, Map.of("from", "i maj"),
                promises.both())).extracting(p -> p.field() + ":" + p.code())
                .containsExactly("focusPlace:progress.source.focusPlaceRequired", "from:problem.date");
        assertThat(management.indicators(id)).isEmpty();
    }

    @Test
    void theSumOfMeasureOutputsFollowsTheMeasuresAsTheyAreLogged() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 4, 1));
        var police = promises.police();
        PromiseId id = promises.published(year, police, "Minst 20 kontrollerade fordon.",
                "Kontrollerade fordon", "fordon", 0, 20, Direction.INCREASE);
        var analyst = ProgressIntegrationTests.member(police, Role.ANALYST);
        assertThat(management.chooseIndicator(id, "g1", MeasureOutputSource.KIND,
                Map.of("measureKind", "trafikkontroll", "unit", "fordon kontrollerade"), analyst)).isEmpty();
        assertThat(reading.goals(id).getFirst().value()).isNull();
        assertThat(reading.goals(id).getFirst().status()).isEqualTo(GoalStatus.NOT_YET_MEASURED);

        promises.measure(id, year + "-02-10", "trafikkontroll", "12", "fordon kontrollerade");
        GoalProgress twelve = reading.goals(id).getFirst();
        assertThat(twelve.value()).isEqualByComparingTo("12");
        assertThat(twelve.status()).isEqualTo(GoalStatus.ON_TRACK);

        promises.measure(id, year + "-03-01", "skolbesok", "30", "fordon kontrollerade");
        promises.measure(id, year + "-03-05", "trafikkontroll", "5", "timmar");
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("12");

        promises.measure(id, year + "-03-20", "trafikkontroll", "9", " Fordon kontrollerade");
        GoalProgress reached = reading.goals(id).getFirst();
        assertThat(reached.value()).isEqualByComparingTo("21");
        assertThat(reached.asOf()).isEqualTo(LocalDate.of(year, 3, 20));
        assertThat(reached.status()).isEqualTo(GoalStatus.REACHED);
        // Residents read what is counted and since when, in plain words; the kind is on the staff page.
        assertThat(reached.sourceSv()).isEqualTo("Antalet fordon kontrollerade i de insatser som parterna för in"
                + " under löftet, räknat från den 1 januari " + year + ".");
        assertThat(reached.sourceEn()).isEqualTo("The number of fordon kontrollerade in the measures the parties"
                + " record under the promise, counted from 1 January " + year + ".");
    }

    @Test
    void patrolsAreAKindOfTheirOwnThatAGoalCounts() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 4, 1));
        assertThat(timeline.kinds()).extracting(k -> k.code() + ":" + k.nameSv() + ":" + k.nameEn())
                .contains("patrullering:Patrullering:Patrol");
        PromiseId id = promises.published(year, promises.police(), "Minst 30 patrulleringar.",
                "Patrulleringar", "patrulleringar", 0, 30, Direction.INCREASE);
        assertThat(management.chooseIndicator(id, "g1", MeasureOutputSource.KIND,
                Map.of("measureKind", "patrullering", "unit", "patrulleringar"), promises.both())).isEmpty();

        promises.measure(id, year + "-02-10", "patrullering", "12", "patrulleringar");
        promises.measure(id, year + "-02-11", "annat", "7", "patrulleringar");
        promises.measure(id, year + "-03-01", "patrullering", "4", "Patrulleringar ");
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("16");
    }

    @Test
    void theUnitsOfAPromisesMeasuresAreListedWithHowManyMeasuresHaveEach() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 4, 1));
        PromiseId id = promises.published(year, promises.police(), "Minst 30 patrulleringar.",
                "Patrulleringar", "patrulleringar", 0, 30, Direction.INCREASE);
        promises.measure(id, year + "-02-10", "patrullering", "12", "patrulleringar");
        promises.measure(id, year + "-02-11", "patrullering", "3", "Patrulleringar");
        promises.measure(id, year + "-02-12", "patrullering", "2", "patrulleringar ");
        promises.measure(id, year + "-02-13", "annat", "7", "fotpatrulleringar");
        promises.measure(id, year + "-02-14", "patrullering", "5", "timmar");

        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate today = LocalDate.of(year, 4, 1);
        assertThat(timeline.outputUnits(id, null, from, today)).extracting(u -> u.unit() + ":" + u.measures())
                .containsExactly("patrulleringar:3", "fotpatrulleringar:1", "timmar:1");
        assertThat(timeline.outputUnits(id, "patrullering", from, today)).extracting(u -> u.unit() + ":" + u.measures())
                .containsExactly("patrulleringar:3", "timmar:1");
        assertThat(timeline.outputUnits(id, "patrullering", from, today).getFirst().matches(" PATRULLERINGAR"))
                .isTrue();
        // What the list offers is what a goal counts: the days outside are left out of both.
        assertThat(timeline.outputUnits(id, null, from, LocalDate.of(year, 2, 10)))
                .extracting(u -> u.unit() + ":" + u.measures()).containsExactly("patrulleringar:1");
    }
}
