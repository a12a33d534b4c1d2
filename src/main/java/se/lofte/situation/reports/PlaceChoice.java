package se.lofte.situation.reports;

/** A named place of a municipality a reporter can choose: {@code value} is {@code area:ID} or {@code segment:ID}. */
public record PlaceChoice(String value, String label) {
}
