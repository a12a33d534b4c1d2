package se.lofte.analysis;

/**
 * The incidents counted in one area before and after a measure, over periods of equal length.
 *
 * @param before incidents in the period before the measure
 * @param after incidents in the period after it
 */
public record PeriodCounts(long before, long after) {

    public PeriodCounts {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("Counts are 0 or more, not " + before + "," + after);
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
