package se.lofte.shared;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong with input, tied to where it is: a form field path ({@code goals[1].target}), a file
 * position or an API field. {@code code} is a message key; {@code args} fill its placeholders.
 * Serializable because a problem may travel to the next page as a flash attribute, and sessions (with
 * their flash attributes) are stored in the database.
 */
public record Problem(String field, String code, List<String> args) implements Serializable {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String code, String... args) {
        return new Problem(field, code, List.of(args));
    }
}
