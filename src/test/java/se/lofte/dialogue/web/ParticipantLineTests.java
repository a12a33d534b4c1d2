package se.lofte.dialogue.web;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lofte.dialogue.ParticipantGroup;

import static org.assertj.core.api.Assertions.assertThat;

/** The total of a meeting's participants is shown only when it gives no hidden small count away. */
class ParticipantLineTests {

    @Test
    void theTotalShowsWhenEveryGroupShows() {
        Map<ParticipantGroup, Integer> counts = new EnumMap<>(Map.of(ParticipantGroup.BOENDE, 12,
                ParticipantGroup.UNGA, 5));
        assertThat(ParticipantLine.total(counts)).isEqualTo("17");
    }

    @Test
    void theTotalIsLeftOutWhenAGroupIsFewerThanFive() {
        Map<ParticipantGroup, Integer> counts = new EnumMap<>(Map.of(ParticipantGroup.BOENDE, 12,
                ParticipantGroup.UNGA, 4));
        assertThat(ParticipantLine.total(counts)).isNull();
        assertThat(ParticipantLine.total(Map.of())).isNull();
    }
}
