package se.lofte.progress;

/**
 * Where a goal stands against its target; the rule that decides it is written out in {@code StatusRule}.
 * The names are stored and shown as they are (a widget's {@code status-…} class), so a value is never renamed.
 */
public enum GoalStatus {
    ON_TRACK,
    AT_RISK,
    REACHED,
    NOT_REACHED,
    /**
     * The goal has a data source that works but no value yet, as every goal of a new promise: measuring has not
     * started. Residents must not read it as a failure.
     */
    NOT_YET_MEASURED,
    /**
     * The goal cannot be measured: it has no data source, its source cannot read its data, it lacks a target or
     * a deadline, or its deadline passed with no value.
     */
    NOT_MEASURABLE;

    /** Whether the status says nothing of the value against the target, since there is no value. */
    public boolean withoutValue() {
        return this == NOT_YET_MEASURED || this == NOT_MEASURABLE;
    }
}
