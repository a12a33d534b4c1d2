package se.lofte.promises;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PromiseManagementIntegrationTests {

    @Autowired
    PromiseManagement management;
    @Autowired
    PublishedPromises published;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPromiseIsPublishedAsResidentsSawIt() {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var revision = published.ofMunicipalityStarting(bengtsfors.id(), 2019).orElseThrow();
        assertThat(revision.number()).isEqualTo(1);
        assertThat(revision.publisherName()).isEqualTo("Sofia Magnusson");
        assertThat(revision.publishedAt().toLocalDate()).isEqualTo(LocalDate.of(2019, 2, 15));
        assertThat(revision.content().commitments()).hasSize(2);
        assertThat(revision.content().goals()).hasSize(3);
        assertThat(revision.signatures()).hasSize(2);
    }

    @Test
    void createSignPublishReviseAndRepublish() {
        int year = TestYears.next();
        var content = content(year);
        SaveResult created = management.create(content, staff(content));
        assertThat(created.problems()).isEmpty();
        var id = created.id();

        assertThatThrownBy(() -> management.publish(id, staff(content), "Eva Editor")).isInstanceOf(PromiseRefusal.class);
        for (var party : content.parties()) {
            management.sign(id, party.id(), staff(content));
        }
        var first = management.publish(id, staff(content), "Eva Editor");
        assertThat(first.number()).isEqualTo(1);

        var view = management.find(id, staff(content(2000))).orElseThrow();
        var revised = PromiseFixtures.withGoals(view.content(), List.of(
                PromiseFixtures.numericGoal(content.parties().get(0).id(), java.math.BigDecimal.valueOf(30), year),
                view.content().goals().get(1)));
        SaveResult saved = management.update(id, view.version(), revised, staff(content));
        assertThat(saved.saved()).isTrue();
        assertThat(saved.signaturesVoided()).isTrue();
        for (var party : content.parties()) {
            management.sign(id, party.id(), staff(content));
        }
        management.publish(id, staff(content), "Eva Editor");

        var revisions = published.revisions(id);
        assertThat(revisions).extracting(PublishedRevision::number).containsExactly(1, 2);
        assertThat(revisions.get(0).content()).isEqualTo(content);
        assertThat(RevisionChanges.between(revisions.get(0).content(), revisions.get(1).content()))
                .extracting(RevisionChanges.Change::field).contains("field.goalText", "field.target");
    }

    @Test
    void aPublishedRevisionNeverChangesWhenTheDraftDoes() {
        int year = TestYears.next();
        var id = publish(content(year));
        var view = management.find(id, staff(content(2000))).orElseThrow();
        management.update(id, view.version(), PromiseFixtures.withTitle(view.content(), "Ändrad rubrik"), staff(view.content()));
        assertThat(published.latest(id).orElseThrow().content().title()).isEqualTo("Medborgarlöfte för " + year);
        assertThat(management.find(id, staff(content(2000))).orElseThrow().unpublishedChanges()).isTrue();
    }

    @Test
    void refusesASecondPromiseForTheSameMunicipalityAndYear() {
        int year = TestYears.next();
        assertThat(management.create(content(year), staff(content(year))).saved()).isTrue();
        assertThat(management.create(content(year), staff(content(year))).problems())
                .containsExactly(Problem.of("start", "problem.period.duplicate", Integer.toString(year)));
    }

    @Test
    void refusesToOverwriteSomeoneElsesSave() {
        var id = management.create(content(TestYears.next()), staff(content(2000))).id();
        int version = management.find(id, staff(content(2000))).orElseThrow().version();
        var content = management.find(id, staff(content(2000))).orElseThrow().content();
        assertThat(management.update(id, version, PromiseFixtures.withTitle(content, "Första"), staff(content)).saved()).isTrue();
        assertThat(management.update(id, version, PromiseFixtures.withTitle(content, "Andra"), staff(content)).problems())
                .containsExactly(Problem.of("promise", "problem.concurrentEdit"));
        assertThat(management.find(id, staff(content(2000))).orElseThrow().content().title()).isEqualTo("Första");
    }

    @Test
    void badInputSavesNothing() {
        var content = PromiseFixtures.withSituation(content(TestYears.next()), "Gäller 121212-1212.");
        long before = count();
        assertThat(management.create(content, staff(content)).problems()).extracting(Problem::field).containsExactly("situation");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void storesPicturesByTheirContent() {
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 1, 2, 3};
        var upload = management.storeImage(png);
        assertThat(upload.problem()).isNull();
        assertThat(management.storeImage(png).sha256()).isEqualTo(upload.sha256());
        assertThat(management.image(upload.sha256()).orElseThrow().data()).isEqualTo(png);
        assertThat(management.storeImage("not a picture at all".getBytes()).problem())
                .isEqualTo(Problem.of("imageFile", "problem.image.type"));
    }

    @Test
    void aMunicipalityEditorCannotChangeThePolicePartysCommitment() {
        var content = content(TestYears.next());
        var id = management.create(content, staff(content)).id();
        var municipalityEditor = person("kommun", "Kim Kommun", content.parties().get(1).id(), Role.EDITOR);
        var commitments = new java.util.ArrayList<>(content.commitments());
        var police = commitments.getFirst();
        commitments.set(0, new PromiseContent.Commitment(police.key(), police.title(), "Ändrat av kommunen.",
                police.responsible(), police.focusPlaceRefs()));
        var changed = new PromiseContent(content.parties(), content.start(), content.end(), content.title(),
                "Kommunen får ändra den gemensamma ingressen.", content.situation(), commitments, content.goals(),
                content.focusPlaces(), content.focusPlaceRefs(), content.followUp(), content.followAlong(), content.signatories(),
                content.image());
        int version = management.find(id, municipalityEditor).orElseThrow().version();
        assertThat(management.update(id, version, changed, municipalityEditor).problems())
                .containsExactly(Problem.of("commitments[0].title", "problem.otherPartysWords", "LPO Östra Fyrbodal"));
        var jointOnly = PromiseFixtures.withTitle(content, "Kommunens nya rubrik");
        assertThat(management.update(id, version, jointOnly, municipalityEditor).saved()).isTrue();
    }

    /**
     * A key saved before keys were checked is replaced on the next save, by whoever saves: the police's row keeps
     * its words, so the municipality's editor saving only joint text is not told they changed the police's.
     */
    @Test
    void aWorkingCopyWithAKeyThatIsNotWellFormedIsSavedWithAKeyOfTheServers() {
        var content = content(TestYears.next());
        var id = management.create(content, staff(content)).id();
        String hostile = "x\"><b class=INJ>i<img src=x onerror=alert(1)>";
        String json = jdbc.sql("select draft_json from promise where id = ?").param(id.value()).query(String.class)
                .single();
        jdbc.sql("update promise set draft_json = ? where id = ?")
                .params(json.replace("\"c1\"", "\"" + hostile.replace("\"", "\\\"") + "\""), id.value()).update();
        var municipalityEditor = person("kommun", "Kim Kommun", content.parties().get(1).id(), Role.EDITOR);
        var legacy = management.find(id, municipalityEditor).orElseThrow();
        assertThat(legacy.content().commitments().getFirst().key()).isEqualTo(hostile);

        var saved = management.update(id, legacy.version(), PromiseFixtures.withTitle(legacy.content(), "Ny rubrik"),
                municipalityEditor);
        assertThat(saved.problems()).isEmpty();
        var now = management.find(id, municipalityEditor).orElseThrow().content();
        assertThat(now.commitments()).extracting(PromiseContent.Commitment::key)
                .allMatch(ContentKeys::wellFormed).doesNotContain(hostile).contains("c2");
        assertThat(now.commitments().getFirst().text()).isEqualTo(content.commitments().getFirst().text());
        assertThat(now.title()).isEqualTo("Ny rubrik");
    }

    @Test
    void onlyAPartysSignatorySignsForIt() {
        var content = content(TestYears.next());
        var id = management.create(content, staff(content)).id();
        var policeSignatory = person("polis", "Pia Polis", content.parties().get(0).id(), Role.SIGNATORY);
        management.sign(id, content.parties().get(0).id(), policeSignatory);
        assertThatThrownBy(() -> management.sign(id, content.parties().get(1).id(), policeSignatory))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void aDraftIsInvisibleToOtherOrganisations() {
        var content = content(TestYears.next());
        var id = management.create(content, staff(content)).id();
        var other = person("annan", "Annan", organisations.municipalityBySlug("mellerud").orElseThrow().id(), Role.EDITOR);
        assertThatThrownBy(() -> management.find(id, other)).isInstanceOf(NotAllowed.class);
        assertThat(management.list(other)).noneMatch(s -> s.id().equals(id));
        assertThatThrownBy(() -> management.create(content(TestYears.next()), other))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void aDraftIsInvisibleToAPartysReporters() {
        var content = content(TestYears.next());
        var id = management.create(content, staff(content)).id();
        var reporter = person("rapportor", "Rapportör", content.parties().get(1).id(), Role.REPORTER);
        assertThatThrownBy(() -> management.find(id, reporter)).isInstanceOf(NotAllowed.class);
        assertThat(management.list(reporter)).noneMatch(s -> s.id().equals(id));
    }

    private PromiseId publish(PromiseContent content) {
        var id = management.create(content, staff(content)).id();
        content.parties().forEach(p -> management.sign(id, p.id(), staff(content)));
        management.publish(id, staff(content), "Eva Editor");
        return id;
    }

    /** A person with one role in one organisation. */
    private static StaffMember person(String username, String name, OrganisationId organisation, Role role) {
        return new StaffMember(username, name, false, Set.of(new Membership(organisation, role)));
    }

    /** An editor and signatory of every party of the promise. */
    private StaffMember staff(PromiseContent content) {
        var memberships = new java.util.HashSet<Membership>();
        for (var party : content.parties()) {
            memberships.add(new Membership(party.id(), Role.EDITOR));
            memberships.add(new Membership(party.id(), Role.SIGNATORY));
        }
        return new StaffMember("editor", "Eva Editor", false, memberships);
    }

    private long count() {
        return jdbc.sql("select count(*) from promise").query(Long.class).single();
    }

    private PromiseContent content(int year) {
        return PromiseFixtures.ofPoliceAndAmal(management, organisations, year);
    }
}
