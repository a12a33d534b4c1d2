package se.lofte.incidents.web;

import se.lofte.incidents.ImportJob;

/** An import job as a page shows it: the job, its organisation's name, its times and state in words. */
public record JobRow(ImportJob job, String organisation, String created, String isoCreated, String finished,
                     String state, String message) {
}
