package se.lofte.situation.reports;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The part of the day a reporter may give instead of a time, as a span of hours on the report's date.
 * Night is the small hours of that date, so that every span lies within the day the reporter chose.
 */
public enum PartOfDay {
    NIGHT("natt", 0, 6),
    MORNING("morgon", 6, 10),
    DAY("dag", 10, 18),
    EVENING("kvall", 18, 24);

    private final String word;
    private final int fromHour;
    private final int toHour;

    PartOfDay(String word, int fromHour, int toHour) {
        this.word = word;
        this.fromHour = fromHour;
        this.toHour = toHour;
    }

    /** How forms and stored reports name it. */
    public String word() {
        return word;
    }

    public int fromHour() {
        return fromHour;
    }

    public int toHour() {
        return toHour;
    }

    public LocalTime start() {
        return LocalTime.of(fromHour, 0);
    }

    public static Optional<PartOfDay> byWord(String word) {
        return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
    }
}
