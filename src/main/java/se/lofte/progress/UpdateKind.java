package se.lofte.progress;

/** An update says what was done, or what was not done and why: residents are owed both. */
public enum UpdateKind {
    PROGRESS, NOT_DONE
}
