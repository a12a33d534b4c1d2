package se.lofte.measures.web;

/** Where the form's map opens: the box around the promise parties' areas, in WGS84 degrees. */
public record MapBounds(double south, double west, double north, double east) {
}
