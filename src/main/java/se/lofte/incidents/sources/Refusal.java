package se.lofte.incidents.sources;

import java.util.List;

/**
 * Thrown inside a parser while it reads one row, caught where the row is finished and turned into a
 * {@link RejectedRow}. It never leaves a parser. No stack trace: it is a verdict, not a fault.
 */
final class Refusal extends Exception {

    private final String column;
    private final String reason;
    private final List<String> args;

    Refusal(String column, String reason, String... args) {
        super(reason, null, false, false);
        this.column = column;
        this.reason = reason;
        this.args = List.of(args);
    }

    RejectedRow row(long line, String raw) {
        return new RejectedRow(line, column, reason, args, raw);
    }
}
