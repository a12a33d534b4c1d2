package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Hotspots of positions given in WGS84 (latitude, longitude), as the lägesbild pages have them: projected to
 * SWEREF 99 TM, counted in square cells aligned to multiples of the cell size ({@link Grid}), Getis-Ord Gi*
 * with binary distance-band weights on every cell of the covering rectangle, and Benjamini-Hochberg adjusted
 * p-values: the same figures as {@code analyse hotspots --crs EPSG:4326 --cell SIZE --band BAND}.
 *
 * <p>Only exact positions may be given: a position standing for an area (a municipality's centre) would
 * make a hotspot where the area's centre is. Choosing them is the caller's task.
 */
public final class GridHotspots {

    private GridHotspots() {
    }

    /**
     * One cell of the grid: its centre and corners in WGS84 (for the map and the table), its count of
     * positions, Gi* as z with its two-sided p and the FDR-adjusted p, and {@code confidence}: as ArcGIS's
     * Gi_Bin, 99, 95 or 90 when p_fdr is at most 0.01, 0.05 or 0.10, 0 otherwise.
     *
     * @param outline the corners south-west, south-east, north-east, north-west as {@code [longitude,
     *     latitude]}
     */
    public record Cell(double latitude, double longitude, List<double[]> outline, int count, double z, double p,
                       double pFdr, int confidence) implements GiBin {

        public Cell {
            outline = List.copyOf(outline);
        }
    }

    /** Every cell of the rectangle covering the positions, in grid order (rows from the south-west). */
    public record Result(List<Cell> cells) {

        public Result {
            cells = List.copyOf(cells);
        }

        /** The hot cells at a confidence of at least {@code percent}. */
        public long hot(int percent) {
            return cells.stream().filter(c -> c.hot(percent)).count();
        }

        public long cold(int percent) {
            return cells.stream().filter(c -> c.cold(percent)).count();
        }
    }

    /**
     * How many cells of {@code cell} metres the rectangle covering the positions holds, so that a page can
     * refuse a grid too fine for its area before computing it. 0 when there are no positions.
     */
    public static long cells(double[] latitudes, double[] longitudes, double cell) {
        if (latitudes.length == 0) {
            return 0;
        }
        return Grid.count(Sweref.points(latitudes, longitudes), cell);
    }

    /**
     * Gi* for every cell; at most 25 million cells (a caller checks {@link #cells} first). Fewer than
     * 3 cells is no analysis: the result is then empty.
     */
    public static Result giStar(double[] latitudes, double[] longitudes, double cell, double band) {
        if (latitudes.length != longitudes.length) {
            throw new IllegalArgumentException("latitudes and longitudes differ in length");
        }
        if (!(cell > 0) || !(band > 0) || Double.isInfinite(cell) || Double.isInfinite(band)) {
            throw new IllegalArgumentException("cell and band are distances above 0");
        }
        if (latitudes.length == 0 || cells(latitudes, longitudes, cell) < 3) {
            return new Result(List.of());
        }
        Points points = Sweref.points(latitudes, longitudes);
        Grid grid = Grid.covering(points, cell, 0, "cell");
        Points locations = grid.centres(grid.sums(points));
        GetisOrd.Result statistic = new GetisOrd(locations, band, true).result();
        double[] fdr = FalseDiscovery.adjust(statistic.p());
        Sweref.Back back = Sweref.back();
        List<Cell> cells = new ArrayList<>(locations.size());
        double half = cell / 2;
        for (int i = 0; i < locations.size(); i++) {
            double x = locations.x()[i];
            double y = locations.y()[i];
            double[] centre = back.wgs84(x, y);
            List<double[]> outline = Sweref.square(back, x, y, half);
            cells.add(new Cell(centre[1], centre[0], outline, (int) Math.round(locations.value()[i]),
                    statistic.z()[i], statistic.p()[i], fdr[i], confidence(fdr[i])));
        }
        return new Result(cells);
    }

    /** ArcGIS's Gi_Bin levels, here read from the FDR-adjusted p-value. */
    static int confidence(double pFdr) {
        if (pFdr <= 0.01) {
            return 99;
        }
        if (pFdr <= 0.05) {
            return 95;
        }
        return pFdr <= 0.10 ? 90 : 0;
    }
}
