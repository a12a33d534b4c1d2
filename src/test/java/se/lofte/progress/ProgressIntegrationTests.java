package se.lofte.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.NotAllowed;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProgressTest
@RecordApplicationEvents
class ProgressIntegrationTests {

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    ProgressManagement management;
    @Autowired
    ProgressReading reading;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;

    @Test
    void theSeedPolicePromiseCountedByHandGoesFromAtRiskToOnTrackToReached() {
        clock.setDay(LocalDate.of(2019, 7, 1));
        PublishedRevision seed = promises.seed();
        PromiseId id = seed.promiseId();
        StaffMember police = member(seed.content().parties().getFirst(), Role.ANALYST);
        int before = reading.changes(List.of(id), 1000).size();

        assertThat(management.chooseIndicator(id, "g1", ManualCountSource.KIND, Map.of(), police)).isEmpty();
        assertThat(management.recordCount(id, "g1", "0", "2019-06-30", police)).isEmpty();
        assertThat(g1(id).status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(management.recordCount(id, "g1", "3", "2019-06-30", police)).isEmpty();
        GoalProgress three = g1(id);
        assertThat(three.value()).isEqualByComparingTo("3");
        assertThat(three.asOf()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(three.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(three.sourceSv()).isEqualTo("Räknas för hand av LPO Östra Fyrbodal.");
        assertThat(three.sourceEn()).isEqualTo("Counted by hand by LPO Östra Fyrbodal.");
        assertThat(management.recordCount(id, "g1", "5", "2019-07-01", police)).isEmpty();
        GoalProgress five = g1(id);
        assertThat(five.value()).isEqualByComparingTo("5");
        assertThat(five.status()).isEqualTo(GoalStatus.REACHED);
        assertThat(five.series()).extracting(ProgressPoint::date)
                .containsExactly(LocalDate.of(2019, 6, 30), LocalDate.of(2019, 7, 1));

        List<ProgressChange> changes = reading.changes(List.of(id), 1000);
        assertThat(changes).hasSize(before + 3);
        assertThat(changes.subList(0, 3)).extracting(ProgressChange::status)
                .containsExactly(GoalStatus.REACHED, GoalStatus.ON_TRACK, GoalStatus.AT_RISK);
        assertThat(changes.get(0).previous()).isEqualByComparingTo("3");
        assertThat(changes.get(0).value()).isEqualByComparingTo("5");
        assertThat(changes.get(1).previous()).isEqualByComparingTo("0");
        assertThat(reading.change(changes.get(0).id())).contains(changes.get(0));
        assertThat(events.stream(GoalProgressChanged.class).filter(e -> e.promise().equals(id))).hasSize(3);
        assertThat(management.counts(id, "g1")).extracting(ManualCount::recordedBy)
                .containsOnly(police.username());
    }

    @Test
    void aCountIsRefusedAtItsFieldWhenUnreadableNegativeOrInTheFuture() {
        clock.setDay(LocalDate.of(2019, 7, 1));
        PublishedRevision seed = promises.seed();
        StaffMember police = member(seed.content().parties().getFirst(), Role.EDITOR);
        PromiseId id = seed.promiseId();
        assertThat(management.recordCount(id, "g1", "tre", "2019-06-01", police))
                .extracting(p -> p.field() + ":" + p.code()).containsExactly("value:progress.count.valueNumber");
        assertThat(management.recordCount(id, "g1", "-1", "", police))
                .extracting(p -> p.field() + ":" + p.code())
                .containsExactly("value:progress.count.valueRange", "asOf:progress.count.asOfRequired");
        assertThat(management.recordCount(id, "g1", "2", "2019-07-02", police))
                .extracting(p -> p.field() + ":" + p.code()).containsExactly("asOf:progress.count.asOfFuture");
    }

    @Test
    void onlyTheGoalsPartyCountsIt() {
        PublishedRevision seed = promises.seed();
        var municipality = seed.content().parties().get(1);
        PromiseId id = seed.promiseId();
        assertThatThrownBy(() -> management.recordCount(id, "g1", "1", "2019-06-01",
                member(municipality, Role.EDITOR))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> management.recordCount(id, "g1", "1", "2019-06-01",
                member(seed.content().parties().getFirst(), Role.VIEWER))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aQualitativeGoalTakesNoIndicator() {
        PublishedRevision seed = promises.seed();
        StaffMember both = new StaffMember("progress-both", "Both", false, Set.of(
                new Membership(seed.content().parties().get(0).id(), Role.EDITOR),
                new Membership(seed.content().parties().get(1).id(), Role.EDITOR)));
        assertThat(management.chooseIndicator(seed.promiseId(), "g3", ManualCountSource.KIND, Map.of(), both))
                .extracting(p -> p.code()).containsExactly("progress.indicator.qualitative");
        assertThat(reading.goals(seed.promiseId())).extracting(GoalProgress::goalKey).containsExactly("g1");
    }

    private GoalProgress g1(PromiseId id) {
        return reading.goals(id).stream().filter(g -> g.goalKey().equals("g1")).findFirst().orElseThrow();
    }

    static StaffMember member(PromiseContent.Party party, Role role) {
        return new StaffMember("progress-" + role.name().toLowerCase() + "-" + party.id(), "Test", false,
                Set.of(new Membership(party.id(), role)));
    }
}
