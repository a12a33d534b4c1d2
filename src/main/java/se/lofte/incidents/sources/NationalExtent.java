package se.lofte.incidents.sources;

/**
 * Where the positions of a national source can lie: the area of use of the country's own grid (EPSG:3006
 * SWEREF 99 TM for Sweden, EPSG:27700 British National Grid, which also covers Northern Ireland, for the
 * United Kingdom), in WGS84 degrees, sea areas included. A position in range but outside it (latitude and
 * longitude swapped, a sign lost, a zero for a missing value) is refused rather than stored where no area of
 * the source can hold it.
 */
enum NationalExtent {

    SWEDEN(54.96, 69.07, 10.03, 24.17, Reasons.OUTSIDE_SWEDEN_POSITION),
    UNITED_KINGDOM(49.75, 61.01, -9.01, 2.01, Reasons.OUTSIDE_UNITED_KINGDOM);

    private final double minLatitude;
    private final double maxLatitude;
    private final double minLongitude;
    private final double maxLongitude;
    private final String reason;

    NationalExtent(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude, String reason) {
        this.minLatitude = minLatitude;
        this.maxLatitude = maxLatitude;
        this.minLongitude = minLongitude;
        this.maxLongitude = maxLongitude;
        this.reason = reason;
    }

    /** Refuses a position outside the country, naming the coordinate's column that lies outside (latitude first). */
    void check(double latitude, double longitude, String latitudeColumn, String longitudeColumn) throws Refusal {
        boolean latitudeInside = latitude >= minLatitude && latitude <= maxLatitude;
        boolean longitudeInside = longitude >= minLongitude && longitude <= maxLongitude;
        if (!latitudeInside || !longitudeInside) {
            throw new Refusal(latitudeInside ? longitudeColumn : latitudeColumn, reason, String.valueOf(latitude),
                    String.valueOf(longitude));
        }
    }
}
