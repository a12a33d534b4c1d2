package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Computes an {@link Effect}. Every figure treats the counts as Poisson, so a count's variance is the count
 * itself; that is what lets two counts per area carry a standard error at all.
 */
final class EffectFigures {

    /**
     * Below this count in any cell a figure gets {@link Reading.Caution#SMALL_COUNTS}: the normal approximation
     * behind the WDD's and IRR's intervals is rough there (Wheeler &amp; Ratcliffe 2018 warn of small counts).
     */
    static final long SMALL_COUNT = 10;

    /** The two-sided 95 % quantile of the standard normal distribution, 1.959963984540054. */
    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private EffectFigures() {
    }

    static Effect of(EffectCounts counts) {
        PeriodCounts treated = counts.treated();
        PeriodCounts control = counts.control();
        Estimate local = wdd(treated, control);
        Estimate displacement = counts.hasDisplacement()
                ? wdd(counts.displacement(), counts.displacementControl())
                : null;
        Estimate wdd = displacement == null ? local : sum(local, displacement);
        Double irr = irr(treated, control);
        Interval irrCi95 = irr == null ? null : irrInterval(irr, treated, control);
        Double wdq = counts.hasDisplacement() ? wdq(treated, control, counts.displacement()) : null;
        double p = ETest.pValue(treated.before(), treated.after());
        Double eTestP = Double.isNaN(p) ? null : p;

        List<Reading> readings = new ArrayList<>();
        readings.add(EffectReadings.wdd(Reading.Figure.WDD, wdd, counts, true));
        if (displacement != null) {
            readings.add(EffectReadings.wdd(Reading.Figure.WDD_LOCAL, local, counts, false));
        }
        readings.add(EffectReadings.irr(irrCi95, counts));
        if (counts.hasDisplacement()) {
            readings.add(EffectReadings.wdq(wdq, successMeasure(treated, control), counts));
        }
        readings.add(EffectReadings.eTest(eTestP, counts));
        return new Effect(counts, wdd, local, displacement, irr, irrCi95, wdq, eTestP, readings);
    }

    /**
     * (A1 - A0) - (C1 - C0) with variance A0 + A1 + C0 + C1 (Wheeler &amp; Ratcliffe 2018, for periods and
     * areas of equal size).
     */
    private static Estimate wdd(PeriodCounts area, PeriodCounts control) {
        double value = (area.after() - area.before()) - (control.after() - control.before());
        return estimate(value, area.sum() + control.sum());
    }

    /** The local and displacement parts are independent, so their variances add. */
    private static Estimate sum(Estimate local, Estimate displacement) {
        double variance = local.standardError() * local.standardError()
                + displacement.standardError() * displacement.standardError();
        return estimate(local.value() + displacement.value(), variance);
    }

    private static Estimate estimate(double value, double variance) {
        double se = Math.sqrt(variance);
        Interval ci95 = new Interval(value - Z95 * se, value + Z95 * se);
        if (se == 0) {
            return new Estimate(value, se, null, null, ci95);
        }
        double z = value / se;
        return new Estimate(value, se, z, 2 * NORMAL.cumulativeProbability(-Math.abs(z)), ci95);
    }

    /** (T1/T0)/(C1/C0); its logarithm and standard error need every count above 0. */
    private static Double irr(PeriodCounts treated, PeriodCounts control) {
        if (treated.anyBelow(1) || control.anyBelow(1)) {
            return null;
        }
        return ((double) treated.after() / treated.before()) / ((double) control.after() / control.before());
    }

    /** exp(log IRR ± 1.96 se), se = sqrt(1/T0 + 1/T1 + 1/C0 + 1/C1), the delta method on the log scale. */
    private static Interval irrInterval(double irr, PeriodCounts treated, PeriodCounts control) {
        double se = Math.sqrt(1.0 / treated.before() + 1.0 / treated.after() + 1.0 / control.before()
                + 1.0 / control.after());
        double log = Math.log(irr);
        return new Interval(Math.exp(log - Z95 * se), Math.exp(log + Z95 * se));
    }

    /**
     * (D1/C1 - D0/C0) / (T1/C1 - T0/C0) (Bowers &amp; Johnson 2003, "Measuring the geographical displacement
     * and diffusion of benefit effects of crime prevention activity", Journal of Quantitative Criminology
     * 19:275-301), with their one control area for both the treated and the displacement area. It weighs
     * displacement against the effect, so it is read only when the treated area did better than its control
     * (success measure below 0); otherwise, and when a control count is 0, it is null.
     */
    private static Double wdq(PeriodCounts treated, PeriodCounts control, PeriodCounts displacement) {
        Double success = successMeasure(treated, control);
        if (success == null || success >= 0) {
            return null;
        }
        double buffer = (double) displacement.after() / control.after()
                - (double) displacement.before() / control.before();
        return buffer / success;
    }

    /** T1/C1 - T0/C0, the WDQ's denominator; null when a control count is 0. */
    static Double successMeasure(PeriodCounts treated, PeriodCounts control) {
        if (control.anyBelow(1)) {
            return null;
        }
        return (double) treated.after() / control.after() - (double) treated.before() / control.before();
    }
}
