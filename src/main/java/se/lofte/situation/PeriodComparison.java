package se.lofte.situation;

/**
 * A period's count against the period just before it and against the same days a year earlier, each a change
 * only where the data covers both periods.
 * {@code name} is a message key suffix ("period", "last7", "last28", "yearToDate"). {@code leftOut} counts
 * incidents known only to the month that could not be counted in the current period.
 */
public record PeriodComparison(String name, Period period, Compared previous, Compared lastYear,
                               long leftOut) {
}
