package se.lofte.followup;

/** What a verdict is about: a commitment (åtagande) or a goal (mål) of the promise, each named by its key. */
public enum ItemKind {
    COMMITMENT,
    GOAL
}
