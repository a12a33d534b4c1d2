package se.lofte.situation;

/** One category's count in a period, compared with the period before where the data covers both. */
public record CategoryCount(String category, Compared comparison) {
}
