package se.lofte.analysis;

/**
 * The incidents counted in one area before and after a measure, over periods of equal length.
 *
 * @param before incidents in the period before the measure
 * @param after incidents in the period after it
 */
public record PeriodCounts(long before, long after) {

    /**
     * The most incidents a count may hold. A place, even a whole municipality, has far fewer in a period; the
     * limit keeps the E-test's sum (its work grows with the count) to a few seconds.
     */
    public static final long MAX = 1_000_000;

    public PeriodCounts {
        if (before < 0 || after < 0 || before > MAX || after > MAX) {
            throw new IllegalArgumentException("Counts are 0 to " + MAX + ", not " + before + "," + after);
        }
    }

    long sum() {
        return before + after;
    }

    /** Whether either period has fewer than {@code limit} incidents. */
    boolean anyBelow(long limit) {
        return before < limit || after < limit;
    }
}
