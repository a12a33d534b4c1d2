package se.lofte.situation.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * EST's weekly picture of one organisation: how many reports named each category at each place, for the
 * reports of incidents that happened from {@code monday} to the Sunday after.
 */
public record WeeklyPicture(LocalDate monday, long reports, List<Count> byPlaceAndCategory, List<Count> byCategory) {

    /** {@code place} is null in the totals per category. */
    public record Count(String place, String category, long count) {
    }

    public WeeklyPicture {
        byPlaceAndCategory = List.copyOf(byPlaceAndCategory);
        byCategory = List.copyOf(byCategory);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }
}
