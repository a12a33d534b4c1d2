package se.lofte.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Binary distance-band neighbours: j is a neighbour of i (j ≠ i) when their distance is at most the band,
 * the bound included, as spdep's {@code dnearneigh(coords, 0, band)} decides it (it compares
 * {@code hypot(dx, dy) <= band}; so does this, for the pairs whose squared distance is within rounding of
 * the band's square, and the squares decide all others). Points at the same position are neighbours.
 *
 * <p>The search is a spatial hash: cells as wide as the band, so every neighbour of a point lies in its own
 * cell or one of the eight around it. Points are reordered by cell so that a cell's points lie next to each
 * other in memory. Nothing but counts and sums is kept, so memory stays linear in the number of points.
 */
final class DistanceBand {

    /** Beyond this many cells across, the hash's cell indices would overflow; the cells are made wider. */
    private static final double MAX_CELLS_ACROSS = 1 << 30;

    private final int size;
    private final double band;
    private final double bandSquaredLow;
    private final double bandSquaredHigh;
    /** The points in cell order: {@code order[k]} is the input index of the k-th. */
    private final int[] order;
    private final double[] x;
    private final double[] y;
    /** Cell c holds the ordered points {@code start[c]} to {@code start[c + 1] - 1}. */
    private final int[] start;
    /** For each cell, the cells (itself included) whose points may be within the band. */
    private final int[][] around;

    DistanceBand(double[] xs, double[] ys, double band) {
        this.size = xs.length;
        this.band = band;
        this.bandSquaredLow = band * band * (1 - 1e-9);
        this.bandSquaredHigh = band * band * (1 + 1e-9);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double cell = Math.max(band, Math.max(maxX - minX, maxY - minY) / MAX_CELLS_ACROSS);
        Map<Long, Integer> cells = new HashMap<>();
        int[] cellOf = new int[size];
        long[] keys = new long[size];
        int[] counts = new int[Math.max(16, size)];
        for (int i = 0; i < size; i++) {
            long key = key((long) ((xs[i] - minX) / cell), (long) ((ys[i] - minY) / cell));
            Integer c = cells.putIfAbsent(key, cells.size());
            cellOf[i] = c == null ? cells.size() - 1 : c;
            keys[cellOf[i]] = key;
            counts[cellOf[i]]++;
        }
        int cellCount = cells.size();
        this.start = new int[cellCount + 1];
        for (int c = 0; c < cellCount; c++) {
            start[c + 1] = start[c] + counts[c];
        }
        int[] next = start.clone();
        this.order = new int[size];
        this.x = new double[size];
        this.y = new double[size];
        for (int i = 0; i < size; i++) {
            int k = next[cellOf[i]]++;
            order[k] = i;
            x[k] = xs[i];
            y[k] = ys[i];
        }
        this.around = new int[cellCount][];
        int[] found = new int[9];
        for (int c = 0; c < cellCount; c++) {
            long cx = keys[c] >>> 31;
            long cy = keys[c] & Integer.MAX_VALUE;
            int n = 0;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    Integer other = cx + dx < 0 || cy + dy < 0 ? null : cells.get(key(cx + dx, cy + dy));
                    if (other != null) {
                        found[n++] = other;
                    }
                }
            }
            around[c] = Arrays.copyOf(found, n);
        }
    }

    private static long key(long cx, long cy) {
        return cx << 31 | cy;
    }

    /**
     * For every point i (input order): {@code count[i]}, how many neighbours it has, and {@code sum[i]}, the
     * sum of their values; i itself is in neither.
     */
    void neighbours(double[] values, int[] count, double[] sum) {
        double[] v = new double[size];
        for (int k = 0; k < size; k++) {
            v[k] = values[order[k]];
        }
        for (int c = 0; c < around.length; c++) {
            for (int k = start[c]; k < start[c + 1]; k++) {
                int n = 0;
                double s = 0;
                for (int other : around[c]) {
                    for (int m = start[other]; m < start[other + 1]; m++) {
                        if (m != k && within(x[m] - x[k], y[m] - y[k])) {
                            n++;
                            s += v[m];
                        }
                    }
                }
                count[order[k]] = n;
                sum[order[k]] = s;
            }
        }
    }

    private boolean within(double dx, double dy) {
        double squared = dx * dx + dy * dy;
        if (squared < bandSquaredLow) {
            return true;
        }
        return squared <= bandSquaredHigh && Math.hypot(dx, dy) <= band;
    }
}
