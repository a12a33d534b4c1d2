package se.lofte.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Kernel density of points on a grid, with the quartic (biweight) kernel that crime mapping uses (CrimeStat,
 * ArcGIS): K(d) = 3 / (π h²) · (1 − d²/h²)² for d &lt; h, 0 beyond, evaluated at every cell's centre and
 * weighted by the points' values. The kernel integrates to 1, so the density is in points (or value) per
 * square unit of the planar system (per m² in SWEREF 99 TM), and summed over the cells times their area it
 * gives back the total within rounding. Each point touches only the cells whose centres lie within h of it,
 * so the work is the number of points times the cells in a circle of radius h, not points times cells.
 *
 * <p>The bandwidth h is the user's choice; without one it is ArcGIS Pro's default search radius (the
 * "spatial variant of Silverman's rule of thumb", documented in "How Kernel Density works"):
 * h = 0.9 · min(SD, √(1/ln 2) · Dm) · n^−0.2, with SD the standard distance of the points from their mean
 * centre, Dm their median distance from it, and n the number of points (the sum of the values when values
 * are given), all weighted by the values. Why this one: it adapts to how spread the points are, it does not
 * bend to outliers (the median), and analysts who compare with ArcGIS get the same surface. A smaller h shows
 * more local detail and more noise; a map meant for a decision should say which h it used.
 */
final class KernelDensity {

    private KernelDensity() {
    }

    /** The density at the centre of every cell of {@code grid} (in cell order), with bandwidth {@code h}. */
    static double[] density(Points points, Grid grid, double h) {
        double[] density = new double[grid.cells()];
        double[] centreX = IntStream.range(0, grid.columns()).mapToDouble(grid::centreX).toArray();
        double[] centreY = IntStream.range(0, grid.rows()).mapToDouble(grid::centreY).toArray();
        double hh = h * h;
        double scale = 3 / (Math.PI * hh);
        double inverse = 1 / hh;
        double size = grid.size();
        for (int i = 0; i < points.size(); i++) {
            double x = points.x()[i];
            double y = points.y()[i];
            double weight = points.value()[i] * scale;
            // Centres within h lie between these rows, and on each row within the chord of the circle (one cell
            // more each side against rounding; the distance test decides).
            int firstRow = clamp((long) Math.floor((y - h) / size) - grid.firstRow() - 1, grid.rows());
            int lastRow = clamp((long) Math.floor((y + h) / size) - grid.firstRow() + 1, grid.rows());
            for (int row = firstRow; row <= lastRow; row++) {
                double dy = centreY[row] - y;
                double dyy = dy * dy;
                if (dyy >= hh) {
                    continue;
                }
                double half = Math.sqrt(hh - dyy);
                int first = clamp((long) Math.floor((x - half) / size) - grid.firstColumn() - 1, grid.columns());
                int last = clamp((long) Math.floor((x + half) / size) - grid.firstColumn() + 1, grid.columns());
                int offset = row * grid.columns();
                // Without a branch the loop vectorises; a centre just outside the circle adds 0.
                for (int column = first; column <= last; column++) {
                    double dx = centreX[column] - x;
                    double u = Math.max(0, 1 - (dx * dx + dyy) * inverse);
                    density[offset + column] += weight * u * u;
                }
            }
        }
        return density;
    }

    private static int clamp(long index, int size) {
        return (int) Math.max(0, Math.min(size - 1, index));
    }

    /** ArcGIS Pro's default search radius for {@code points} (see the class comment); NaN when it is 0. */
    static double defaultBandwidth(Points points) {
        double[] x = points.x();
        double[] y = points.y();
        double[] w = points.value();
        int n = points.size();
        double total = 0;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            total += w[i];
            meanX += w[i] * x[i];
            meanY += w[i] * y[i];
        }
        meanX /= total;
        meanY /= total;
        double squares = 0;
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            squares += w[i] * (dx * dx + dy * dy);
            distance[i] = Math.sqrt(dx * dx + dy * dy);
        }
        double standardDistance = Math.sqrt(squares / total);
        double median = weightedMedian(distance, w, total);
        double radius = 0.9 * Math.min(standardDistance, Math.sqrt(1 / Math.log(2)) * median) * Math.pow(total, -0.2);
        return radius > 0 ? radius : Double.NaN;
    }

    /** The smallest distance at which the weights of the distances up to it reach half of the total. */
    private static double weightedMedian(double[] distance, double[] weight, double total) {
        Integer[] order = IntStream.range(0, distance.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> distance[i]));
        double reached = 0;
        for (int i : order) {
            reached += weight[i];
            if (reached >= total / 2) {
                return distance[i];
            }
        }
        return distance[order[order.length - 1]];
    }
}
