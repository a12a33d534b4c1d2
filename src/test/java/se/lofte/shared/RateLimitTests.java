package se.lofte.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitTests {

    @Test
    void aKeyMayActAsOftenAsTheLimitSaysAndIsThenToldHowLongToWait() {
        var limit = RateLimit.perMinute(3);

        assertThat(limit.secondsToWait("10.0.0.1")).isZero();
        assertThat(limit.take("10.0.0.1")).isTrue();
        assertThat(limit.take("10.0.0.1")).isTrue();

        assertThat(limit.take("10.0.0.1")).isFalse();
        assertThat(limit.secondsToWait("10.0.0.1")).isBetween(1L, 60L);
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        var limit = RateLimit.perHour(1);

        assertThat(limit.take("a")).isTrue();
        assertThat(limit.take("a")).isFalse();
        assertThat(limit.take("b")).isTrue();
        assertThat(limit.secondsToWait("a")).isBetween(61L, 3600L);
    }

    @Test
    void aLimitThatAllowsNothingIsAMistakeInTheSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimit.perMinute(0))
                .withMessageContaining("at least 1");
    }
}
