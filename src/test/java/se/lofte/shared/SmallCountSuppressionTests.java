package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmallCountSuppressionTests {

    @Test
    void countsFromOneToFourAreSuppressedZeroAndFiveAreShown() {
        assertThat(SmallCountSuppression.suppresses(0)).isFalse();
        for (long n = 1; n <= 4; n++) {
            assertThat(SmallCountSuppression.suppresses(n)).as("count %d", n).isTrue();
        }
        assertThat(SmallCountSuppression.suppresses(5)).isFalse();
        assertThat(SmallCountSuppression.shows(123)).isTrue();
    }
}
