package se.lofte.publishing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.shared.Problem;

/**
 * The way to report inaccessibility that law 2018:1937 requires beside the accessibility statement:
 * visitors send reports, staff read them and mark them handled. Each step is recorded in the audit trail.
 */
@Service
public class AccessibilityFeedback {

    /** The subject type of reports in the audit trail; the subject id is the report id. */
    private static final String AUDIT_SUBJECT = "accessibility_report";

    private final AccessibilityReports reports;
    private final AuditTrail auditTrail;
    private final Clock clock;

    AccessibilityFeedback(AccessibilityReports reports, AuditTrail auditTrail, Clock clock) {
        this.reports = reports;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Stores the report unless {@link ReportRules} finds problems; returns them (nothing stored then). The
     * visitor is not signed in, so the audit trail names no actor.
     */
    @Transactional
    public List<Problem> submit(ReportedProblem report) {
        List<Problem> problems = ReportRules.check(report);
        if (problems.isEmpty()) {
            var id = reports.insert(report, OffsetDateTime.now(clock));
            audit(id, "submitted", null, null, reports.find(id).orElseThrow());
        }
        return problems;
    }

    /**
     * One page (1-based) of the reports, newest first. Pages, because the form is public: however many
     * reports arrive, the staff list stays a page staff can open.
     */
    public ReportPage newestFirst(int page) {
        long total = reports.count();
        int pages = (int) Math.max(1, (total + ReportPage.SIZE - 1) / ReportPage.SIZE);
        int current = Math.clamp(page, 1, pages);
        return new ReportPage(reports.newestFirst((current - 1) * ReportPage.SIZE, ReportPage.SIZE), current, pages,
                total);
    }

    /** Marks a report as dealt with by {@code by}, or as open again; false if there is no such report. */
    @Transactional
    public boolean markHandled(AccessibilityReportId id, boolean handled, String by) {
        var before = reports.find(id);
        if (before.isEmpty()) {
            return false;
        }
        if (handled) {
            reports.markHandled(id, OffsetDateTime.now(clock), by);
        } else {
            reports.markHandled(id, null, null);
        }
        audit(id, handled ? "marked_handled" : "marked_open", by, before.get(), reports.find(id).orElseThrow());
        return true;
    }

    private void audit(AccessibilityReportId id, String action, String actor, AccessibilityReport before,
                       AccessibilityReport after) {
        // Reports concern the site, not an organisation: only system administrators see these events.
        auditTrail.record(new AuditEvent(actor, Set.of(), AUDIT_SUBJECT, id.toString(), action,
                before == null ? null : AuditedReport.of(before), AuditedReport.of(after)));
    }

    /**
     * What the audit trail keeps of a report. Not the e-mail address itself: it is there only for a reply,
     * and the trail, which is never pruned, should not keep a second copy of it; whether one was given is
     * enough to follow what happened.
     */
    private record AuditedReport(String page, String description, boolean emailGiven, OffsetDateTime handledAt,
                                 String handledBy) {

        static String of(AccessibilityReport report) {
            return AuditEvent.json(new AuditedReport(report.page(), report.description(), report.email() != null,
                    report.handledAt(), report.handledBy()));
        }
    }
}
