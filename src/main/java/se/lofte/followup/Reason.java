package se.lofte.followup;

/** Why something was not fulfilled, from a fixed list. The names are stored and published; never renamed. */
public enum Reason {
    /** Resurser. */
    RESOURCES,
    /** Läget förändrades. */
    SITUATION_CHANGED,
    /** Berodde på annan aktör. */
    OTHER_ACTOR,
    /** Prioriterades bort för akut händelse. */
    ACUTE_EVENT,
    /** Data saknas. */
    DATA_MISSING,
    /** Annat. */
    OTHER
}
