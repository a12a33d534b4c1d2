package se.lofte.accounts.web;

import java.io.Serializable;
import java.util.List;

/**
 * A message for the next page after a post/redirect/get: a message key with its arguments, and whether
 * it reports a failure. Serializable since it waits in the session, which is stored in the database.
 */
public record Notice(String key, List<String> args, boolean error) implements Serializable {

    public Notice {
        args = List.copyOf(args);
    }

    static Notice success(String key, String... args) {
        return new Notice(key, List.of(args), false);
    }

    static Notice failure(String key, String... args) {
        return new Notice(key, List.of(args), true);
    }
}
