package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a source read for a goal: the value over time, oldest first (the last point is the current value),
 * and where it comes from in words for residents, in Swedish and English. {@code readable} is false when the
 * source cannot read its data at all (a focus place or kind of measure it names is gone): the goal then cannot
 * be measured, whereas a readable source with no data yet means that measuring has not started.
 */
public record IndicatorReading(List<ProgressPoint> series, String sourceSv, String sourceEn, boolean readable) {

    public IndicatorReading {
        series = List.copyOf(series);
    }

    /** A reading of a source that works: an empty series means that there is no data yet. */
    public IndicatorReading(List<ProgressPoint> series, String sourceSv, String sourceEn) {
        this(series, sourceSv, sourceEn, true);
    }

    /** A source that cannot read its data, with words that say why. */
    public static IndicatorReading unreadable(String sourceSv, String sourceEn) {
        return new IndicatorReading(List.of(), sourceSv, sourceEn, false);
    }

    public BigDecimal value() {
        return series.isEmpty() ? null : series.getLast().value();
    }

    public LocalDate asOf() {
        return series.isEmpty() ? null : series.getLast().date();
    }
}
