package se.lofte.surveys;

import java.util.List;

import se.lofte.shared.Problem;

/** What a save did: the id of what was saved, or the problems that kept it from being saved (id null then). */
public record Saved<I>(I id, List<Problem> problems) {

    public Saved {
        problems = List.copyOf(problems);
    }

    static <I> Saved<I> refused(List<Problem> problems) {
        return new Saved<>(null, problems);
    }

    static <I> Saved<I> ok(I id) {
        return new Saved<>(id, List.of());
    }
}
