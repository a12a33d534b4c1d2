package se.lofte.analysis;

import java.util.EnumSet;
import java.util.Set;

import se.lofte.analysis.Reading.Caution;
import se.lofte.analysis.Reading.Figure;
import se.lofte.analysis.Reading.Finding;

/**
 * The plain readings of an {@link Effect}'s figures. A difference is called clear when its 95 % interval
 * leaves out "no change" (or p &lt; 0.05 for the E-test); the cautions say what the figure cannot know.
 */
final class EffectReadings {

    private static final double LEVEL = 0.05;

    private EffectReadings() {
    }

    static Reading wdd(Figure figure, Estimate wdd, EffectCounts counts, boolean withDisplacement) {
        Finding finding;
        if (wdd.z() == null) {
            finding = Finding.WDD_NO_INCIDENTS;
        } else if (wdd.ci95().below(0)) {
            finding = Finding.WDD_FEWER;
        } else if (wdd.ci95().above(0)) {
            finding = Finding.WDD_MORE;
        } else {
            finding = Finding.WDD_NO_CLEAR_DIFFERENCE;
        }
        Set<Caution> cautions = poissonCautions();
        boolean small = counts.treated().anyBelow(EffectFigures.SMALL_COUNT)
                || counts.control().anyBelow(EffectFigures.SMALL_COUNT)
                || withDisplacement && counts.hasDisplacement()
                        && (counts.displacement().anyBelow(EffectFigures.SMALL_COUNT)
                                || counts.displacementControl().anyBelow(EffectFigures.SMALL_COUNT));
        return reading(figure, finding, cautions, small);
    }

    static Reading irr(Interval ci95, EffectCounts counts) {
        Finding finding;
        if (ci95 == null) {
            finding = Finding.IRR_UNDEFINED_ZERO_COUNT;
        } else if (ci95.below(1)) {
            finding = Finding.IRR_LOWER;
        } else if (ci95.above(1)) {
            finding = Finding.IRR_HIGHER;
        } else {
            finding = Finding.IRR_NO_CLEAR_DIFFERENCE;
        }
        return reading(Figure.IRR, finding, poissonCautions(), counts.treated().anyBelow(EffectFigures.SMALL_COUNT)
                || counts.control().anyBelow(EffectFigures.SMALL_COUNT));
    }

    /**
     * Bowers &amp; Johnson's (2003) reading: above 1 the benefits spread further than the effect itself, 0 to 1
     * some benefit spread, 0 neither, -1 to 0 some crime moved but less than was prevented, below -1 more moved
     * than was prevented.
     */
    static Reading wdq(Double wdq, Double successMeasure, EffectCounts counts) {
        Finding finding;
        if (successMeasure == null) {
            finding = Finding.WDQ_UNDEFINED_ZERO_CONTROL;
        } else if (wdq == null) {
            finding = Finding.WDQ_NO_EFFECT_TO_WEIGH;
        } else if (wdq > 1) {
            finding = Finding.WDQ_DIFFUSION_EXCEEDS_EFFECT;
        } else if (wdq > 0) {
            finding = Finding.WDQ_DIFFUSION;
        } else if (wdq == 0) {
            finding = Finding.WDQ_NO_DISPLACEMENT;
        } else if (wdq >= -1) {
            finding = Finding.WDQ_DISPLACEMENT;
        } else {
            finding = Finding.WDQ_DISPLACEMENT_EXCEEDS_EFFECT;
        }
        Set<Caution> cautions = EnumSet.of(Caution.NO_UNCERTAINTY, Caution.REGRESSION_TO_MEAN);
        return reading(Figure.WDQ, finding, cautions, counts.treated().anyBelow(EffectFigures.SMALL_COUNT)
                || counts.control().anyBelow(EffectFigures.SMALL_COUNT)
                || counts.displacement().anyBelow(EffectFigures.SMALL_COUNT));
    }

    static Reading eTest(Double p, EffectCounts counts) {
        PeriodCounts treated = counts.treated();
        Finding finding;
        if (p == null) {
            finding = Finding.E_TEST_NO_INCIDENTS;
        } else if (p >= LEVEL) {
            finding = Finding.E_TEST_NO_CLEAR_CHANGE;
        } else if (treated.after() < treated.before()) {
            finding = Finding.E_TEST_FEWER_AFTER;
        } else {
            finding = Finding.E_TEST_MORE_AFTER;
        }
        Set<Caution> cautions = poissonCautions();
        cautions.add(Caution.NO_CONTROL);
        return reading(Figure.E_TEST, finding, cautions, treated.anyBelow(EffectFigures.SMALL_COUNT));
    }

    private static Set<Caution> poissonCautions() {
        return EnumSet.of(Caution.OVERDISPERSION_UNCHECKED, Caution.REGRESSION_TO_MEAN);
    }

    private static Reading reading(Figure figure, Finding finding, Set<Caution> cautions, boolean smallCounts) {
        if (smallCounts) {
            cautions.add(Caution.SMALL_COUNTS);
        }
        return new Reading(figure, finding, cautions);
    }
}
