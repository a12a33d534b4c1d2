package se.lofte.analysis;

/** A confidence interval, {@code low} to {@code high}. */
public record Interval(double low, double high) {

    boolean below(double value) {
        return high < value;
    }

    boolean above(double value) {
        return low > value;
    }
}
