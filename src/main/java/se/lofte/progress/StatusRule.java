package se.lofte.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import se.lofte.promises.PromiseContent.Direction;

/**
 * Decides where a goal stands. The same rule in words is shown to staff ({@code progress.rule.*}) and written
 * in docs/progress.md; keep the three in step.
 *
 * <ol>
 * <li>No target, or no deadline (neither the goal's nor the promise's end), or no data source that can read its
 * data (none chosen, or the one chosen names a focus place or kind of measure that is gone): NOT_MEASURABLE.</li>
 * <li>A source that works but no value yet: NOT_YET_MEASURED, up to the deadline; measuring has not started, which
 * is how every goal of a new promise begins. After the deadline a goal still without a value was never measured
 * in its time: NOT_MEASURABLE.</li>
 * <li>INCREASE ("minst fem"): the value at or above the target is REACHED, on any day. Otherwise, after the
 * deadline, NOT_REACHED. Before the deadline the goal is ON_TRACK when the value is at least where a straight
 * line from the baseline (0 when none) on the promise's first day to the target on the deadline stands
 * today, and AT_RISK when it is below that line. Before the promise starts nothing is expected: ON_TRACK.</li>
 * <li>DECREASE ("högst tio", such as incidents counted in the period): after the deadline, the value at or
 * below the target is REACHED, above it NOT_REACHED. Before the deadline a count can still grow, so nothing
 * is reached yet: at or below the target is ON_TRACK, above it AT_RISK.</li>
 * </ol>
 */
final class StatusRule {

    private StatusRule() {
    }

    /**
     * {@code readable} is whether the goal has a data source that can read its data; {@code value} is null when
     * the source has no data yet.
     */
    static GoalStatus decide(boolean readable, Direction direction, BigDecimal baseline, BigDecimal target,
                             LocalDate start, LocalDate deadline, BigDecimal value, LocalDate today) {
        if (!readable || target == null || deadline == null) {
            return GoalStatus.NOT_MEASURABLE;
        }
        boolean passed = today.isAfter(deadline);
        if (value == null) {
            return passed ? GoalStatus.NOT_MEASURABLE : GoalStatus.NOT_YET_MEASURED;
        }
        if (direction == Direction.DECREASE) {
            boolean within = value.compareTo(target) <= 0;
            if (passed) {
                return within ? GoalStatus.REACHED : GoalStatus.NOT_REACHED;
            }
            return within ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
        }
        if (value.compareTo(target) >= 0) {
            return GoalStatus.REACHED;
        }
        if (passed) {
            return GoalStatus.NOT_REACHED;
        }
        if (start == null || !today.isAfter(start) || !deadline.isAfter(start)) {
            return GoalStatus.ON_TRACK;
        }
        return value.compareTo(expected(baseline, target, start, deadline, today)) >= 0
                ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
    }

    /** Where the straight line from baseline at start to target at deadline stands today. */
    static BigDecimal expected(BigDecimal baseline, BigDecimal target, LocalDate start, LocalDate deadline,
                               LocalDate today) {
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, today));
        BigDecimal total = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, deadline));
        return from.add(target.subtract(from).multiply(elapsed).divide(total, MathContext.DECIMAL64));
    }
}
