package se.lofte.promises;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEntry;
import se.lofte.accounts.AuditFilter;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every step of a promise's life leaves one audit event in the step's own transaction. Each test acts as
 * a person of its own, so it finds its events among those of other tests sharing the database.
 */
@SpringBootTest
class PromiseAuditIntegrationTests {

    private static final StaffMember READER = new StaffMember("audit-reader", "Reader", true, Set.of());

    @Autowired
    PromiseManagement management;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    Organisations organisations;
    @Autowired
    TransactionTemplate transactions;

    private int year;
    private PromiseContent content;
    private StaffMember editor;
    private PromiseId id;

    /** A draft of a fresh year by a person of its own, whose events are the test's. */
    @BeforeEach
    void aDraftByAnEditorOfItsOwn() {
        year = TestYears.next();
        content = PromiseFixtures.ofPoliceAndAmal(management, organisations, year);
        editor = staff("audit-" + year, content);
        id = management.create(content, editor).id();
    }

    @Test
    void everyStepIsRecordedWithWhoAndTheValuesBeforeAndAfter() {
        content.parties().forEach(p -> management.sign(id, p.id(), editor));
        management.publish(id, editor, "Eva Editor");
        var view = management.find(id, editor).orElseThrow();
        management.update(id, view.version(), PromiseFixtures.withTitle(view.content(), "Ny rubrik"), editor);
        content.parties().forEach(p -> management.sign(id, p.id(), editor));
        management.publish(id, editor, "Eva Editor");
        management.extend(id, editor);
        management.close(id, editor);

        List<AuditEntry> events = events(editor);
        assertThat(events).extracting(AuditEntry::action).containsExactly("closed", "extended", "published",
                "signed", "signed", "updated", "published", "signed", "signed", "created");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.subjectType()).isEqualTo("promise");
            assertThat(e.subjectId()).isEqualTo(id.toString());
            assertThat(e.organisations()).containsExactlyInAnyOrderElementsOf(content.partyIds());
        });
        AuditEntry created = events.getLast();
        assertThat(created.before()).isNull();
        assertThat(created.after()).contains("\"state\":\"DRAFT\"", "\"title\":\"Medborgarlöfte för " + year + "\"");
        AuditEntry updated = events.get(5);
        assertThat(updated.before()).contains("\"title\":\"Medborgarlöfte för " + year + "\"");
        assertThat(updated.after()).contains("\"title\":\"Ny rubrik\"", "\"signatures\":[]");
        AuditEntry closed = events.getFirst();
        assertThat(closed.before()).contains("\"state\":\"PUBLISHED\"");
        assertThat(closed.after()).contains("\"state\":\"CLOSED\"");
    }

    @Test
    void aRefusedStepLeavesNoEvent() {
        assertThatThrownBy(() -> management.publish(id, editor, "Eva Editor")).isInstanceOf(PromiseRefusal.class);
        assertThatThrownBy(() -> management.close(id, editor)).isInstanceOf(PromiseRefusal.class);
        int version = management.find(id, editor).orElseThrow().version();
        assertThat(management.update(id, version + 1, PromiseFixtures.withTitle(content, "För sent"), editor)
                .saved()).isFalse();

        assertThat(events(editor)).extracting(AuditEntry::action).containsExactly("created");
    }

    @Test
    void aSaveThatChangesNothingLeavesNoEvent() {
        management.update(id, management.find(id, editor).orElseThrow().version(), content, editor);

        assertThat(events(editor)).extracting(AuditEntry::action).containsExactly("created");
    }

    @Test
    void theEventIsRolledBackWithTheChangeItDescribes() {
        int version = management.find(id, editor).orElseThrow().version();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            management.update(id, version, PromiseFixtures.withTitle(content, "Aldrig sparad"), editor);
            throw new IllegalStateException("a later step of the same transaction fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(management.find(id, editor).orElseThrow().content().title()).isEqualTo(content.title());
        assertThat(events(editor)).extracting(AuditEntry::action).containsExactly("created");
    }

    @Test
    void aPartyRemovedByAnEditStillSeesTheEvent() {
        var police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).getFirst();
        var amal = organisations.municipalityBySlug("amal").orElseThrow();
        var dalsEd = organisations.municipalityBySlug("dals-ed").orElseThrow();
        var moved = PromiseFixtures.complete(management.parties(List.of(police.id(), dalsEd.id())), year);
        var mover = staff(editor.username(), content, moved);
        management.update(id, management.find(id, mover).orElseThrow().version(), moved, mover);

        assertThat(events(mover).getFirst().organisations())
                .containsExactlyInAnyOrder(police.id(), amal.id(), dalsEd.id());
    }

    private List<AuditEntry> events(StaffMember actor) {
        return auditTrail.search(new AuditFilter(null, null, "promise", actor.username(), null), READER, 1).entries();
    }

    /** An editor and signatory of every party of the promises. */
    private static StaffMember staff(String username, PromiseContent... contents) {
        var memberships = new HashSet<Membership>();
        for (var content : contents) {
            for (var party : content.parties()) {
                memberships.add(new Membership(party.id(), Role.EDITOR));
                memberships.add(new Membership(party.id(), Role.SIGNATORY));
            }
        }
        return new StaffMember(username, username, false, memberships);
    }
}
