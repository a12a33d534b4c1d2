package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel density surface of positions given in WGS84, as the lägesbild pages draw it: projected to SWEREF
 * 99 TM, the quartic kernel ({@link KernelDensity}) with the chosen bandwidth h, or ArcGIS Pro's default rule
 * without one, at the centres of square cells of a quarter of h (at least {@link #MIN_CELL} m; finer cells
 * show no more of a surface that smooth; larger, up to h/2, where the area needs too many), aligned as the hotspot cells are, reaching h beyond the outermost
 * cells. Only the cells above 1 % of the highest density are kept (the rest of the rectangle is the kernel's
 * faint edge), each in one of five classes of equal steps of the highest density: class k holds the cells above
 * (k − 1)/5 of it, up to k/5. Equal steps keep a class's meaning the same whatever the data ("over 80 % of
 * the highest"), which quantiles would not; the densest class then stays small, as the hot places are.
 */
public final class DensityGrid {

    /** Cells smaller than this show no more of the surface and make the grid large. */
    public static final double MIN_CELL = 25;
    /** The share of the highest density below which a cell is left out. */
    static final double FLOOR = 0.01;
    public static final int CLASSES = 5;
    /** The step by which a grid too fine for its area is made coarser. */
    private static final double COARSER = 1.25;

    private DensityGrid() {
    }

    /** Whether the surface was computed, and if not, why. */
    public enum Status {
        /** No positions were given. */
        NO_POINTS,
        /** No bandwidth was chosen and the default rule gives none (the positions are all at one place). */
        NO_BANDWIDTH,
        /** The grid would have more cells than allowed: a larger bandwidth is needed. */
        TOO_MANY_CELLS,
        COMPUTED
    }

    /**
     * One cell: its centre and corners in WGS84 (corners south-west, south-east, north-east, north-west as
     * {@code [longitude, latitude]}), the density in incidents per km² and its class, 1 to {@link #CLASSES}.
     */
    public record Cell(double latitude, double longitude, List<double[]> outline, double perKm2, int level) {

        public Cell {
            outline = List.copyOf(outline);
        }
    }

    /**
     * The surface: the bandwidth and cell size used in metres (NaN when there was none), how many cells the
     * grid has or would have, the highest density per km², and the cells above 1 % of it in grid order (rows
     * from the south-west); cells are empty unless {@code status} is {@link Status#COMPUTED}.
     */
    public record Result(Status status, double bandwidth, double cellSize, long gridCells, double maxPerKm2,
                         List<Cell> cells) {

        public Result {
            cells = List.copyOf(cells);
        }

        /** The lower bound of class {@code level} in incidents per km² (class 1: the 1 % floor). */
        public double lowerBound(int level) {
            return maxPerKm2 * (level == 1 ? FLOOR : (level - 1) / (double) CLASSES);
        }

        public double upperBound(int level) {
            return maxPerKm2 * level / CLASSES;
        }
    }

    /** The cell size for bandwidth {@code h}: a quarter of it, at least {@link #MIN_CELL} m. */
    public static double cellSize(double h) {
        return Math.max(MIN_CELL, h / 4);
    }

    /**
     * The surface of the positions with bandwidth {@code chosen} metres, or NaN for the default rule. When the
     * grid of {@link #cellSize} would have more than {@code maxCells} cells, the cells grow (up to half the
     * bandwidth) until it has no more; not computed when even those are too many.
     */
    public static Result ofWgs84(double[] latitudes, double[] longitudes, double chosen, long maxCells) {
        if (latitudes.length == 0) {
            return new Result(Status.NO_POINTS, chosen, Double.NaN, 0, 0, List.of());
        }
        if (!Double.isNaN(chosen) && (!(chosen > 0) || Double.isInfinite(chosen))) {
            throw new IllegalArgumentException("The bandwidth is a distance above 0, not " + chosen);
        }
        Points points = Sweref.points(latitudes, longitudes);
        double h = Double.isNaN(chosen) ? KernelDensity.defaultBandwidth(points) : chosen;
        if (Double.isNaN(h)) {
            return new Result(Status.NO_BANDWIDTH, h, Double.NaN, 0, 0, List.of());
        }
        double size = cellSize(h);
        int margin = (int) Math.ceil(h / size);
        long gridCells = Grid.count(points, size, margin);
        // A grid too fine for the area is made coarser rather than refused, but never beyond half the bandwidth:
        // with larger cells a kernel could fall between the centres and its incident vanish from the surface.
        while (gridCells > maxCells && size < h / 2) {
            size = Math.min(h / 2, size * COARSER);
            margin = (int) Math.ceil(h / size);
            gridCells = Grid.count(points, size, margin);
        }
        if (gridCells > maxCells) {
            return new Result(Status.TOO_MANY_CELLS, h, size, gridCells, 0, List.of());
        }
        Grid grid = Grid.covering(points, size, margin, "bandwidth");
        double[] density = KernelDensity.density(points, grid, h);
        double max = 0;
        for (double d : density) {
            max = Math.max(max, d);
        }
        Sweref.Back back = Sweref.back();
        List<Cell> cells = new ArrayList<>();
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                double d = density[row * grid.columns() + column];
                if (d > max * FLOOR) {
                    double x = grid.centreX(column);
                    double y = grid.centreY(row);
                    double[] centre = back.wgs84(x, y);
                    cells.add(new Cell(centre[1], centre[0], Sweref.square(back, x, y, size / 2), d * 1e6,
                            level(d, max)));
                }
            }
        }
        return new Result(Status.COMPUTED, h, size, gridCells, max * 1e6, cells);
    }

    /** Class k of {@link #CLASSES} for density {@code d}: above (k − 1)/5 of {@code max}, up to k/5. */
    static int level(double d, double max) {
        int level = (int) Math.ceil(d / max * CLASSES);
        return Math.max(1, Math.min(CLASSES, level));
    }
}
