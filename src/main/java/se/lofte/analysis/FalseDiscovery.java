package se.lofte.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg (1995) adjustment of p-values for the false discovery rate, as R's
 * {@code p.adjust(p, "BH")}: testing a hotspot at every cell of a map makes some small p-values by chance,
 * and comparing the adjusted values with alpha keeps the expected share of false hotspots below alpha.
 * NaN p-values (undefined statistics) are left out of the count m and stay NaN.
 */
final class FalseDiscovery {

    private FalseDiscovery() {
    }

    static double[] adjust(double[] p) {
        Integer[] defined = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(defined, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = defined.length;
        double smallest = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = defined[rank - 1];
            smallest = Math.min(smallest, (double) m / rank * p[i]);
            adjusted[i] = smallest;
        }
        return adjusted;
    }
}
