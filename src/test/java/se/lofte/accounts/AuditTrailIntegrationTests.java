package se.lofte.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.NotAllowed;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail's own rules: recorded only inside the change's transaction, account changes recorded,
 * and what each administrator may read. Each test records events under an actor of its own, since the
 * PostgreSQL pass shares one database between all tests.
 */
@SpringBootTest
class AuditTrailIntegrationTests {

    private static final StaffMember SYSTEM_ADMIN = new StaffMember("audit-admin", "Admin", true, Set.of());

    @Autowired
    AuditTrail auditTrail;
    @Autowired
    Accounts accounts;
    @Autowired
    TestStaff staff;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void refusesToRecordOutsideTheTransactionOfAChange() {
        var event = new AuditEvent("outside", Set.of(), "promise", "1", "updated", null, "{}");
        assertThatThrownBy(() -> auditTrail.record(event)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(events("outside")).isEmpty();
    }

    @Test
    void refusesEventsTheTrailCouldNotShow() {
        assertThatThrownBy(() -> new AuditEvent("a", Set.of(), "Promise", "1", "updated", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("a", Set.of(), "promise", " ", "updated", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent("a", Set.of(), "promise", "1", "updated", "{not json", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsTheFirstAdministratorAsCreatedByLofteItself() {
        var created = new ArrayList<AuditEntry>();
        auditTrail.forEach(new AuditFilter(null, null, "account", null, null), SYSTEM_ADMIN, e -> {
            if (e.action().equals("account_created") && e.subjectId().equals("admin")) {
                created.add(e);
            }
        });
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.actor()).isNull();
            assertThat(e.after()).contains("\"systemAdmin\":true").doesNotContain("password");
        });
    }

    @Test
    void recordsAGrantedRoleOnceWithWhoGrantedIt() {
        var amal = staff.municipality("amal");
        staff.member("granted.person", amal);
        accounts.grant("granted.person", amal, Role.ANALYST, "granting.admin");
        accounts.grant("granted.person", amal, Role.ANALYST, "granting.admin");

        assertThat(events("granting.admin")).singleElement().satisfies(e -> {
            assertThat(e.subjectType()).isEqualTo("account");
            assertThat(e.subjectId()).isEqualTo("granted.person");
            assertThat(e.action()).isEqualTo("membership_granted");
            assertThat(e.organisations()).containsExactly(amal);
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("\"role\":\"ANALYST\"", "\"organisation\":" + amal.value());
        });
    }

    @Test
    void aRoleIsNotGrantedWhenItsEventCannotBeRecorded() {
        var amal = staff.municipality("amal");
        staff.member("unrecorded.person", amal);
        assertThatThrownBy(() -> accounts.grant("unrecorded.person", amal, Role.EDITOR, "x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.staffMember("unrecorded.person").orElseThrow().has(Role.EDITOR, amal)).isFalse();
    }

    @Test
    void anOrganisationAdministratorReadsOnlyTheEventsOfTheirOrganisations() {
        var amal = staff.municipality("amal");
        var mellerud = staff.municipality("mellerud");
        record("scoped.actor", Set.of(amal), "1");
        record("scoped.actor", Set.of(mellerud), "2");
        record("scoped.actor", Set.of(amal, mellerud), "3");
        record("scoped.actor", Set.of(), "4");
        var amalAdmin = new StaffMember("amal-admin", "Åmål", false, Set.of(new Membership(amal, Role.ORGANISATION_ADMIN)));
        var amalEditor = new StaffMember("amal-editor", "Åmål", false, Set.of(new Membership(amal, Role.EDITOR)));

        assertThat(auditTrail.search(byActor("scoped.actor"), amalAdmin, 1).entries())
                .extracting(AuditEntry::subjectId).containsExactly("3", "1");
        assertThat(events("scoped.actor")).extracting(AuditEntry::subjectId).containsExactly("4", "3", "2", "1");
        assertThat(auditTrail.readableBy(amalEditor)).isFalse();
        assertThatThrownBy(() -> auditTrail.search(AuditFilter.none(), amalEditor, 1))
                .isInstanceOf(NotAllowed.class);
        long other = events("scoped.actor").stream().filter(e -> e.subjectId().equals("2")).findFirst().orElseThrow().id();
        assertThat(auditTrail.find(other, amalAdmin)).isEmpty();
        assertThat(auditTrail.find(other, SYSTEM_ADMIN)).isPresent();
    }

    @Test
    void filtersByOrganisationSubjectAndDay() {
        var amal = staff.municipality("amal");
        var mellerud = staff.municipality("mellerud");
        record("filtered.actor", Set.of(amal), "1");
        record("filtered.actor", Set.of(mellerud), "2");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));

        assertThat(auditTrail.search(new AuditFilter(null, null, null, "filtered.actor", mellerud), SYSTEM_ADMIN, 1)
                .entries()).extracting(AuditEntry::subjectId).containsExactly("2");
        assertThat(auditTrail.search(new AuditFilter(today, today, "promise", "filtered.actor", null), SYSTEM_ADMIN, 1)
                .total()).isEqualTo(2);
        assertThat(auditTrail.search(new AuditFilter(today.plusDays(1), null, null, "filtered.actor", null),
                SYSTEM_ADMIN, 1).total()).isZero();
        assertThat(auditTrail.search(new AuditFilter(null, today.minusDays(1), null, "filtered.actor", null),
                SYSTEM_ADMIN, 1).total()).isZero();
        assertThat(auditTrail.search(new AuditFilter(null, null, "account", "filtered.actor", null), SYSTEM_ADMIN, 1)
                .total()).isZero();
        assertThat(auditTrail.organisations(SYSTEM_ADMIN)).contains(amal, mellerud);
    }

    @Test
    void pagesNewestFirst() {
        for (int i = 1; i <= AuditTrail.PAGE_SIZE + 2; i++) {
            record("paged.actor", Set.of(), Integer.toString(i));
        }
        var first = auditTrail.search(byActor("paged.actor"), SYSTEM_ADMIN, 1);
        var second = auditTrail.search(byActor("paged.actor"), SYSTEM_ADMIN, 2);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.entries()).hasSize(AuditTrail.PAGE_SIZE).first()
                .extracting(AuditEntry::subjectId).isEqualTo(Integer.toString(AuditTrail.PAGE_SIZE + 2));
        assertThat(second.entries()).extracting(AuditEntry::subjectId).containsExactly("2", "1");
        assertThat(auditTrail.search(byActor("paged.actor"), SYSTEM_ADMIN, 99).page()).isEqualTo(2);
    }

    private void record(String actor, Set<OrganisationId> organisations, String subjectId) {
        transactions.executeWithoutResult(status -> auditTrail.record(new AuditEvent(actor, organisations, "promise",
                subjectId, "updated", "{\"title\":\"Före\"}", "{\"title\":\"Efter\"}")));
    }

    private List<AuditEntry> events(String actor) {
        return auditTrail.search(byActor(actor), SYSTEM_ADMIN, 1).entries();
    }

    private static AuditFilter byActor(String actor) {
        return new AuditFilter(null, null, null, actor, null);
    }
}
