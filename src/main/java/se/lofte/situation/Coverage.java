package se.lofte.situation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.lofte.incidents.Incidents.Covered;

/**
 * The days the data behind a count covers: per source and municipality, from its first incident to its last
 * ({@link Covered}). A count for days no source covers is not zero but unknown, and a change between two periods
 * means something only when the same data covers both.
 *
 * <p>The rule for comparing period A with period B: the sources (per municipality) that matter are those whose
 * data reaches into A or B. A change, and the chance test, are shown only when there is at least one and every
 * one of them covers both A and B entirely. Otherwise a source started, stopped or was imported for only part of
 * the time, and the "change" would be the data's, not the place's: the comparison says which period lacks data.
 */
public record Coverage(List<Covered> spans) {

    /** How much of a period the data covers. */
    public enum Extent {
        /** No source's data reaches into the period. */
        NONE,
        /** Some source's data reaches into the period but does not cover all of it. */
        PARTLY,
        /** Every source whose data reaches into the period covers all of it. */
        FULLY
    }

    /** How well the data covers two periods that are compared; {@link #comparable()} when both fully. */
    public record Pair(Extent current, Extent reference) {

        public boolean comparable() {
            return current == Extent.FULLY && reference == Extent.FULLY;
        }
    }

    public Coverage {
        spans = List.copyOf(spans);
    }

    public static Coverage none() {
        return new Coverage(List.of());
    }

    /** True when there is no data at all. */
    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** The first day any source covers. */
    public Optional<LocalDate> firstDay() {
        return spans.stream().map(Covered::first).min(Comparator.naturalOrder());
    }

    /** The last day any source covers. */
    public Optional<LocalDate> lastDay() {
        return spans.stream().map(Covered::last).max(Comparator.naturalOrder());
    }

    /** How much of the period the data covers, judged by the sources that reach into it. */
    public Extent of(Period period) {
        List<Covered> reaching = spans.stream().filter(s -> overlaps(s, period)).toList();
        return extent(reaching, period);
    }

    /**
     * How well the data covers {@code current} and {@code reference} when they are compared: judged by every
     * source that reaches into either, so a source present in one period and absent from the other makes the
     * other only partly covered.
     */
    public Pair of(Period current, Period reference) {
        List<Covered> reaching = spans.stream().filter(s -> overlaps(s, current) || overlaps(s, reference)).toList();
        return new Pair(extent(reaching, current), extent(reaching, reference));
    }

    private static Extent extent(List<Covered> reaching, Period period) {
        if (reaching.stream().noneMatch(s -> overlaps(s, period))) {
            return Extent.NONE;
        }
        return reaching.stream().allMatch(s -> contains(s, period)) ? Extent.FULLY : Extent.PARTLY;
    }

    private static boolean overlaps(Covered span, Period period) {
        return !span.first().isAfter(period.to()) && !span.last().isBefore(period.from());
    }

    private static boolean contains(Covered span, Period period) {
        return !span.first().isAfter(period.from()) && !span.last().isBefore(period.to());
    }
}
