package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a source read for a goal: the value over time, oldest first (the last point is the current value),
 * and where it comes from in words, in Swedish and English.
 */
public record IndicatorReading(List<ProgressPoint> series, String sourceSv, String sourceEn) {

    public IndicatorReading {
        series = List.copyOf(series);
    }

    public BigDecimal value() {
        return series.isEmpty() ? null : series.getLast().value();
    }

    public LocalDate asOf() {
        return series.isEmpty() ? null : series.getLast().date();
    }
}
