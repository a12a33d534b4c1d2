package se.lofte.situation.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.analysis.Concentration.CurvePoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConcentrationViewTests {

    /** The curve of ConcentrationTests' four segments holding 6, 3, 1 and 0 of 10 incidents. */
    private static final List<CurvePoint> CURVE = List.of(new CurvePoint(0, 0), new CurvePoint(0.25, 0.6),
            new CurvePoint(0.5, 0.9), new CurvePoint(0.75, 1), new CurvePoint(1, 1));

    @Test
    void theCurveIsReadOnTheStraightLinesBetweenItsPoints() {
        assertThat(ConcentrationView.incidentsAt(CURVE, 0)).isZero();
        assertThat(ConcentrationView.incidentsAt(CURVE, 0.10)).isCloseTo(0.24, within(1e-12));
        assertThat(ConcentrationView.incidentsAt(CURVE, 0.25)).isCloseTo(0.6, within(1e-12));
        assertThat(ConcentrationView.incidentsAt(CURVE, 0.375)).isCloseTo(0.75, within(1e-12));
        assertThat(ConcentrationView.incidentsAt(CURVE, 1)).isEqualTo(1);
    }
}
