package se.lofte.incidents;

import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.organisations.OrganisationId;

/**
 * One import job as staff see it. The counts say what is stored: while a job runs only {@code rowsRead} and
 * {@code bytesRead} grow, and {@code accepted}, {@code rejected} and {@code duplicates} stay 0 until the job's
 * rows commit with them; then {@code rowsRead = accepted + rejected + duplicates}. A job that did not finish
 * (failed, cancelled, interrupted) stored nothing and counts 0 of each. {@code message} is a message code with its arguments (why it failed or stopped), or null.
 * {@code startedBy} is a username, or null for the command line and the scheduled fetch.
 */
public record ImportJob(long id, OrganisationId organisation, ImportFormat format, String source, String fileName,
                        String mappingName, ImportState state, long rowsRead, long accepted, long rejected,
                        long duplicates, long bytesRead, Long bytesTotal, Message message, String startedBy,
                        OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    /** A message code from the imports or sources bundle with its arguments. */
    public record Message(String code, List<String> args) {

        public Message {
            args = List.copyOf(args);
        }
    }

    /** How far through its file the job is, 0 to 100; 100 once finished. */
    public int percent() {
        if (state.finished()) {
            return 100;
        }
        if (bytesTotal == null || bytesTotal <= 0) {
            return 0;
        }
        return (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }
}
