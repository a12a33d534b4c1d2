package se.lofte.measures;

import java.util.List;

import se.lofte.shared.Problem;

/** The outcome of saving a measure: its id, or the problems (on form fields) that stopped it; nothing is saved then. */
public record MeasureSave(MeasureId id, List<Problem> problems) {

    public MeasureSave {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }

    static MeasureSave refused(List<Problem> problems) {
        return new MeasureSave(null, problems);
    }
}
