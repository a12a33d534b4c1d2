package se.lofte.shared;

import java.util.List;

/**
 * What a save did, for every module's forms alike: the id of what was saved (or was to be changed), and the problems,
 * each at its form field, that kept it from being saved; nothing is saved when there are any.
 */
public record Saved<I>(I id, List<Problem> problems) {

    public Saved {
        problems = List.copyOf(problems);
    }

    /** Refused before anything had an id. */
    public static <I> Saved<I> refused(List<Problem> problems) {
        return new Saved<>(null, problems);
    }

    public static <I> Saved<I> ok(I id) {
        return new Saved<>(id, List.of());
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
