package se.lofte.shared;

/**
 * What was asked for does not exist, or is not shown to the one asking (another organisation's draft looks
 * the same as none). Answered 404: the error page, or problem JSON under {@code /api}. The message is for the
 * log; it never holds what a person typed.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("Not found: " + what);
    }
}
