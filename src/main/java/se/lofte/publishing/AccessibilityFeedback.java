package se.lofte.publishing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.shared.Problem;

/**
 * The way to report inaccessibility that law 2018:1937 requires beside the accessibility statement:
 * visitors send reports, staff read them and mark them handled.
 */
@Service
public class AccessibilityFeedback {

    private final AccessibilityReports reports;
    private final Clock clock;

    AccessibilityFeedback(AccessibilityReports reports, Optional<Clock> clock) {
        this.reports = reports;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores the report unless {@link ReportRules} finds problems; returns them (nothing stored then). */
    @Transactional
    public List<Problem> submit(ReportedProblem report) {
        List<Problem> problems = ReportRules.check(report);
        if (problems.isEmpty()) {
            reports.insert(report, OffsetDateTime.now(clock));
        }
        return problems;
    }

    public List<AccessibilityReport> newestFirst() {
        return reports.newestFirst();
    }

    /** Marks a report as dealt with by {@code by}, or as open again; false if there is no such report. */
    @Transactional
    public boolean markHandled(AccessibilityReportId id, boolean handled, String by) {
        return handled ? reports.markHandled(id, OffsetDateTime.now(clock), by) : reports.markHandled(id, null, null);
    }
}
