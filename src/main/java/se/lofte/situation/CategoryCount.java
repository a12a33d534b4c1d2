package se.lofte.situation;

/** One category's count in a period, compared with the period before. */
public record CategoryCount(String category, CountComparison comparison) {
}
