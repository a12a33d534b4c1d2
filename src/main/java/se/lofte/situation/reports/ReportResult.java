package se.lofte.situation.reports;

import java.util.List;

import se.lofte.shared.Problem;

/** What became of a submitted or corrected report: its id, or the problems that kept it from being saved. */
public record ReportResult(String reportId, List<Problem> problems) {

    public ReportResult {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
