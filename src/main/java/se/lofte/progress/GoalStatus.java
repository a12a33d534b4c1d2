package se.lofte.progress;

/** Where a goal stands against its target; the rule that decides it is written out in {@code StatusRule}. */
public enum GoalStatus {
    ON_TRACK, AT_RISK, REACHED, NOT_REACHED, NOT_MEASURABLE
}
