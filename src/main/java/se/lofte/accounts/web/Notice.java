package se.lofte.accounts.web;

import java.io.Serializable;
import java.util.List;

/**
 * A message for the next page after a post/redirect/get: a message key with its arguments, whether it
 * reports a failure, and a link for the reader to pass on by hand (or null). Serializable since it waits in
 * the session, which is stored in the database.
 */
public record Notice(String key, List<String> args, boolean error, String handOver) implements Serializable {

    public Notice {
        args = List.copyOf(args);
    }

    static Notice success(String key, String... args) {
        return new Notice(key, List.of(args), false, null);
    }

    static Notice failure(String key, String... args) {
        return new Notice(key, List.of(args), true, null);
    }

    /** A failure the reader can work around by giving someone this link another way. */
    static Notice failureWithLink(String link, String key, String... args) {
        return new Notice(key, List.of(args), true, link);
    }
}
