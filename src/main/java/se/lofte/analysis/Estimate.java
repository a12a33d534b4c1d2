package se.lofte.analysis;

/**
 * A difference of counts with its normal-approximation inference.
 *
 * @param value the estimate
 * @param standardError its standard error
 * @param z value over standard error; null when the standard error is 0 (no incidents at all)
 * @param p two-sided p-value of z; null with z
 * @param ci95 the 95 % confidence interval, value ± 1.96 standard errors
 */
public record Estimate(double value, double standardError, Double z, Double p, Interval ci95) {
}
