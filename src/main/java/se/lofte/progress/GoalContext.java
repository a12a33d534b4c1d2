package se.lofte.progress;

import java.time.LocalDate;

import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;

/**
 * A goal as an {@link IndicatorSource} sees it: the promise it belongs to (the published revision, or the
 * working copy of a draft) and today's date in Sweden.
 */
public record GoalContext(PromiseId promise, PromiseContent content, PromiseContent.Goal goal, LocalDate today) {

    /** The day the goal is measured up to: its deadline, or the promise's end when it has none. */
    public LocalDate deadline() {
        if (goal.isNumeric() && goal.numeric().deadline() != null) {
            return goal.numeric().deadline();
        }
        return content.end();
    }

    /** The last day with data to read: today, but never after the deadline. */
    public LocalDate readUntil() {
        LocalDate deadline = deadline();
        return deadline != null && deadline.isBefore(today) ? deadline : today;
    }
}
