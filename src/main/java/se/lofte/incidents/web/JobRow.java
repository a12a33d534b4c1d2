package se.lofte.incidents.web;

import se.lofte.incidents.ImportJob;

/**
 * An import job as a page shows it: the job, its organisation's name, its times, and its state in words (with
 * how far it has come while it runs).
 */
public record JobRow(ImportJob job, String organisation, String created, String isoCreated, String finished,
                     String state, String message) {

    /** Whether the job is still queued or running, so that its counts are not final. */
    public boolean running() {
        return !job.state().finished();
    }
}
