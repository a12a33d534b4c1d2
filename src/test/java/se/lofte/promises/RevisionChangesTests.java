package se.lofte.promises;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.promises.PromiseFixtures.*;

class RevisionChangesTests {

    @Test
    void identicalRevisionsHaveNoChanges() {
        assertThat(RevisionChanges.between(complete(), complete())).isEmpty();
    }

    @Test
    void aChangedTargetIsNamedByGoalAndField() {
        var before = complete();
        var goals = new java.util.ArrayList<>(before.goals());
        goals.set(0, new PromiseContent.Goal("g1", POLICE.id(), goals.get(0).text(),
                new PromiseContent.NumericTarget("Genomförda trafikkontroller", "kontroller", BigDecimal.ZERO,
                        BigDecimal.valueOf(25), PromiseContent.Direction.INCREASE, before.end())));
        var changes = RevisionChanges.between(before, withGoals(before, goals));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("section.goal");
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.field()).isEqualTo("field.target");
            assertThat(c.before()).isEqualTo("20");
            assertThat(c.after()).isEqualTo("25");
            assertThat(c.kind()).isEqualTo(RevisionChanges.Kind.CHANGED);
        });
    }

    @Test
    void aThemeGivenToACommitmentIsAChangeNamedInSwedish() {
        var before = complete();
        assertThat(RevisionChanges.between(before, withCommitmentTheme(before, 0, Theme.TRAFFIC))).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("section.commitment");
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.field()).isEqualTo("field.theme");
            assertThat(c.after()).isEqualTo("Trafik");
            assertThat(c.kind()).isEqualTo(RevisionChanges.Kind.ADDED);
        });
    }

    @Test
    void marksOnlyTheChangedWords() {
        var words = RevisionChanges.words("Fler ska känna sig trygga i centrum.", "Fler ska känna sig trygga i hela centrum.");
        assertThat(words).extracting(RevisionChanges.Segment::mark, RevisionChanges.Segment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RevisionChanges.Mark.SAME, "Fler ska känna sig trygga i "),
                org.assertj.core.groups.Tuple.tuple(RevisionChanges.Mark.ADDED, "hela "),
                org.assertj.core.groups.Tuple.tuple(RevisionChanges.Mark.SAME, "centrum."));
    }

    @Test
    void aRemovedGoalAndAnAddedOneAreBothListed() {
        var before = complete();
        var after = withGoals(before, List.of(before.goals().get(0),
                new PromiseContent.Goal("g9", null, "Nytt mål om belysning.", null)));
        var changes = RevisionChanges.between(before, after);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RevisionChanges.Kind.ADDED);
            assertThat(c.after()).isEqualTo("Nytt mål om belysning.");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RevisionChanges.Kind.REMOVED);
            assertThat(c.before()).isEqualTo("Fler ska känna sig trygga i centrum.");
        });
    }

    @Test
    void reorderingCommitmentsIsNotATextChange() {
        var before = complete();
        var after = new PromiseContent(before.parties(), before.start(), before.end(), before.title(), before.lead(),
                before.situation(), before.commitments().reversed(), before.goals(), before.focusPlaces(), before.focusPlaceRefs(),
                before.followUp(), before.followAlong(), before.signatories(), before.image());
        assertThat(RevisionChanges.between(before, after)).isEmpty();
    }

    @Test
    void aChangedFocusPlaceOfACommitmentIsNamedByTheCommitment() {
        var torget = new PromiseContent.FocusPlaceRef(7, "Torget");
        var station = new PromiseContent.FocusPlaceRef(8, "Stationsområdet");
        var before = withCommitmentPlaces(complete(), 1, List.of(torget));
        var after = withCommitmentPlaces(complete(), 1, List.of(torget, station));
        assertThat(RevisionChanges.between(before, after)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(RevisionChanges.Kind.CHANGED);
            assertThat(c.section()).isEqualTo("section.commitment");
            assertThat(c.number()).isEqualTo(2);
            assertThat(c.field()).isEqualTo("places.field.commitmentPlaces");
            assertThat(c.before()).isEqualTo("Torget");
            assertThat(c.after()).isEqualTo("Torget, Stationsområdet");
        });
    }

    @Test
    void renamingAFocusPlaceChangesNothingAlreadyWritten() {
        var content = withCommitmentPlaces(complete(), 0, List.of(new PromiseContent.FocusPlaceRef(7, "Torget")));
        assertThat(PromiseJson.content(PromiseJson.write(content)).commitments().getFirst().focusPlaceNames())
                .isEqualTo("Torget");
    }
}
