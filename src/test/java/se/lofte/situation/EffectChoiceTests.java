package se.lofte.situation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The "did it work" form read: the periods, the default buffer and each problem on its field. */
class EffectChoiceTests {

    @Test
    void beforeIsAsManyDaysJustBeforeTheMeasure() {
        var choice = EffectChoice.parse("f:3", "a:7", "2026-03-01", "2026-03-10", "", " ").choice();
        assertThat(choice.before()).isEqualTo(new Period(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 28)));
        assertThat(choice.bufferMetres()).isEqualTo(EffectChoice.DEFAULT_BUFFER_METRES);
        assertThat(choice.category()).isNull();
        // Across a leap day: 29 days of February 2028 before 1–29 March.
        var leap = EffectChoice.parse("f:3", "f:4", "2028-03-01", "2028-03-29", "50", "Stöld").choice();
        assertThat(leap.before()).isEqualTo(new Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(leap.parameters()).containsExactly(entry("place", "f:3"),
                entry("from", "2028-03-01"), entry("to", "2028-03-29"),
                entry("buffer", "50"), entry("control", "f:4"),
                entry("category", "Stöld"));
    }

    @Test
    void eachProblemIsToldOnItsField() {
        assertThat(problems("a:3", "m:1438", "2026-03-01", "2026-03-10", "200")).containsExactly(
                "place:effect.error.place.unknown", "control:effect.error.control.unknown");
        assertThat(problems("", "", "", "x", "0")).containsExactly("place:effect.error.place.missing",
                "control:effect.error.control.missing", "from:effect.error.date.missing", "to:trends.error.date",
                "buffer:effect.error.buffer");
        assertThat(problems("f:3", "f:3", "2026-03-10", "2026-03-01", "5001")).containsExactly(
                "control:effect.error.controlIsTarget", "from:effect.error.fromAfterTo", "buffer:effect.error.buffer");
        assertThat(problems("f:3", "a:3", "2020-01-01", "2026-01-01", "1")).containsExactly(
                "from:effect.error.tooLong");
        assertThat(problems("f:3", "a:3", "2020-01-01", "2020-01-01", "5000")).isEmpty();
    }

    private static List<String> problems(String place, String control, String from, String to,
                                                   String buffer) {
        return EffectChoice.parse(place, control, from, to, buffer, null).problems().stream()
                .map((Problem p) -> p.field() + ":" + p.code()).toList();
    }
}
