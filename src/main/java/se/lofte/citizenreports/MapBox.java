package se.lofte.citizenreports;

/** A box in WGS84 degrees, where a map opens. */
public record MapBox(double south, double west, double north, double east) {
}
