package se.lofte.citizenreports;

import java.util.List;

import se.lofte.shared.Problem;

/** What became of a submitted report. */
public sealed interface Submission {

    /** Stored (now, or earlier under the same submission key) with this number. */
    record Received(CitizenReportId id) implements Submission {
    }

    /** Nothing stored; each problem's code is a message key and its field a {@link NewReport} field name. */
    record Refused(List<Problem> problems) implements Submission {

        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
