package se.lofte.surveys;

/**
 * The cell of a grid a map answer is stored as, by its centre: 0.001° of latitude (111 m) by 0.002° of longitude
 * (111 m at 60° N, 124 m in Malmö, 84 m in Kiruna). A pin put on a home then tells the block, not the door: the point
 * as given is never stored. Cells are the same for every survey, so staff maps count answers per cell.
 */
public record GridCell(double latitude, double longitude) {

    static final double LATITUDE_STEP = 0.001;
    static final double LONGITUDE_STEP = 0.002;

    /** The cell that holds the point. */
    static GridCell of(double latitude, double longitude) {
        return new GridCell(centre(latitude, LATITUDE_STEP), centre(longitude, LONGITUDE_STEP));
    }

    private static double centre(double value, double step) {
        return fourDecimals(Math.floor(value / step) * step + step / 2);
    }

    /** Four decimals hold every centre and corner exactly; rounding drops the binary noise of the arithmetic. */
    private static double fourDecimals(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** The cell's corners, south-west and north-east, for drawing it. */
    public double south() {
        return fourDecimals(latitude - LATITUDE_STEP / 2);
    }

    public double north() {
        return fourDecimals(latitude + LATITUDE_STEP / 2);
    }

    public double west() {
        return fourDecimals(longitude - LONGITUDE_STEP / 2);
    }

    public double east() {
        return fourDecimals(longitude + LONGITUDE_STEP / 2);
    }
}
