package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.promises.PromiseId;

/**
 * A numeric goal of a published promise as it stands now. {@code value} and {@code asOf} are null when the
 * goal cannot be measured (no data source, or the source has no data); {@code series} is the value over
 * time, oldest first, for the chart against the target. {@code source} says in words where the number comes
 * from, in Swedish and English ("Manuellt räknat av LPO Östra Fyrbodal", "Polisens händelser …").
 * Baseline, target, direction and deadline are those of the published revision's goal with the same key.
 */
public record GoalProgress(PromiseId promise, String goalKey, BigDecimal value, LocalDate asOf, GoalStatus status,
                           List<ProgressPoint> series, String sourceSv, String sourceEn, OffsetDateTime computedAt) {

    public GoalProgress {
        series = List.copyOf(series);
    }
}
