package se.lofte.measures.web;

/** A place the measure form offers: the token its select sends and the name shown. */
public record PlaceOption(String value, String label) {
}
