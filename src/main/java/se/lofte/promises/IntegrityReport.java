package se.lofte.promises;

import java.util.List;

/** The result of checking every published revision against its hashes: how many, and which failed how. */
public record IntegrityReport(int checked, List<Problem> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** A revision that failed one or more checks, listed in the order of {@link Failure}. */
    public record Problem(PromiseId promiseId, int revision, List<Failure> failed) {
        public Problem {
            failed = List.copyOf(failed);
        }
    }

    /** What can fail. */
    public enum Failure {
        /** The stored content no longer matches {@code content_sha256}. */
        CONTENT("the stored content no longer matches content_sha256"),
        /** Time, publisher, signatures or a stored hash no longer match {@code record_sha256}. */
        RECORD("publication time, publisher, signatures or a stored hash no longer match record_sha256"),
        /** {@code previous_sha256} is not the record hash of the revision before, or that revision is missing. */
        CHAIN("previous_sha256 is not the record hash of the revision before, or that revision is missing");

        private final String description;

        Failure(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
