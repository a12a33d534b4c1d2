package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;

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
import se.lofte.testing.SpringFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed promise with progress, through the same public write paths staff use: manual counts of goal g1,
 * measures and updates. Tests set the clock ({@link se.lofte.testing.MovableClock}) to the day a step needs,
 * since what is public and what a goal's status is depend on today. A Spring test registers it:
 * <pre>{@code @RegisterExtension final ProgressFixtures fixtures = new ProgressFixtures();}</pre>
 */
final class ProgressFixtures extends SpringFixture {

    static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";
    static final String WIDGET = "/widget" + SEED;

    private Organisations organisations;
    private PublishedPromises published;
    private ProgressManagement progress;
    private MeasureManagement measures;
    private ProgressUpdates updates;

    @Override
    public void use(ApplicationContext spring) {
        organisations = spring.getBean(Organisations.class);
        published = spring.getBean(PublishedPromises.class);
        progress = spring.getBean(ProgressManagement.class);
        measures = spring.getBean(MeasureManagement.class);
        updates = spring.getBean(ProgressUpdates.class);
    }

    /** The latest revision of the Bengtsfors promise of 2019 that the migrations load. */
    PublishedRevision seed() {
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
    void count(PublishedRevision seed, String value, LocalDate asOf) {
        StaffMember by = editor(seed);
        assertThat(progress.chooseIndicator(seed.promiseId(), "g1", "manual", Map.of(), by)).isEmpty();
        assertThat(progress.recordCount(seed.promiseId(), "g1", value, asOf.toString(), by)).isEmpty();
    }

    /** Logs a police traffic control under commitment c2, with a description no other test uses. */
    void logTrafficControl(PublishedRevision seed, LocalDate day, String description, MeasurePlace place,
                           boolean areaOnly, LocalDate publicFrom) {
        var input = new MeasureInput(List.of("c2"), day, null, place, police(seed).id(), "trafikkontroll",
                List.of(new MeasureInput.OutputLine("20", "fordon kontrollerade")), description, publicFrom, areaOnly,
                List.of(), List.of());
        assertThat(measures.log(seed.promiseId(), input, editor(seed)).problems()).isEmpty();
    }

    void publishUpdate(PublishedRevision seed, UpdateKind kind, String title, String text) {
        var saved = updates.write(seed.promiseId(), new UpdateText(kind, title, text, List.of("c2"),
                police(seed).id()), editor(seed));
        assertThat(saved.problems()).isEmpty();
        updates.publish(saved.id(), editor(seed));
    }
}
