package se.lofte.situation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The conditional exact test for two Poisson counts against values worked out by hand from the binomial
 * sum P = sum of C(n,k) q^k (1-q)^(n-k) over every k no more likely than the observed a.
 */
class CountComparisonTests {

    @Test
    void twentyAgainstEightInEqualPeriodsIsMoreThanChance() {
        // n = 28, q = 1/2. P(X >= 20) = (C(28,20) + ... + C(28,28)) / 2^28
        //   = (3108105 + 1184040 + 376740 + 98280 + 20475 + 3276 + 378 + 28 + 1) / 268435456
        //   = 4791323 / 268435456; symmetric, so two-sided p = 9582646 / 268435456 = 0.0356981...
        var comparison = CountComparison.of(20, 7, 8, 7);
        assertThat(comparison.pValue()).isCloseTo(9582646.0 / 268435456.0, within(1e-12));
        assertThat(comparison.moreThanChance()).isTrue();
        assertThat(comparison.change()).isEqualTo(12.0);
        assertThat(comparison.changePercent()).isEqualTo(150.0);
    }

    @Test
    void unequalPeriodsWeighTheCountsByTheirLength() {
        // a = 6 in 1 day, b = 2 in 3 days: n = 8, q = 1/4. P(6) = 28 * 4^-6 * (3/4)^2 = 252/65536;
        // P(7) = 8 * 3 / 65536 = 24/65536; P(8) = 1/65536; all other k are more likely than P(6).
        // p = (252 + 24 + 1) / 65536 = 277/65536 = 0.0042266845703125
        var comparison = CountComparison.of(6, 1, 2, 3);
        assertThat(comparison.pValue()).isCloseTo(277.0 / 65536.0, within(1e-12));
        assertThat(comparison.expected()).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void fifteenAgainstTenIsWithinChance() {
        // n = 25, q = 1/2: P(X >= 15) = 7119516 / 33554432 (C(25,15..25) summed); two-sided 0.4243562...
        var comparison = CountComparison.of(15, 30, 10, 30);
        assertThat(comparison.pValue()).isCloseTo(2 * 7119516.0 / 33554432.0, within(1e-12));
        assertThat(comparison.moreThanChance()).isFalse();
    }

    @Test
    void equalCountsAndNoIncidentsAtAllGivePOne() {
        assertThat(CountComparison.of(5, 7, 5, 7).pValue()).isEqualTo(1.0);
        assertThat(CountComparison.of(0, 7, 0, 7).pValue()).isEqualTo(1.0);
        assertThat(CountComparison.of(0, 7, 0, 7).changePercent()).isNull();
    }

    @Test
    void threeAgainstNoneIsNotEnoughToTell() {
        // n = 3, q = 1/2: P(3) = P(0) = 1/8, P(1) = P(2) = 3/8; p = 2/8.
        assertThat(CountComparison.of(3, 7, 0, 7).pValue()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void largeCountsStayFastAndSmall() {
        // 5500 against 5000 in equal periods: z = 500 / sqrt(10500) = 4.88, far below 0.05.
        long start = System.nanoTime();
        var comparison = CountComparison.of(5_500, 365, 5_000, 365);
        assertThat(comparison.pValue()).isLessThan(1e-5).isPositive();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void refusesNegativeCountsAndEmptyPeriods() {
        assertThatThrownBy(() -> CountComparison.of(-1, 7, 0, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountComparison.of(1, 0, 0, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
