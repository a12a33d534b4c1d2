package se.lofte.shared;

/**
 * The rule for counts shown to the public: a count from 1 to 4 could point at a few identifiable people
 * or households, so it is shown as "fewer than 5" and left out of charts. Zero may show: it says nothing
 * about anyone. Staff pages show every count.
 */
public final class SmallCountSuppression {

    /** The smallest count that is shown as a number. */
    public static final int THRESHOLD = 5;

    private SmallCountSuppression() {
    }

    public static boolean suppresses(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /**
     * Whether a value derived from a count (a rate, a change) may be shown: only when the count itself may.
     */
    public static boolean shows(long count) {
        return !suppresses(count);
    }
}
