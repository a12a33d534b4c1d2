package se.lofte.subscriptions;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisations;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdatePublished;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news flow as a module sees it, without the web site: an update published in {@code progress} reaches
 * {@code subscriptions} as an event, after its commit, and queues one mail for the promise's subscriber. The
 * application is started with this module and the modules it depends on, plus {@code incidents} (which places
 * its incidents for {@code places}), {@code operations} (the lock of scheduled work) and {@code publishing} (the
 * public version that promises bump) with {@code situation} and {@code followup}, which its pages need; not the
 * site's web layer.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"citizenreports", "dialogue", "followup", "incidents",
        "operations", "publishing", "situation", "surveys"})
class ProgressNewsScenarioTests {

    @Autowired
    ProgressUpdates updates;
    @Autowired
    PublishedPromises published;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedUpdateQueuesOneMailForTheSubscriber(Scenario scenario) {
        PublishedRevision seed = seed();
        String address = "scenario-" + UUID.randomUUID() + "@example.se";
        jdbc.sql("insert into subscription (email, topic_kind, topic_id, created_at, confirmed_at)"
                + " values (?, 'PROMISE', ?, current_timestamp, current_timestamp)")
                .params(address, seed.promiseId().value()).update();
        var police = seed.content().parties().getFirst();
        var editor = new StaffMember("scenario-" + Role.EDITOR.name().toLowerCase(Locale.ROOT), "Test", false,
                Set.of(new Membership(police.id(), Role.EDITOR)));
        var saved = updates.write(seed.promiseId(), new UpdateText(UpdateKind.PROGRESS, "Kvällskontroller",
                "Tre kvällar på Storgatan.", List.of("c1"), police.id()), editor);
        assertThat(saved.problems()).isEmpty();

        scenario.stimulate(() -> updates.publish(saved.id(), editor))
                .andWaitForStateChange(() -> mails(address), queued -> queued > 0)
                .andVerify(queued -> {
                    assertThat(queued).isOne();
                    assertThat(jdbc.sql("select body from subscription_mail m join subscription s"
                            + " on s.id = m.subscription_id where s.email = ?").param(address).query(String.class)
                            .single()).contains("Kvällskontroller", "Tre kvällar på Storgatan.");
                });
    }

    @Test
    void theEventItselfIsWhatTheModuleHears(Scenario scenario) {
        PublishedRevision seed = seed();
        var police = seed.content().parties().getFirst();
        var editor = new StaffMember("scenario-editor", "Test", false, Set.of(new Membership(police.id(), Role.EDITOR)));
        var saved = updates.write(seed.promiseId(), new UpdateText(UpdateKind.PROGRESS, "Hörd", "Text.",
                List.of("c1"), police.id()), editor);

        scenario.stimulate(() -> updates.publish(saved.id(), editor))
                .andWaitForEventOfType(UpdatePublished.class)
                .matching(event -> event.id().equals(saved.id()))
                .toArriveAndVerify(event -> assertThat(event.promise()).isEqualTo(seed.promiseId()));
    }

    private long mails(String address) {
        return jdbc.sql("select count(*) from subscription_mail m join subscription s on s.id = m.subscription_id"
                + " where s.email = ?").param(address).query(Long.class).single();
    }

    private PublishedRevision seed() {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        return published.ofMunicipalityStarting(bengtsfors.id(), 2019).orElseThrow();
    }
}
