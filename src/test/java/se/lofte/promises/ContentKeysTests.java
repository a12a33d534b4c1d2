package se.lofte.promises;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.promises.PromiseFixtures.*;

class ContentKeysTests {

    private static final String HOSTILE = "x\"><b class=INJ>i<img src=x onerror=alert(1)>";
    private static final String WELL_FORMED = "[a-z0-9-]{1,40}";

    @Test
    void wellFormedKeysAreKeptAsTheyAre() {
        var content = complete();
        assertThat(ContentKeys.settle(content)).isEqualTo(content);
        assertThat(ContentKeys.wellFormed("0f3a-b2")).isTrue();
        assertThat(ContentKeys.wellFormed("k".repeat(40))).isTrue();
    }

    @Test
    void keysThatAreNotWellFormedAreReplacedAndEverythingElseKept() {
        for (String key : List.of(HOSTILE, "k".repeat(41), "k".repeat(60), "G1", "g 1", "g/1", "mål", "g1\n")) {
            var settled = ContentKeys.settle(withKeys(complete(), key, key));
            assertThat(settled.commitments().getFirst().key()).as(key).matches(WELL_FORMED);
            assertThat(settled.goals().getFirst().key()).as(key).matches(WELL_FORMED);
            assertThat(settled.commitments().get(1).key()).isEqualTo("c2");
            assertThat(withKeys(settled, "c1", "g1")).isEqualTo(complete());
        }
    }

    @Test
    void aNewBlockGetsAKeyOfItsOwn() {
        var settled = ContentKeys.settle(withKeys(complete(), "", null));
        assertThat(settled.commitments().getFirst().key()).matches(WELL_FORMED).isNotEqualTo("c2");
        assertThat(settled.goals().getFirst().key()).matches(WELL_FORMED).isNotEqualTo("g2");
    }

    @Test
    void aKeyTakenByAnEarlierBlockIsNotGivenTwice() {
        var settled = ContentKeys.settle(withKeys(complete(), "c2", "g2"));
        assertThat(settled.commitments()).extracting(PromiseContent.Commitment::key).doesNotHaveDuplicates()
                .allMatch(k -> k.matches(WELL_FORMED)).first().isEqualTo("c2");
        assertThat(settled.goals()).extracting(PromiseContent.Goal::key).doesNotHaveDuplicates()
                .allMatch(k -> k.matches(WELL_FORMED)).first().isEqualTo("g2");
    }

    /** So that a working copy saved before keys were checked compares with its next save block by block. */
    @Test
    void theKeyReplacingOneThatIsNotWellFormedIsTheSameEachTime() {
        var legacy = withKeys(complete(), HOSTILE, HOSTILE);
        assertThat(ContentKeys.settle(legacy)).isEqualTo(ContentKeys.settle(legacy));
        var edited = withTitle(legacy, "Medborgarlöfte för Åmål");
        assertThat(PartyWords.check(ContentKeys.settle(legacy), ContentKeys.settle(edited), Set.of(AMAL.id())))
                .isEmpty();
    }

    /** The first commitment's and the first goal's keys set as given. */
    private static PromiseContent withKeys(PromiseContent c, String commitmentKey, String goalKey) {
        var first = c.commitments().getFirst();
        var goal = c.goals().getFirst();
        var commitments = new ArrayList<>(c.commitments());
        commitments.set(0, new PromiseContent.Commitment(commitmentKey, first.title(), first.text(),
                first.responsible(), first.focusPlaceRefs()));
        var goals = new ArrayList<>(c.goals());
        goals.set(0, new PromiseContent.Goal(goalKey, goal.owner(), goal.text(), goal.numeric()));
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), commitments,
                goals, c.focusPlaces(), c.focusPlaceRefs(), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }
}
