package se.lofte.progress;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.NotAllowed;
import se.lofte.testing.ProgressTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ProgressTest
@RecordApplicationEvents
class ProgressUpdatesIntegrationTests {

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    ProgressUpdates updates;
    @Autowired
    ProgressReading reading;
    @Autowired
    Organisations organisations;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftIsPublishedEditedAndWithdrawnWithEachStepAudited() {
        PublishedRevision seed = promises.seed();
        PromiseId id = seed.promiseId();
        var police = seed.content().parties().getFirst();
        StaffMember editor = ProgressIntegrationTests.member(police, Role.EDITOR);
        long audited = auditRows();

        var saved = updates.write(id, new UpdateText(UpdateKind.NOT_DONE, " Ingen kontroll i mars ",
                "Vi hann inte, personalen behövdes vid en olycka.", List.of("c1"), police.id()), editor);
        assertThat(saved.problems()).isEmpty();
        assertThat(reading.update(saved.id())).isEmpty();
        assertThat(reading.updates(List.of(id), 100)).noneMatch(u -> u.id().equals(saved.id()));

        updates.publish(saved.id(), editor);
        ProgressUpdate shown = reading.update(saved.id()).orElseThrow();
        assertThat(shown.title()).isEqualTo("Ingen kontroll i mars");
        assertThat(shown.kind()).isEqualTo(UpdateKind.NOT_DONE);
        assertThat(shown.author()).isEqualTo("LPO Östra Fyrbodal");
        assertThat(shown.commitmentKeys()).containsExactly("c1");
        assertThat(shown.publishedAt()).isNotNull();
        assertThat(reading.updates(List.of(id), 100).getFirst().id()).isEqualTo(saved.id());
        assertThat(events.stream(UpdatePublished.class).filter(e -> e.id().equals(saved.id()))).hasSize(1);

        assertThat(updates.edit(saved.id(), new UpdateText(UpdateKind.NOT_DONE, "Ingen kontroll i mars",
                "Rättad text.", List.of(), police.id()), editor).problems()).isEmpty();
        assertThat(reading.update(saved.id()).orElseThrow().text()).isEqualTo("Rättad text.");

        updates.withdraw(saved.id(), editor);
        assertThat(reading.update(saved.id())).isEmpty();
        assertThat(updates.find(saved.id(), editor).orElseThrow().state()).isEqualTo(UpdateState.WITHDRAWN);
        assertThat(auditRows() - audited).isEqualTo(4);
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAtTheFieldThatHoldsIt() {
        PublishedRevision seed = promises.seed();
        var police = seed.content().parties().getFirst();
        var saved = updates.write(seed.promiseId(), new UpdateText(UpdateKind.PROGRESS, "Kontroller",
                "Vi grep 121212-1212 i centrum.", List.of("c9"), police.id()),
                ProgressIntegrationTests.member(police, Role.EDITOR));
        assertThat(saved.saved()).isFalse();
        assertThat(saved.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                "text:progress.update.personalIdentityNumber", "commitments:progress.update.unknownCommitment");
        assertThat(saved.problems().getFirst().args()).containsExactly("121212-1212");
    }

    @Test
    void onlyEditorsOfAPartyWriteAndOnlyForTheirOwnParty() {
        PublishedRevision seed = promises.seed();
        var police = seed.content().parties().get(0);
        var municipality = seed.content().parties().get(1);
        var text = new UpdateText(UpdateKind.PROGRESS, "Titel", "Text", List.of(), police.id());
        assertThatThrownBy(() -> updates.write(seed.promiseId(), text,
                ProgressIntegrationTests.member(police, Role.ANALYST))).isInstanceOf(NotAllowed.class);
        assertThat(updates.write(seed.promiseId(), text, ProgressIntegrationTests.member(municipality, Role.EDITOR))
                .problems()).extracting(p -> p.field()).containsExactly("party");
        StaffMember stranger = new StaffMember("progress-stranger", "S", false,
                Set.of(new Membership(organisations.municipalityBySlug("amal").orElseThrow().id(), Role.EDITOR)));
        assertThatThrownBy(() -> updates.forPromise(seed.promiseId(), stranger))
                .isInstanceOf(NotAllowed.class);
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'progress_update'")
                .query(Long.class).single();
    }
}
