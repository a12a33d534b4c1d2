package se.lofte.analysis;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The plain reading of one figure: what it says, as a code the pages turn into a sentence (bundle
 * {@code i18n/analysis}), and what to be careful about.
 */
public record Reading(Figure figure, Finding finding, Set<Caution> cautions) {

    public Reading {
        // In the enum's order, so that a page or JSON lists them the same way each time.
        cautions = cautions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cautions));
    }

    /** The figures of an effect evaluation. */
    public enum Figure {
        /** The weighted displacement difference, with the displacement area when there is one. */
        WDD,
        /** The weighted displacement difference of the treated and control areas alone. */
        WDD_LOCAL,
        /** The relative effect (T1/T0)/(C1/C0). */
        IRR,
        /** The weighted displacement quotient. */
        WDQ,
        /** The E-test of the treated area before against after. */
        E_TEST;

        public String key() {
            return "analysis.effect.figure." + name();
        }
    }

    /** What a figure says. "Clear" means at the 5 % level (two-sided). */
    public enum Finding {
        WDD_FEWER, WDD_MORE, WDD_NO_CLEAR_DIFFERENCE, WDD_NO_INCIDENTS,
        IRR_LOWER, IRR_HIGHER, IRR_NO_CLEAR_DIFFERENCE, IRR_UNDEFINED_ZERO_COUNT,
        WDQ_DIFFUSION_EXCEEDS_EFFECT, WDQ_DIFFUSION, WDQ_NO_DISPLACEMENT, WDQ_DISPLACEMENT,
        WDQ_DISPLACEMENT_EXCEEDS_EFFECT, WDQ_NO_EFFECT_TO_WEIGH, WDQ_UNDEFINED_ZERO_CONTROL,
        E_TEST_FEWER_AFTER, E_TEST_MORE_AFTER, E_TEST_NO_CLEAR_CHANGE, E_TEST_NO_INCIDENTS;

        public String key() {
            return "analysis.effect.finding." + name();
        }
    }

    /** Why a figure may mislead. */
    public enum Caution {
        /** A count the figure uses is below {@link EffectFigures#SMALL_COUNT}: the approximations are rough. */
        SMALL_COUNTS,
        /**
         * The figure assumes Poisson counts; two counts per area cannot show whether they vary more than that
         * (over-dispersion), which would make the interval too narrow.
         */
        OVERDISPERSION_UNCHECKED,
        /** A place chosen because its count was high tends to fall back without any measure. */
        REGRESSION_TO_MEAN,
        /** The figure compares the treated area with itself, not with a control area. */
        NO_CONTROL,
        /** The figure has no standard error, so chance cannot be told from an effect. */
        NO_UNCERTAINTY;

        public String key() {
            return "analysis.effect.caution." + name();
        }
    }
}
