package se.lofte.analysis;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GetisOrdTests {

    /** PySAL esda's six points (esda/getisord.py, the G_Local docstring): DistanceBand(threshold=15), binary. */
    private static final Points ESDA = new Points(new double[] {10, 20, 40, 15, 30, 30},
            new double[] {10, 10, 10, 20, 20, 30}, new double[] {2, 3, 3.2, 5, 8, 7});

    @Test
    void esdasSixPointsGiveItsPrintedZ() {
        // lg.Zs, G_Local(y, w, transform='B'); the points (15, 20) and (30, 20) are 15 apart, on the band.
        assertPrinted(new GetisOrd(ESDA, 15, false).result().z(), "-1.0136729", "-0.04361589", "1.31558703",
                "-0.31412676", "1.15373986", "1.77833941");
        // lg_star.Zs, G_Local(y, w, transform='B', star=True).
        assertPrinted(new GetisOrd(ESDA, 15, true).result().z(), "-1.39727626", "-0.28917762", "0.65064964",
                "-0.28917762", "1.23452088", "2.02424331");
    }

    private static void assertPrinted(double[] z, String... printed) {
        assertThat(z).hasSize(printed.length);
        for (int i = 0; i < printed.length; i++) {
            int decimals = printed[i].length() - printed[i].indexOf('.') - 1;
            assertThat(z[i]).as("z[%d]", i).isCloseTo(Double.parseDouble(printed[i]),
                    within(0.5 * Math.pow(10, -decimals)));
        }
    }

    @Test
    void undefinedStatisticsAreNaN() {
        // The last point has no neighbour: its Gi is 0 / 0.
        var lonely = new Points(new double[] {0, 1, 2, 100}, new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 4});
        GetisOrd.Result gi = new GetisOrd(lonely, 1.5, false).result();
        assertThat(gi.z()[3]).isNaN();
        assertThat(gi.p()[3]).isNaN();
        assertThat(gi.neighbours()).containsExactly(1, 2, 1, 0);
        // Equal values have no variance to compare with.
        var flat = new Points(new double[] {0, 1, 2}, new double[] {0, 0, 0}, new double[] {5, 5, 5});
        assertThat(Arrays.stream(new GetisOrd(flat, 1, true).result().z())).allMatch(v -> Double.isNaN(v));
    }

    @Test
    void pIsTwoSidedFromTheStandardNormal() {
        GetisOrd.Result result = new GetisOrd(ESDA, 15, true).result();
        // R 4.x: 2 * pnorm(-2.02424331) = 0.04294512336, 2 * pnorm(-0.28917762) = 0.7724454572.
        assertThat(result.p()[5]).isCloseTo(0.04294512336, within(1e-8));
        assertThat(result.p()[1]).isCloseTo(0.7724454572, within(1e-8));
    }

    @Test
    void permutationPApproachesTheExactConditionalProbability() {
        // Point 0 of esda's example keeps its value 2; its two neighbours (3 and 5, sum 8) are drawn from
        // {3, 3.2, 5, 8, 7}. Of the 10 pairs, 9 reach 8 or more and one ({3, 3.2}) stays below. As in esda, the
        // count of draws at least as large is folded when it is more than half (N minus it: the draws below),
        // so p_sim tends to (0.1 N + 1) / (N + 1).
        int permutations = 20_000;
        double[] p = new GetisOrd(ESDA, 15, false).permutationP(permutations, 12345);
        double expected = (0.1 * permutations + 1) / (permutations + 1);
        double threeSigma = 3 * Math.sqrt(0.1 * 0.9 / permutations);
        assertThat(p[0]).isCloseTo(expected, within(threeSigma));
        assertThat(Arrays.stream(p)).allMatch(v -> v >= 1.0 / (permutations + 1) && v <= 0.5 + 1.0 / (permutations + 1));
    }

    @Test
    void permutationsWithTheSameSeedRepeatAndOthersDiffer() {
        var statistic = new GetisOrd(ESDA, 15, true);
        double[] first = statistic.permutationP(99, 12345);
        assertThat(statistic.permutationP(99, 12345)).containsExactly(first);
        assertThat(Arrays.equals(statistic.permutationP(99, 54321), first)).isFalse();
    }

    @Test
    void theFalseDiscoveryRateAdjustmentIsBenjaminiHochbergs() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.5, NaN), "BH") gives 0.04, 0.0533.., 0.0533.., 0.5, NaN: the NaN is
        // not counted, and 0.03's 0.06 gives way to the smaller 0.04 * 4 / 3 ranked above it.
        assertThat(FalseDiscovery.adjust(new double[] {0.01, 0.04, 0.03, 0.5, Double.NaN}))
                .containsExactly(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.5, Double.NaN}, within(1e-15));
    }
}
