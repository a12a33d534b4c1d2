package se.lofte.situation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Optional;

/**
 * How counts over time are bucketed: by ISO week (Monday to Sunday, numbered by ISO week-year, so that
 * 30 December 2024 is week 1 of 2025), by calendar month or by calendar year, in Swedish time.
 */
public enum Granularity {
    WEEK("week"), MONTH("month"), YEAR("year");

    private final String word;

    Granularity(String word) {
        this.word = word;
    }

    /** How URLs and forms name it. */
    public String word() {
        return word;
    }

    public static Optional<Granularity> byWord(String word) {
        return Arrays.stream(values()).filter(g -> g.word.equals(word)).findFirst();
    }

    /** The first day of the bucket that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next bucket, for a bucket starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Week-year and week number of a week bucket: {@code 2025-W01}. */
    static String isoWeek(LocalDate start) {
        return "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Whether incidents known only to the month count in buckets of this size: in months and years yes
     * (their span lies in one bucket), in weeks no (nobody knows which week).
     */
    public boolean holdsMonthKnownIncidents() {
        return this != WEEK;
    }
}
