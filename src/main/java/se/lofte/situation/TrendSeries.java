package se.lofte.situation;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts per bucket for one filter. {@code leftOut} is the number of incidents in the covered period that
 * are known only to the month and therefore in no week bucket. {@code population} is the number of
 * inhabitants of the chosen place where it is known, else null.
 */
public record TrendSeries(TrendFilter filter, List<Bucket> buckets, long leftOut, Integer population) {

    public TrendSeries {
        buckets = List.copyOf(buckets);
    }

    /** One bucket: its first day, the first day after it, and how many incidents fell in it. */
    public record Bucket(LocalDate start, LocalDate end, long count) {

        public String isoWeek() {
            return Granularity.isoWeek(start);
        }
    }

    public long total() {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }

    public long max() {
        return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
    }

    /** Incidents per 1,000 inhabitants, or null where the population is not known. */
    public Double perThousand(long count) {
        return population == null || population <= 0 ? null : count * 1000.0 / population;
    }

    /** The whole buckets the series covers (the filter's days widened to whole weeks, months or years). */
    public Period covered() {
        return new Period(buckets.getFirst().start(), buckets.getLast().end().minusDays(1));
    }
}
