package se.lofte.followup;

/**
 * When in the promise year a follow-up is made. At most one of each per promise and year. The names are stored;
 * a value is never renamed.
 */
public enum FollowUpKind {
    HALF_YEAR,
    YEAR_END
}
