package se.lofte.incidents.sources;

import java.util.List;

/** The file as a whole cannot be read; {@code reason} and {@code args} form a message as in {@link RejectedRow}. */
public class UnreadableFile extends Exception {

    private final String reason;
    private final List<String> args;

    public UnreadableFile(String reason, List<String> args, Throwable cause) {
        super(reason + " " + args, cause);
        this.reason = reason;
        this.args = List.copyOf(args);
    }

    public String reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
