package se.lofte.analysis;

import org.junit.jupiter.api.Test;

import se.lofte.analysis.Reading.Caution;
import se.lofte.analysis.Reading.Figure;
import se.lofte.analysis.Reading.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The effect figures. WDD values are the worked example of Wheeler &amp; Ratcliffe (2018), Crime Science 7:11,
 * and the cases of ptools' tests/testthat/test-wdd.R (github.com/apwheele/ptools), which checks the paper's
 * figures rounded as the paper gives them: WDD -118, variance 1568, z -2.98, 95 % interval -196 to -40.
 */
class EffectTests {

    private static final EffectCounts PAPER = new EffectCounts(new PeriodCounts(207, 110),
            new PeriodCounts(308, 318), new PeriodCounts(178, 157), new PeriodCounts(150, 140));

    @Test
    void wddMatchesThePapersWorkedExample() {
        Effect effect = Effect.of(PAPER);

        assertThat(effect.wdd().value()).isEqualTo(-118);
        assertThat(effect.wdd().standardError()).isEqualTo(Math.sqrt(1568));
        assertThat(Math.round(effect.wdd().z() * 100) / 100.0).isEqualTo(-2.98);
        assertThat(Math.round(effect.wdd().ci95().low())).isEqualTo(-196);
        assertThat(Math.round(effect.wdd().ci95().high())).isEqualTo(-40);
        assertThat(effect.wddDisplacement().value()).isEqualTo(-11);
        // Treated and control alone: (110 - 207) - (318 - 308), variance the sum of the four counts.
        assertThat(effect.wddLocal().value()).isEqualTo(-107);
        assertThat(effect.wddLocal().standardError()).isEqualTo(Math.sqrt(943));
    }

    @Test
    void wddCountsTheDisplacementAreaAsPtoolsDoes() {
        var twentyToTen = new PeriodCounts(20, 10);
        var twenty = new PeriodCounts(20, 20);

        assertThat(Effect.of(new EffectCounts(twentyToTen, twenty)).wdd().value()).isEqualTo(-10);
        assertThat(Effect.of(new EffectCounts(twenty, twenty, twentyToTen, twenty)).wddDisplacement().value())
                .isEqualTo(-10);
        assertThat(Effect.of(new EffectCounts(twentyToTen, twenty, twentyToTen, twenty)).wdd().value())
                .isEqualTo(-20);
    }

    @Test
    void withoutADisplacementAreaTheWddIsTheLocalOneAndThereIsNoWdq() {
        Effect effect = Effect.of(new EffectCounts(new PeriodCounts(20, 10), new PeriodCounts(20, 20)));

        assertThat(effect.wdd()).isEqualTo(effect.wddLocal());
        assertThat(effect.wddDisplacement()).isNull();
        assertThat(effect.wdq()).isNull();
        assertThat(effect.readings()).extracting(Reading::figure)
                .containsExactly(Figure.WDD, Figure.IRR, Figure.E_TEST);
        // -10 over sqrt(70): two-sided p of z = -1.195.
        assertThat(effect.wdd().p()).isCloseTo(0.2320, within(0.0001));
    }

    /** Computed by hand: IRR 0.5, se sqrt(1/20 + 1/10 + 1/20 + 1/20) = 0.5, interval 0.5 exp(±1.96 * 0.5). */
    @Test
    void irrHasItsIntervalOnTheLogScale() {
        Effect effect = Effect.of(new EffectCounts(new PeriodCounts(20, 10), new PeriodCounts(20, 20)));

        assertThat(effect.irr()).isEqualTo(0.5);
        assertThat(effect.irrCi95().low()).isCloseTo(0.5 * Math.exp(-EffectFigures.Z95 * 0.5), within(1e-15));
        assertThat(effect.irrCi95().low()).isCloseTo(0.187659, within(1e-6));
        assertThat(effect.irrCi95().high()).isCloseTo(1.332204, within(1e-6));
        assertThat(reading(effect, Figure.IRR).finding()).isEqualTo(Finding.IRR_NO_CLEAR_DIFFERENCE);
    }

    @Test
    void irrIsUndefinedWithAZeroCount() {
        Effect effect = Effect.of(new EffectCounts(new PeriodCounts(12, 0), new PeriodCounts(20, 20)));

        assertThat(effect.irr()).isNull();
        assertThat(effect.irrCi95()).isNull();
        assertThat(reading(effect, Figure.IRR).finding()).isEqualTo(Finding.IRR_UNDEFINED_ZERO_COUNT);
    }

    /**
     * Bowers &amp; Johnson (2003) by hand: success 10/20 - 20/20 = -0.5; a buffer falling from 30 to 20 gives
     * 20/20 - 30/20 = -0.5, WDQ 1 (diffusion as large as the effect); one rising from 30 to 35 gives 0.25,
     * WDQ -0.5 (displacement, less than the effect).
     */
    @Test
    void wdqWeighsTheBufferAgainstTheEffect() {
        var treated = new PeriodCounts(20, 10);
        var control = new PeriodCounts(20, 20);
        var anyControl = new PeriodCounts(40, 40);

        Effect diffusion = Effect.of(new EffectCounts(treated, control, new PeriodCounts(30, 20), anyControl));
        Effect displacement = Effect.of(new EffectCounts(treated, control, new PeriodCounts(30, 35), anyControl));
        Effect backfire = Effect.of(new EffectCounts(treated, control, new PeriodCounts(30, 50), anyControl));

        assertThat(diffusion.wdq()).isEqualTo(1.0);
        assertThat(reading(diffusion, Figure.WDQ).finding()).isEqualTo(Finding.WDQ_DIFFUSION);
        assertThat(displacement.wdq()).isEqualTo(-0.5);
        assertThat(reading(displacement, Figure.WDQ).finding()).isEqualTo(Finding.WDQ_DISPLACEMENT);
        assertThat(backfire.wdq()).isEqualTo(-2.0);
        assertThat(reading(backfire, Figure.WDQ).finding()).isEqualTo(Finding.WDQ_DISPLACEMENT_EXCEEDS_EFFECT);
        assertThat(reading(backfire, Figure.WDQ).cautions()).contains(Caution.NO_UNCERTAINTY);
    }

    @Test
    void wdqIsNotReadWithoutAnEffectOrWithAnEmptyControl() {
        var buffer = new PeriodCounts(30, 20);
        var bufferControl = new PeriodCounts(40, 40);

        Effect noEffect = Effect.of(new EffectCounts(new PeriodCounts(20, 25), new PeriodCounts(20, 20), buffer,
                bufferControl));
        Effect emptyControl = Effect.of(new EffectCounts(new PeriodCounts(20, 10), new PeriodCounts(0, 5), buffer,
                bufferControl));

        assertThat(noEffect.wdq()).isNull();
        assertThat(reading(noEffect, Figure.WDQ).finding()).isEqualTo(Finding.WDQ_NO_EFFECT_TO_WEIGH);
        assertThat(emptyControl.wdq()).isNull();
        assertThat(reading(emptyControl, Figure.WDQ).finding()).isEqualTo(Finding.WDQ_UNDEFINED_ZERO_CONTROL);
    }

    @Test
    void thePapersExampleReadsAsAClearFallWithTheCautionsOfPoissonCounts() {
        Effect effect = Effect.of(PAPER);

        assertThat(effect.readings()).extracting(Reading::figure)
                .containsExactly(Figure.WDD, Figure.WDD_LOCAL, Figure.IRR, Figure.WDQ, Figure.E_TEST);
        assertThat(reading(effect, Figure.WDD).finding()).isEqualTo(Finding.WDD_FEWER);
        assertThat(reading(effect, Figure.WDD).cautions())
                .containsExactly(Caution.OVERDISPERSION_UNCHECKED, Caution.REGRESSION_TO_MEAN);
        assertThat(reading(effect, Figure.IRR).finding()).isEqualTo(Finding.IRR_LOWER);
        assertThat(reading(effect, Figure.E_TEST).finding()).isEqualTo(Finding.E_TEST_FEWER_AFTER);
        assertThat(reading(effect, Figure.E_TEST).cautions()).contains(Caution.NO_CONTROL);
    }

    @Test
    void smallCountsAreFlaggedWhereTheFigureUsesThem() {
        // Only the displacement area is small: the local figures need no caution, the total does.
        Effect effect = Effect.of(new EffectCounts(new PeriodCounts(40, 20), new PeriodCounts(40, 40),
                new PeriodCounts(8, 12), new PeriodCounts(30, 30)));

        assertThat(reading(effect, Figure.WDD).cautions()).contains(Caution.SMALL_COUNTS);
        assertThat(reading(effect, Figure.WDD_LOCAL).cautions()).doesNotContain(Caution.SMALL_COUNTS);
        assertThat(reading(effect, Figure.IRR).cautions()).doesNotContain(Caution.SMALL_COUNTS);
        assertThat(reading(effect, Figure.WDQ).cautions()).contains(Caution.SMALL_COUNTS);
        assertThat(reading(effect, Figure.E_TEST).cautions()).doesNotContain(Caution.SMALL_COUNTS);
    }

    @Test
    void noIncidentsAtAllLeaveNothingToTest() {
        var none = new PeriodCounts(0, 0);
        Effect effect = Effect.of(new EffectCounts(none, none));

        assertThat(effect.wdd().z()).isNull();
        assertThat(effect.eTestP()).isNull();
        assertThat(reading(effect, Figure.WDD).finding()).isEqualTo(Finding.WDD_NO_INCIDENTS);
        assertThat(reading(effect, Figure.E_TEST).finding()).isEqualTo(Finding.E_TEST_NO_INCIDENTS);
    }

    private static Reading reading(Effect effect, Figure figure) {
        return effect.readings().stream().filter(r -> r.figure() == figure).findFirst().orElseThrow();
    }
}
