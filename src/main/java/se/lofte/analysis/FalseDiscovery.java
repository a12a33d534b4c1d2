package se.lofte.analysis;

import java.util.Arrays;

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
        double[] sorted = Arrays.stream(p).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int m = sorted.length;
        // The adjusted value of each rank, the smallest of p * m / rank from that rank up. Tied p-values get
        // the same value whichever of their ranks is taken, so a binary search finds each p's.
        double[] byRank = new double[m];
        double smallest = 1;
        for (int rank = m; rank >= 1; rank--) {
            smallest = Math.min(smallest, (double) m / rank * sorted[rank - 1]);
            byRank[rank - 1] = smallest;
        }
        double[] adjusted = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            adjusted[i] = Double.isNaN(p[i]) ? Double.NaN : byRank[Arrays.binarySearch(sorted, p[i])];
        }
        return adjusted;
    }
}
