package se.lofte.places;

import java.util.List;

import se.lofte.shared.Problem;

/** The outcome of saving a focus place: its id, or the problems (on form fields) that kept it from saving. */
public record FocusPlaceSave(FocusPlaceId id, List<Problem> problems) {

    public FocusPlaceSave {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
