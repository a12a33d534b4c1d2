package se.lofte.analysis;

import java.util.SplittableRandom;

import org.apache.commons.math3.special.Erf;

/**
 * Getis and Ord's local G statistics with binary distance-band weights, as z-scores: Gi* counts a location
 * among its own neighbours, Gi does not. The moments are those of Ord and Getis (1995), "Local spatial
 * autocorrelation statistics: distributional issues and an application", Geographical Analysis 27(4), in
 * the form R's spdep {@code localG} computes them (PySAL esda's {@code G_Local} and ArcGIS's Hot Spot
 * Analysis give the same z for binary weights). With W_i the number of neighbours (plus one for Gi*) and
 * L_i the sum of their values:
 *
 * <pre>
 *   z_i = (L_i - W_i m_i) / sqrt(s_i² W_i (N - W_i) / (N - 1))
 * </pre>
 *
 * <p>where for Gi* N = n and m_i, s_i² are the mean and (population) variance of all n values, and for Gi
 * N = n - 1 and they are those of the n - 1 values other than x_i. (With binary weights spdep's
 * {@code (n S1_i - W_i²)} is {@code W_i (n - W_i)}.) The variance of the others is computed from the
 * centred sum of squares of all values, so that large values (sums of counts over years) lose no digits.
 *
 * <p>A z is NaN where it is undefined: no neighbour (Gi), every location a neighbour, or all values equal.
 */
final class GetisOrd {

    /** What is computed for each location. */
    record Result(int[] neighbours, double[] z, double[] p) {
    }

    private final Points points;
    private final boolean star;
    private final int[] neighbours;
    private final double[] lagSums;

    /** Finds the neighbours of every point of {@code points} within {@code band}. */
    GetisOrd(Points points, double band, boolean star) {
        int n = points.size();
        if (n < 3) {
            throw new BadInput("at least 3 locations are needed for a hotspot analysis; the input has %d."
                    .formatted(n));
        }
        this.points = points;
        this.star = star;
        this.neighbours = new int[n];
        this.lagSums = new double[n];
        new DistanceBand(points.x(), points.y(), band).neighbours(points.value(), neighbours, lagSums);
    }

    /** The z-scores and two-sided p-values from the standard normal distribution. */
    Result result() {
        double[] x = points.value();
        int n = x.length;
        double sum = 0;
        for (double value : x) {
            sum += value;
        }
        double mean = sum / n;
        double centredSquares = 0;
        for (double value : x) {
            centredSquares += (value - mean) * (value - mean);
        }
        double[] z = new double[n];
        double[] p = new double[n];
        int[] counted = new int[n];
        for (int i = 0; i < n; i++) {
            double weights;
            double lag;
            double others;
            double localMean;
            double variance;
            if (star) {
                weights = neighbours[i] + 1;
                lag = lagSums[i] + x[i];
                others = n;
                localMean = mean;
                variance = centredSquares / n;
            } else {
                weights = neighbours[i];
                lag = lagSums[i];
                others = n - 1;
                localMean = (sum - x[i]) / (n - 1);
                double d = x[i] - mean;
                variance = (centredSquares - d * d * n / (n - 1)) / (n - 1);
            }
            double deviation = lag - weights * localMean;
            z[i] = deviation / Math.sqrt(variance * weights * (others - weights) / (others - 1));
            p[i] = Erf.erfc(Math.abs(z[i]) / Math.sqrt(2));
            counted[i] = star ? neighbours[i] + 1 : neighbours[i];
        }
        return new Result(counted, z, p);
    }

    /**
     * Pseudo p-values by conditional permutation, as PySAL's esda does it: x_i stays, and its neighbours'
     * values are drawn without replacement from the other n - 1 values, {@code permutations} times. Since
     * x_i, the weights and the denominators of G stay the same in every draw, comparing the neighbours' sum
     * compares G. As in esda, p = (e + 1) / (permutations + 1), where e is the number of draws at least as
     * large as the observed sum, or, when that is more than half of them, the number of draws below it.
     * NaN where a location has no neighbour but itself.
     */
    double[] permutationP(int permutations, long seed) {
        double[] x = points.value();
        int n = x.length;
        var random = new SplittableRandom(seed);
        int[] pool = new int[n];
        double[] pseudo = new double[n];
        for (int i = 0; i < n; i++) {
            int k = neighbours[i];
            if (k == 0) {
                pseudo[i] = Double.NaN;
                continue;
            }
            // The others: every index but i, which waits at the end of the pool, out of reach of the draws.
            for (int j = 0; j < n; j++) {
                pool[j] = j;
            }
            pool[i] = n - 1;
            pool[n - 1] = i;
            int larger = 0;
            for (int r = 0; r < permutations; r++) {
                double drawn = 0;
                for (int t = 0; t < k; t++) {
                    int pick = t + random.nextInt(n - 1 - t);
                    int chosen = pool[pick];
                    pool[pick] = pool[t];
                    pool[t] = chosen;
                    drawn += x[chosen];
                }
                if (drawn >= lagSums[i]) {
                    larger++;
                }
            }
            int extreme = Math.min(larger, permutations - larger);
            pseudo[i] = (extreme + 1.0) / (permutations + 1.0);
        }
        return pseudo;
    }
}
