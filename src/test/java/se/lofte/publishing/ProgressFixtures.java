package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.Organisations;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed promise with progress, through the same public write paths staff use: manual counts of goal g1,
 * measures and updates. Tests set the clock ({@link se.lofte.testing.MovableClock}) to the day a step needs,
 * since what is public and what a goal's status is depend on today.
 */
final class ProgressFixtures {

    static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";
    static final String WIDGET = "/widget" + SEED;

    private ProgressFixtures() {
    }

    static PublishedRevision seed(Organisations organisations, PublishedPromises published) {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        return published.ofMunicipalityStarting(bengtsfors.id(), 2019).orElseThrow();
    }

    static PromiseContent.Party police(PublishedRevision seed) {
        return seed.content().parties().getFirst();
    }

    static StaffMember editor(PublishedRevision seed) {
        return new StaffMember("public-progress-editor", "Redaktör", false, Set.of(
                new Membership(seed.content().parties().get(0).id(), Role.EDITOR),
                new Membership(seed.content().parties().get(1).id(), Role.EDITOR)));
    }

    /** Counts g1 by hand on the clock's day; the count must be accepted. */
    static void count(ProgressManagement progress, PublishedRevision seed, String value, LocalDate asOf) {
        StaffMember by = editor(seed);
        assertThat(progress.chooseIndicator(seed.promiseId(), "g1", "manual", Map.of(), by)).isEmpty();
        assertThat(progress.recordCount(seed.promiseId(), "g1", value, asOf.toString(), by)).isEmpty();
    }

    /** A police traffic control under commitment c2, with a description no other test uses. */
    static MeasureInput trafficControl(PublishedRevision seed, LocalDate day, String description, MeasurePlace place,
                                       boolean areaOnly, LocalDate publicFrom) {
        return new MeasureInput(List.of("c2"), day, null, place, police(seed).id(), "trafikkontroll",
                List.of(new MeasureInput.OutputLine("20", "fordon kontrollerade")), description, publicFrom, areaOnly,
                List.of(), List.of());
    }

    static void log(MeasureManagement measures, PublishedRevision seed, MeasureInput input) {
        assertThat(measures.log(seed.promiseId(), input, editor(seed)).problems()).isEmpty();
    }

    static void publishUpdate(ProgressUpdates updates, PublishedRevision seed, UpdateKind kind, String title,
                              String text) {
        var saved = updates.write(seed.promiseId(), new UpdateText(kind, title, text, List.of("c2"),
                police(seed).id()), editor(seed));
        assertThat(saved.problems()).isEmpty();
        updates.publish(saved.id(), editor(seed));
    }
}
