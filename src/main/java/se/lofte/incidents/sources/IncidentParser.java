package se.lofte.incidents.sources;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads one file of incidents. Every data row becomes exactly one {@link ParsedRow}: a
 * {@link ParsedIncident} or a {@link RejectedRow} saying where and why, handed to {@code rows} in file
 * order. A parser never throws for a bad row, and never for any input other than by
 * {@link UnreadableFile}, which means the file as a whole cannot be read (not JSON, no header, wrong
 * columns). Parsers are stateless apart from their settings and stream the file: memory does not grow
 * with its size.
 */
public interface IncidentParser {

    void parse(InputStream in, Consumer<ParsedRow> rows) throws UnreadableFile;
}
