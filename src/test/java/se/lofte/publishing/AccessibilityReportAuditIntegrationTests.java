package se.lofte.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.accounts.AuditEntry;
import se.lofte.accounts.AuditFilter;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's life in the audit trail: sent by a visitor, marked handled and open again by staff. */
@SpringBootTest
class AccessibilityReportAuditIntegrationTests {

    private static final StaffMember READER = new StaffMember("audit-reader", "Reader", true, Set.of());

    @Autowired
    AccessibilityFeedback feedback;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void recordsTheReportWithoutTheEmailAddressAndEachMarkWithWhoSetIt() {
        String text = "Kontrasten är för låg " + System.nanoTime();
        assertThat(feedback.submit(new ReportedProblem("/kommun", text, "anna@example.se"))).isEmpty();
        var id = feedback.newestFirst(1).reports().stream().filter(r -> r.description().equals(text)).findFirst().orElseThrow().id();
        String actor = "reports-" + id;
        feedback.markHandled(id, true, actor);
        feedback.markHandled(id, false, actor);

        List<AuditEntry> events = events(id);
        assertThat(events).extracting(AuditEntry::action).containsExactly("marked_open", "marked_handled", "submitted");
        AuditEntry submitted = events.getLast();
        assertThat(submitted.actor()).isNull();
        assertThat(submitted.organisations()).isEmpty();
        assertThat(submitted.before()).isNull();
        assertThat(submitted.after()).contains(text, "\"emailGiven\":true").doesNotContain("anna@example.se");
        AuditEntry handled = events.get(1);
        assertThat(handled.actor()).isEqualTo(actor);
        assertThat(handled.before()).contains("\"handledBy\":null");
        assertThat(handled.after()).contains("\"handledBy\":\"" + actor + "\"");
    }

    @Test
    void aRefusedReportOrAnUnknownOneLeavesNoEvent() {
        var reports = new AuditFilter(null, null, "accessibility_report", null, null);
        long before = auditTrail.search(reports, READER, 1).total();
        assertThat(feedback.submit(new ReportedProblem(null, "  ", null))).isNotEmpty();
        assertThat(feedback.markHandled(new AccessibilityReportId(Long.MAX_VALUE), true, "nobody")).isFalse();
        assertThat(auditTrail.search(reports, READER, 1).total()).isEqualTo(before);
    }

    private List<AuditEntry> events(AccessibilityReportId id) {
        var found = new ArrayList<AuditEntry>();
        auditTrail.forEach(new AuditFilter(null, null, "accessibility_report", null, null), READER, e -> {
            if (e.subjectId().equals(id.toString())) {
                found.add(e);
            }
        });
        return found;
    }
}
