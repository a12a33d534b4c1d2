package se.lofte.incidents;

/** Where an import job is in its life. Only DONE jobs have added incidents; the others added nothing. */
public enum ImportState {
    /** Waiting for a free import worker. */
    QUEUED,
    /** Reading its file; the counts grow while it does. */
    RUNNING,
    /** Finished: its incidents and rejected rows are stored. */
    DONE,
    /** The file could not be read, or storing failed; nothing was stored. */
    FAILED,
    /** Cancelled by a person; nothing was stored. */
    CANCELLED,
    /** The process running it stopped (crash, restart, kill); nothing was stored. */
    INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
