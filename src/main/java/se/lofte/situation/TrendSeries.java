package se.lofte.situation;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts per bucket for one filter. A bucket no source's data reaches into has no count to show: its
 * {@code count} is zero but its {@code data} is {@link Coverage.Extent#NONE}, and pages show it as unknown. {@code leftOut} is the number of incidents in the covered period that
 * are known only to the month and therefore in no week bucket. {@code population} is the number of
 * inhabitants of the chosen place where it is known, else null.
 */
public record TrendSeries(TrendFilter filter, List<Bucket> buckets, long leftOut, Integer population) {

    public TrendSeries {
        buckets = List.copyOf(buckets);
    }

    /**
     * One bucket: its first day, the first day after it, how many incidents fell in it, and how much of it the
     * data covers.
     */
    public record Bucket(LocalDate start, LocalDate end, long count, Coverage.Extent data) {

        public String isoWeek() {
            return Granularity.isoWeek(start);
        }

        /** False when no source's data reaches into the bucket: its count is unknown, not zero. */
        public boolean known() {
            return data != Coverage.Extent.NONE;
        }

        /** True when data reaches into the bucket but does not cover all of it. */
        public boolean partly() {
            return data == Coverage.Extent.PARTLY;
        }
    }

    public long total() {
        return buckets.stream().mapToLong(Bucket::count).sum();
    }

    /** The buckets that have data. */
    public List<Bucket> known() {
        return buckets.stream().filter(Bucket::known).toList();
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
