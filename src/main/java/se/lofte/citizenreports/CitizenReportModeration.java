package se.lofte.citizenreports;

import java.text.Collator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.incidents.Incidents;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;

/**
 * Staff of a municipality's parties (the municipality and the local police areas that cover it: their analysts,
 * editors and administrators) moderate its reports: publish (the text as published; the original is kept), hide
 * with a reason, merge a duplicate into another report, answer and set the status. Every step is in the audit
 * trail; a hidden or merged report leaves the lägesbild; the reporter is mailed when the status or answer changes.
 */
@Service
public class CitizenReportModeration {

    public static final int PAGE_SIZE = 25;
    public static final int REASON_MAX = 1000;
    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv"));

    private final CitizenReportRows rows;
    private final CitizenReports reports;
    private final Organisations organisations;
    private final Incidents incidents;
    private final AuditTrail auditTrail;
    private final StatusMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CitizenReportModeration(CitizenReportRows rows, CitizenReports reports, Organisations organisations,
                            Incidents incidents, AuditTrail auditTrail, StatusMails mails,
                            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.rows = rows;
        this.reports = reports;
        this.organisations = organisations;
        this.incidents = incidents;
        this.auditTrail = auditTrail;
        this.mails = mails;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A page of reports for moderation, newest first. */
    public record ModerationPage(List<StoredReport> reports, int page, int pages, long total) {
    }

    /**
     * The municipalities whose reports the person moderates, by name: those of which they are analyst, editor or
     * administrator, and those covered by a local police area they are so in; every one for a system administrator.
     */
    public List<Organisation> municipalities(StaffMember member) {
        Map<OrganisationId, Organisation> found = new LinkedHashMap<>();
        if (member.systemAdmin()) {
            organisations.all(OrganisationKind.MUNICIPALITY).forEach(m -> found.put(m.id(), m));
        } else {
            Set<OrganisationId> ids = new java.util.HashSet<>(member.situationOrganisations());
            ids.addAll(member.organisationsWhere(Role.ORGANISATION_ADMIN));
            for (Organisation organisation : organisations.findAll(ids)) {
                if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                    found.put(organisation.id(), organisation);
                } else if (organisation.kind() == OrganisationKind.LOCAL_POLICE_AREA) {
                    organisations.coveredMunicipalities(organisation.id()).forEach(m -> found.put(m.id(), m));
                }
            }
        }
        List<Organisation> result = new ArrayList<>(found.values());
        result.sort(Comparator.comparing(Organisation::name, SWEDISH));
        return result;
    }

    public boolean moderates(StaffMember member, String municipalityCode) {
        return municipalities(member).stream().anyMatch(m -> m.scbCode().equals(municipalityCode));
    }

    /** Reports of the municipalities the person moderates (or of one of them), in a moderation state or all. */
    public ModerationPage list(StaffMember member, String municipalityCode, Moderation moderation, int page) {
        List<String> codes = municipalities(member).stream().map(Organisation::scbCode)
                .filter(c -> municipalityCode == null || c.equals(municipalityCode)).toList();
        long total = rows.countForModeration(codes, moderation);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.clamp(page, 1, pages);
        return new ModerationPage(rows.forModeration(codes, moderation, (current - 1) * PAGE_SIZE, PAGE_SIZE), current,
                pages, total);
    }

    /** A report as its moderators see it; 404 when unknown, 403 for one of a municipality the person does not moderate. */
    public StoredReport report(StaffMember member, CitizenReportId id) {
        StoredReport report = rows.find(id).orElseThrow(() -> new NotFound("citizen report"));
        if (!moderates(member, report.municipalityCode())) {
            throw new NotAllowed("Not a moderator of the report's municipality");
        }
        return report;
    }

    /** Publishes the report with this text (the resident's, corrected); the original stays as written. */
    public List<Problem> publish(StaffMember member, CitizenReportId id, String text) {
        String published = text == null ? "" : text.strip();
        List<Problem> problems = new ArrayList<>();
        if (published.isEmpty()) {
            problems.add(Problem.of("text", "cr.problem.publishedTextMissing"));
        }
        CitizenReports.limited("text", published, CitizenReports.TEXT_MAX, problems);
        return step(member, id, problems, "published", before -> {
            if (before.moderation() == Moderation.MERGED) {
                return List.of(Problem.of("text", "cr.problem.alreadyMerged"));
            }
            rows.publish(id, published, now());
            if (before.moderation() == Moderation.HIDDEN) {
                incidents.reportByResident(reports.incident(rows.find(id).orElseThrow()));
            }
            return List.of();
        }, false);
    }

    /** Hides the report from the public and from the lägesbild, with the reason (for staff). */
    public List<Problem> hide(StaffMember member, CitizenReportId id, String reason) {
        String why = reason == null ? "" : reason.strip();
        List<Problem> problems = new ArrayList<>();
        if (why.isEmpty()) {
            problems.add(Problem.of("reason", "cr.problem.reasonMissing"));
        }
        CitizenReports.limited("reason", why, REASON_MAX, problems);
        return step(member, id, problems, "hidden", before -> {
            if (before.moderation() == Moderation.MERGED) {
                return List.of(Problem.of("reason", "cr.problem.alreadyMerged"));
            }
            rows.hide(id, why, now());
            incidents.withdrawResidentReport(before.organisation(), id.toString());
            return List.of();
        }, false);
    }

    /**
     * Merges a duplicate into another report of the same municipality (open or not, but itself neither hidden nor
     * merged): the duplicate leaves the lägesbild and the lists, its page says where it went, and it counts once, as
     * one more supporter of the other.
     */
    public List<Problem> merge(StaffMember member, CitizenReportId id, CitizenReportId into) {
        List<Problem> problems = new ArrayList<>();
        if (into == null) {
            problems.add(Problem.of("into", "cr.problem.mergeTargetMissing"));
        }
        return step(member, id, problems, "merged", before -> {
            if (into.equals(id)) {
                return List.of(Problem.of("into", "cr.problem.mergeSelf"));
            }
            if (before.moderation() == Moderation.MERGED) {
                return List.of(Problem.of("into", "cr.problem.alreadyMerged"));
            }
            Optional<StoredReport> target = rows.lock(into);
            if (target.isEmpty() || !target.get().municipalityCode().equals(before.municipalityCode())
                    || !target.get().incident()) {
                return List.of(Problem.of("into", "cr.problem.mergeTargetUnknown", into.toString()));
            }
            rows.merge(id, before.supporters(), into, now());
            incidents.withdrawResidentReport(before.organisation(), id.toString());
            return List.of();
        }, false);
    }

    /**
     * Answers the report and sets its status; avslutad needs a reason. The reporter is mailed (when they left an
     * address) after the change is committed.
     */
    public List<Problem> answer(StaffMember member, CitizenReportId id, ReportStatus status, String answer,
                                String closedReason) {
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        String reason = closedReason == null || closedReason.isBlank() ? null : closedReason.strip();
        List<Problem> problems = new ArrayList<>();
        if (status == null) {
            problems.add(Problem.of("status", "cr.problem.statusMissing"));
        }
        if (status == ReportStatus.AVSLUTAD && reason == null) {
            problems.add(Problem.of("closedReason", "cr.problem.closedReasonMissing"));
        }
        CitizenReports.limited("answer", text, CitizenReports.TEXT_MAX, problems);
        CitizenReports.limited("closedReason", reason, REASON_MAX, problems);
        return step(member, id, problems, "answered", before -> {
            rows.answer(id, status, text, status == ReportStatus.AVSLUTAD ? reason : null, now());
            return List.of();
        }, true);
    }

    private interface Change {
        List<Problem> apply(StoredReport before);
    }

    /** One moderation step: rights, then the checks, then the change and its audit row in one transaction. */
    private List<Problem> step(StaffMember member, CitizenReportId id, List<Problem> problems, String action,
                               Change change, boolean mail) {
        report(member, id);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Problem> refused = transactions.execute(status -> {
            StoredReport before = rows.lock(id).orElseThrow(() -> new NotFound("citizen report"));
            List<Problem> found = change.apply(before);
            if (!found.isEmpty()) {
                return found;
            }
            StoredReport after = rows.find(id).orElseThrow();
            auditTrail.record(new AuditEvent(member.username(), Set.of(before.organisation()),
                    CitizenReports.AUDIT_SUBJECT, id.toString(), action, AuditedReport.of(before), AuditedReport.of(after)));
            events.publishEvent(new CitizenReportsChanged(before.municipalityCode()));
            return List.of();
        });
        if (refused.isEmpty() && mail) {
            rows.find(id).ifPresent(mails::statusChanged);
        }
        return refused;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
