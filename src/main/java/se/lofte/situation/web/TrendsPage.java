package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.situation.CategoryCount;
import se.lofte.situation.Coverage;
import se.lofte.situation.PeriodComparison;
import se.lofte.situation.TrendChoices;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.TrendSeries;
import se.lofte.situation.ViewScope;

/**
 * The trends page: the filter as typed with its problems and the choices to filter by, the filter as read,
 * whether to say what the police's events leave out, what the page shows ({@code view}, named on the page) and
 * the days its data covers, and, for a filter that could be read and data to count, the counts over time, the
 * period against the one before, the rolling windows, the categories and the offer to pin it into a lägesbild.
 * {@code series} and {@code comparison} are empty, and the lists too, when the filter was refused or there is
 * no data at all.
 */
public record TrendsPage(TrendForm form, FieldErrors errors, TrendChoices choices, TrendFilter filter,
                         boolean policeEventsNote, ViewScope view, Coverage coverage, Optional<TrendSeries> series,
                         Optional<PeriodComparison> comparison, List<PeriodComparison> rolling,
                         List<CategoryCount> categories, PinOffer pin) {

    /** True when the filter could be read but no source has any data in what the page shows. */
    public boolean noData() {
        return !errors.any() && coverage.isEmpty();
    }
}
