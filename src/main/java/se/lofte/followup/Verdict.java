package se.lofte.followup;

/** What the parties judge of a commitment or goal. The names are stored and published; a value is never renamed. */
public enum Verdict {
    /** Uppfyllt. */
    FULFILLED,
    /** Delvis uppfyllt. */
    PARTLY_FULFILLED,
    /** Ej uppfyllt. */
    NOT_FULFILLED,
    /** Kan inte bedömas. */
    CANNOT_BE_ASSESSED;

    /** Whether residents are owed a reason and an explanation: for anything but fulfilled. */
    public boolean needsWhy() {
        return this != FULFILLED;
    }
}
