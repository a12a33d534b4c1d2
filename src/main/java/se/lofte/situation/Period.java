package se.lofte.situation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days {@code from} to {@code to}, both included, in Swedish time. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period cannot end before it starts: " + from + " – " + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period just before this one: as many whole months when this one is whole months (so that both
     * hold the incidents known only to the month), else as many days.
     */
    public Period previous() {
        if (wholeMonths()) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new Period(from.minusMonths(months), from.minusDays(1));
        }
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The same days a year earlier (29 February becomes the 28th). */
    public Period lastYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }

    /**
     * True when the period is made of whole calendar months. Only then do incidents known only to the month
     * count in it: for any other period nobody knows whether they happened inside it.
     */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
    }
}
