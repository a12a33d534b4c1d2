package se.lofte.analysis;

import org.apache.commons.math3.special.Gamma;

/**
 * The E-test for two Poisson counts over equal exposure (Krishnamoorthy &amp; Thomson 2004, "A more powerful
 * test for comparing two Poisson means", Journal of Statistical Planning and Inference 119:23-35). Under the
 * null both counts have the pooled mean (k1 + k2) / 2; the p-value is the probability under that null of a
 * pair (x1, x2) whose statistic (x1 - x2) / sqrt(x1 + x2) is at least as far from 0 as the observed one. It
 * keeps its level better than the conditional binomial test for small counts, which is why analysts use it
 * for a single place before and after.
 */
final class ETest {

    /** Poisson terms beyond this many standard deviations (plus a margin) weigh less than about 1e-20. */
    private static final double TAIL = 10;

    private ETest() {
    }

    /** The two-sided p-value for {@code k1} against {@code k2}; NaN when both are 0 (no information). */
    static double pValue(long k1, long k2) {
        if (k1 < 0 || k2 < 0) {
            throw new IllegalArgumentException("Counts are 0 or more, not " + k1 + ", " + k2);
        }
        if (k1 + k2 == 0) {
            return Double.NaN;
        }
        double mean = (k1 + k2) / 2.0;
        double observedDifference = (double) (k1 - k2) * (k1 - k2);
        double observedSum = k1 + k2;
        int low = (int) Math.max(0, Math.floor(mean - TAIL * Math.sqrt(mean) - TAIL));
        int high = (int) Math.ceil(mean + TAIL * Math.sqrt(mean) + TAIL);
        double[] probability = new double[high - low + 1];
        double logMean = Math.log(mean);
        for (int x = low; x <= high; x++) {
            probability[x - low] = Math.exp(x * logMean - mean - Gamma.logGamma(x + 1.0));
        }
        double p = 0;
        for (int x1 = low; x1 <= high; x1++) {
            for (int x2 = low; x2 <= high; x2++) {
                if (atLeastAsFar(x1, x2, observedDifference, observedSum)) {
                    p += probability[x1 - low] * probability[x2 - low];
                }
            }
        }
        return Math.min(1, p);
    }

    /**
     * Whether (x1 - x2)^2 / (x1 + x2) is at least the observed statistic squared, compared cross-multiplied in
     * whole numbers (exact in double below 2^53), so that pairs with the same statistic, such as (6, 2) and
     * (12, 6), are never split by rounding. The pair (0, 0) has statistic 0.
     */
    private static boolean atLeastAsFar(long x1, long x2, double observedDifference, double observedSum) {
        if (x1 + x2 == 0) {
            return observedDifference == 0;
        }
        double difference = (double) (x1 - x2) * (x1 - x2);
        return difference * observedSum >= observedDifference * (x1 + x2);
    }
}
