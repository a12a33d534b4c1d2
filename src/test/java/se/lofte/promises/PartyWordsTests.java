package se.lofte.promises;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.promises.PromiseFixtures.*;

class PartyWordsTests {

    private static final PromiseContent.FocusPlaceRef TORGET = new PromiseContent.FocusPlaceRef(7, "Torget");

    @Test
    void theFocusPlacesOfAnotherPartysCommitmentAreThatPartysWords() {
        var before = complete();
        var after = withCommitmentPlaces(before, 0, List.of(TORGET));
        assertThat(PartyWords.check(before, after, Set.of(AMAL.id()))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("commitments[0].title");
            assertThat(p.code()).isEqualTo("problem.otherPartysWords");
            assertThat(p.args()).containsExactly("LPO Östra Fyrbodal");
        });
        assertThat(PartyWords.check(before, after, Set.of(POLICE.id()))).isEmpty();
    }

    @Test
    void thePromisesOwnFocusPlacesAreJointText() {
        var before = complete();
        var after = new PromiseContent(before.parties(), before.start(), before.end(), before.title(), before.lead(),
                before.situation(), before.commitments(), before.goals(), before.focusPlaces(), List.of(TORGET),
                before.followUp(), before.followAlong(), before.signatories(), before.image());
        assertThat(PartyWords.check(before, after, Set.of(AMAL.id()))).isEmpty();
    }
}
