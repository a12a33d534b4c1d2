package se.lofte.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The E-test against the examples of Krishnamoorthy &amp; Thomson (2004), as ptools checks them
 * (github.com/apwheele/ptools, tests/testthat/test-etest.R: 0.0884 within 0.0005 and 0.1749 to four decimals).
 */
class ETestTests {

    @Test
    void matchesThePapersFirstExample() {
        assertThat(ETest.pValue(0, 3)).isCloseTo(0.0884, within(0.0005));
    }

    @Test
    void matchesThePapersSecondExampleToFourDecimals() {
        assertThat(Math.round(ETest.pValue(6, 2) * 10_000) / 10_000.0).isEqualTo(0.1749);
    }

    @Test
    void doesNotCareWhichCountComesFirst() {
        assertThat(ETest.pValue(2, 6)).isEqualTo(ETest.pValue(6, 2));
        assertThat(ETest.pValue(3, 0)).isEqualTo(ETest.pValue(0, 3));
    }

    /** ptools' R/wdd.R example: e_test(20, 10) is about 0.069, near the normal approximation's 0.068. */
    @Test
    void isNearTheNormalApproximationForModerateCounts() {
        assertThat(ETest.pValue(20, 10)).isCloseTo(0.069, within(0.0005));
    }

    @Test
    void equalCountsGiveNoEvidenceAtAll() {
        assertThat(ETest.pValue(20, 20)).isCloseTo(1, within(1e-12)).isLessThanOrEqualTo(1);
    }

    /** For large counts the normal approximation is close: z = 100 / sqrt(10 100) = 0.995, p = 0.320. */
    @Test
    void isSmallForALargeFallAndNearTheNormalApproximationForLargeCounts() {
        assertThat(ETest.pValue(207, 110)).isLessThan(1e-6).isPositive();
        assertThat(ETest.pValue(5000, 5100)).isCloseTo(0.3197, within(0.002));
    }

    @Test
    void isUndefinedWithoutIncidents() {
        assertThat(ETest.pValue(0, 0)).isNaN();
    }
}
