package se.lofte.surveys;

/** A box in WGS84 degrees, where a map of the municipality opens. */
public record MapBox(double south, double west, double north, double east) {
}
