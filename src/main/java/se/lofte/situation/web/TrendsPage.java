package se.lofte.situation.web;

import java.util.List;
import java.util.Optional;

import se.lofte.shared.FieldErrors;
import se.lofte.situation.CategoryCount;
import se.lofte.situation.PeriodComparison;
import se.lofte.situation.TrendChoices;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.TrendSeries;

/**
 * The trends page: the filter as typed with its problems and the choices to filter by, the filter as read,
 * whether to say what the police's events leave out, and, for a filter that could be read, the counts over
 * time, the period against the one before, the rolling windows, the categories and the offer to pin it into a
 * lägesbild. {@code series} and {@code comparison} are empty, and the lists too, when the filter was refused.
 */
public record TrendsPage(TrendForm form, FieldErrors errors, TrendChoices choices, TrendFilter filter,
                         boolean policeEventsNote, Optional<TrendSeries> series, Optional<PeriodComparison> comparison,
                         List<PeriodComparison> rolling, List<CategoryCount> categories, PinOffer pin) {
}
