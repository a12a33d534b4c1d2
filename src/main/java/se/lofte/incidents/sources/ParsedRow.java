package se.lofte.incidents.sources;

/** One data row of an import file, read into an incident or refused. */
public sealed interface ParsedRow permits ParsedIncident, RejectedRow {

    /** The row's line in the file (1 is the first line, a CSV header included) or its 1-based item index in JSON. */
    long line();
}
