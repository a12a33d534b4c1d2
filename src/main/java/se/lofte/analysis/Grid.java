package se.lofte.analysis;

/**
 * A rectangle of square cells aligned to multiples of their size in the planar system, so that the same
 * size always gives the same cells whatever the data: cell (c, r) covers {@code [c·size, (c+1)·size)} by
 * {@code [r·size, (r+1)·size)}, a point on a boundary lying in the cell above or to the right. Cells are
 * numbered row by row from the south-west: index = row · columns + column.
 */
record Grid(double size, long firstColumn, long firstRow, int columns, int rows) {

    /** More cells than this would not fit in memory beside their values; the user is asked for larger cells. */
    static final long MAX_CELLS = 25_000_000;

    /** How many cells {@link #covering} would make without a margin, before making them. */
    static long count(Points points, double size) {
        return count(points, size, 0);
    }

    /** How many cells {@link #covering} would make with {@code margin}, before making them. */
    static long count(Points points, double size, int margin) {
        long[] bounds = bounds(points, size);
        return (bounds[2] - bounds[0] + 1 + 2L * margin) * (bounds[3] - bounds[1] + 1 + 2L * margin);
    }

    /** The cells from the smallest to the largest occupied, plus {@code margin} cells on every side. */
    static Grid covering(Points points, double size, int margin, String option) {
        long[] bounds = bounds(points, size);
        long minColumn = bounds[0];
        long minRow = bounds[1];
        long maxColumn = bounds[2];
        long maxRow = bounds[3];
        double columns = (double) maxColumn - minColumn + 1 + 2.0 * margin;
        double rows = (double) maxRow - minRow + 1 + 2.0 * margin;
        if (columns * rows > MAX_CELLS) {
            throw new BadInput("%s: cells of %s make a grid of %.0f × %.0f cells, more than %d; choose larger cells."
                    .formatted(option, size, columns, rows, MAX_CELLS));
        }
        return new Grid(size, minColumn - margin, minRow - margin, (int) columns, (int) rows);
    }

    /** The smallest and largest occupied column and row: {@code [minColumn, minRow, maxColumn, maxRow]}. */
    private static long[] bounds(Points points, double size) {
        long minColumn = Long.MAX_VALUE;
        long minRow = Long.MAX_VALUE;
        long maxColumn = Long.MIN_VALUE;
        long maxRow = Long.MIN_VALUE;
        for (int i = 0; i < points.size(); i++) {
            long column = index(points.x()[i], size);
            long row = index(points.y()[i], size);
            minColumn = Math.min(minColumn, column);
            maxColumn = Math.max(maxColumn, column);
            minRow = Math.min(minRow, row);
            maxRow = Math.max(maxRow, row);
        }
        return new long[] {minColumn, minRow, maxColumn, maxRow};
    }

    private static long index(double coordinate, double size) {
        return (long) Math.floor(coordinate / size);
    }

    int cells() {
        return columns * rows;
    }

    double centreX(int column) {
        return (firstColumn + column + 0.5) * size;
    }

    double centreY(int row) {
        return (firstRow + row + 0.5) * size;
    }

    /** Each cell's sum of the values of the points in it; 0 for an empty cell. */
    double[] sums(Points points) {
        double[] sums = new double[cells()];
        for (int i = 0; i < points.size(); i++) {
            int column = (int) (index(points.x()[i], size) - firstColumn);
            int row = (int) (index(points.y()[i], size) - firstRow);
            sums[row * columns + column] += points.value()[i];
        }
        return sums;
    }

    /** Every cell as a point at its centre, with {@code values} (one per cell, in cell order). */
    Points centres(double[] values) {
        double[] x = new double[cells()];
        double[] y = new double[cells()];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                x[row * columns + column] = centreX(column);
                y[row * columns + column] = centreY(row);
            }
        }
        return new Points(x, y, values);
    }
}
