package se.lofte.analysis;

import java.util.List;

/**
 * Whether a measure at a place worked, in the figures crime analysts use, each with its plain reading.
 *
 * @param counts the counts the figures come from
 * @param wdd the weighted displacement difference (Wheeler &amp; Ratcliffe 2018), counting the displacement
 *     area when there is one; negative means fewer incidents than the control area's change predicts
 * @param wddLocal the same for the treated and control areas alone (equal to {@code wdd} without a
 *     displacement area)
 * @param wddDisplacement the displacement area's part of {@code wdd}; null without a displacement area
 * @param irr the relative effect (T1/T0)/(C1/C0); null when a count is 0
 * @param irrCi95 its 95 % confidence interval, null with it
 * @param wdq the weighted displacement quotient (Bowers &amp; Johnson 2003); null without a displacement
 *     area, or when it cannot be read (see its reading)
 * @param eTestP two-sided p-value of the E-test of the treated area before against after; null when both
 *     are 0
 * @param readings what each figure says, with its cautions, in the order above
 */
public record Effect(EffectCounts counts, Estimate wdd, Estimate wddLocal, Estimate wddDisplacement, Double irr,
        Interval irrCi95, Double wdq, Double eTestP, List<Reading> readings) {

    public Effect {
        readings = List.copyOf(readings);
    }

    /** The figures for {@code counts}. */
    public static Effect of(EffectCounts counts) {
        return EffectFigures.of(counts);
    }
}
