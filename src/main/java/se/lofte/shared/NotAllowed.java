package se.lofte.shared;

/**
 * The signed-in person's roles do not allow this step. Answered 403: the error page, or problem JSON under
 * {@code /api}. The message is for the log and says which rule refused.
 */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String rule) {
        super(rule);
    }
}
