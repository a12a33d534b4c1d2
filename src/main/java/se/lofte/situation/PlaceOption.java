package se.lofte.situation;

/** A place the trends filter offers, as the token its select sends and a name to show. */
public record PlaceOption(PlaceChoice choice, String name) {
}
