package se.lofte.situation;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Two counts of incidents compared: {@code current} over {@code currentDays} against {@code reference} over
 * {@code referenceDays}, with the change and whether it is more than chance.
 *
 * <p>The test is the conditional exact test for two Poisson counts: if both periods had the same rate,
 * then given their sum n = a + b, the current count a follows Binomial(n, t1 / (t1 + t2)), where t1 and t2
 * are the lengths of the periods. The two-sided p-value sums the probabilities of every outcome k = 0..n
 * that is no more likely than the one observed (the same rule as R's {@code binom.test}). A change is
 * called more than chance when p < 0.05.
 */
public record CountComparison(long current, long currentDays, long reference, long referenceDays, double pValue) {

    /** The level below which a change is called more than chance. */
    public static final double LEVEL = 0.05;

    // Outcomes whose probability equals the observed one up to rounding count as "as unlikely".
    private static final double RELATIVE_TOLERANCE = 1e-7;

    public static CountComparison of(long current, long currentDays, long reference, long referenceDays) {
        if (current < 0 || reference < 0 || currentDays <= 0 || referenceDays <= 0) {
            throw new IllegalArgumentException("Counts must not be negative and periods must have days");
        }
        return new CountComparison(current, currentDays, reference, referenceDays,
                twoSidedP(current, current + reference, (double) currentDays / (currentDays + referenceDays)));
    }

    /** The exact two-sided p-value of {@code a} successes in {@code n} trials with probability {@code p}. */
    static double twoSidedP(long a, long n, double p) {
        if (n == 0) {
            return 1.0;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Too many incidents for the exact test: " + n);
        }
        int trials = (int) n;
        // No random generator: the distribution is only evaluated, never sampled.
        var binomial = new BinomialDistribution(null, trials, p);
        double limit = binomial.probability((int) a) * (1 + RELATIVE_TOLERANCE);
        // The binomial is unimodal, so the outcomes MORE likely than the observed one form one run around
        // the mode; the p-value is the two tails outside it. Walking out from the mode costs about the
        // run's width (a few standard deviations), not n.
        int mode = (int) Math.min(trials, Math.floor((trials + 1) * p));
        if (binomial.probability(mode) <= limit) {
            return 1.0;
        }
        int low = mode;
        while (low > 0 && binomial.probability(low - 1) > limit) {
            low--;
        }
        int high = mode;
        while (high < trials && binomial.probability(high + 1) > limit) {
            high++;
        }
        double lowerTail = low == 0 ? 0 : binomial.cumulativeProbability(low - 1);
        double upperTail = high == trials ? 0 : 1 - binomial.cumulativeProbability(high);
        return Math.min(1.0, lowerTail + upperTail);
    }

    /** The current count minus the reference count, scaled to the current period's length. */
    public double change() {
        return current - expected();
    }

    /** The reference count scaled to the current period's length (equal lengths: the count itself). */
    public double expected() {
        return (double) reference * currentDays / referenceDays;
    }

    /** The change in percent of the (scaled) reference count; null when the reference is zero. */
    public Double changePercent() {
        return reference == 0 ? null : 100.0 * change() / expected();
    }

    public boolean moreThanChance() {
        return pValue < LEVEL;
    }
}
