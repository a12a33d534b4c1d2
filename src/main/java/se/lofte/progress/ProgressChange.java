package se.lofte.progress;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import se.lofte.promises.PromiseId;

/**
 * A change of a published goal's value or status, as residents follow it in feeds and mails:
 * {@code previous} is null for the first value.
 */
public record ProgressChange(long id, PromiseId promise, String goalKey, BigDecimal previous, BigDecimal value,
                             GoalStatus status, OffsetDateTime at) {
}
