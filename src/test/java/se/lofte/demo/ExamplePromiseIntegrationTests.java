package se.lofte.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.lofte.accounts.StaffMember;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.ReportListPage;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.Meeting;
import se.lofte.incidents.ImportJob;
import se.lofte.incidents.Imports;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.ProgressUpdate;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PromiseState;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;
import se.lofte.surveys.SurveyResult;
import se.lofte.surveys.SurveyResults;
import se.lofte.testing.PostgresPass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode loads the example promise of the fictional Exempelby once: running, published, with counted goals,
 * measures, updates (one of something not done) and imported incidents, and a second start adds nothing.
 */
@SpringBootTest(properties = "lofte.example-promise=true")
class ExamplePromiseIntegrationTests {

    /**
     * Exempelby would otherwise stay in the database the PostgreSQL pass shares, where tests count Sweden's 290
     * municipalities.
     */
    @DynamicPropertySource
    static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
        String url = PostgresPass.ownDatabase("example");
        if (url != null) {
            registry.add("spring.datasource.url", () -> url);
        }
    }

    private static final StaffMember ADMIN = new StaffMember("test-admin", "Test", true, Set.of());

    @Autowired
    ExamplePromise loader;
    @Autowired
    Organisations organisations;
    @Autowired
    PublishedPromises published;
    @Autowired
    PromiseManagement promises;
    @Autowired
    MeasureManagement measures;
    @Autowired
    ProgressReading progress;
    @Autowired
    Imports imports;
    @Autowired
    SurveyResults surveys;
    @Autowired
    DialogueManagement meetings;
    @Autowired
    CitizenReports reports;

    @Test
    void theExamplePromiseIsLoadedOnceAndLives() {
        Snapshot first = snapshot();
        loader.start();
        Snapshot second = snapshot();

        assertThat(second).isEqualTo(first);
        assertThat(first.promises()).hasSize(1);
        PublishedRevision revision = first.promises().getFirst();
        assertThat(promises.state(revision.promiseId())).contains(PromiseState.PUBLISHED);
        assertThat(revision.content().title()).startsWith("Exempel: ");
        assertThat(revision.content().parties()).hasSize(2);
        assertThat(revision.content().focusPlaceRefs()).hasSize(2);
        assertThat(first.goals()).hasSize(4).allSatisfy(g -> assertThat(g.value()).isNotNull());
        assertThat(first.goals()).extracting(GoalProgress::status).contains(GoalStatus.AT_RISK);
        assertThat(first.measures()).isGreaterThan(20);
        assertThat(first.updates()).hasSize(3).extracting(ProgressUpdate::kind).contains(UpdateKind.NOT_DONE);
        assertThat(first.incidents()).isEqualTo(ExampleIncidents.count());
        assertThat(first.surveyResponses()).containsExactly(140L, 160L);
        assertThat(first.meetings()).hasSize(3);
        assertThat(first.reports()).isEqualTo(3);
    }

    @Test
    void theCitizenDialogueShowsChangeMeetingsAndAnsweredReports() {
        int year = LocalDate.now(Dates.SWEDEN).getYear();
        SurveyResult thisYear = surveys.published("exempelby", year).orElseThrow();
        assertThat(thisYear.previousYear()).isEqualTo(year - 1);
        assertThat(thisYear.districts()).hasSize(2);
        // The safety goal follows the late-evening question in the station's district, a value per survey year,
        // last year's dated within last year though its answers came in when the demo was loaded.
        Organisation town = organisations.municipalityBySlug("exempelby").orElseThrow();
        var promise = published.ofParty(town.id()).getFirst().promiseId();
        GoalProgress safety = progress.goals(promise).stream().filter(g -> g.goalKey().equals("g4")).findFirst()
                .orElseThrow();
        assertThat(safety.series()).extracting(p -> p.date().getYear()).containsExactly(year - 1, year);
        assertThat(safety.series().getFirst().value()).isEqualByComparingTo("48.5");
        assertThat(safety.value()).isLessThan(safety.series().getFirst().value());

        Organisation exempelby = organisations.municipalityBySlug("exempelby").orElseThrow();
        List<Meeting> held = meetings.ofMunicipality(exempelby.id(), ADMIN);
        assertThat(held).filteredOn(m -> !m.summary().isBlank()).hasSize(2)
                .allSatisfy(m -> assertThat(m.commitments()).hasSize(1));

        ReportListPage listed = reports.page(ExampleTown.CODE, null, 0);
        assertThat(listed.reports()).extracting(l -> l.report().status())
                .contains(ReportStatus.ATGARDAD, ReportStatus.UNDER_BEHANDLING, ReportStatus.MOTTAGEN);
    }

    @Test
    void exempelbyAndItsPoliceAreMarkedFictionalAndNoRealOneIs() {
        Organisation exempelby = organisations.municipalityBySlug("exempelby").orElseThrow();
        assertThat(exempelby.fictional()).isTrue();
        assertThat(organisations.coveringLocalPoliceAreas(exempelby.id())).extracting(Organisation::name)
                .containsExactly("LPO Exempelbygden");
        assertThat(organisations.coveringLocalPoliceAreas(exempelby.id())).allMatch(Organisation::fictional);
        assertThat(organisations.all(OrganisationKind.MUNICIPALITY).stream().filter(m -> !m.fictional())).hasSize(290);
        assertThat(organisations.policeHierarchy().regions().stream()
                .flatMap(r -> r.areas().stream()).flatMap(a -> a.localAreas().stream())
                .map(l -> l.localArea().name())).doesNotContain("LPO Exempelbygden");
    }

    @Test
    void theReal2019PromiseGetsNoInventedProgress() {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        PublishedRevision seed = published.ofMunicipalityStarting(bengtsfors.id(), 2019).orElseThrow();
        assertThat(seed.content().title()).isEqualTo("Medborgarlöfte för 2019");
        assertThat(measures.ofPromise(seed.promiseId(), ADMIN)).isEmpty();
        assertThat(progress.updates(List.of(seed.promiseId()), 10)).isEmpty();
        assertThat(progress.goals(seed.promiseId())).allSatisfy(g -> assertThat(g.value()).isNull());
    }

    private record Snapshot(List<PublishedRevision> promises, List<GoalProgress> goals, int measures,
                            List<ProgressUpdate> updates, long incidents, int organisations,
                            List<Long> surveyResponses, List<String> meetings, long reports) {
    }

    private Snapshot snapshot() {
        Organisation exempelby = organisations.municipalityBySlug("exempelby").orElseThrow();
        List<PublishedRevision> revisions = published.ofParty(exempelby.id());
        var id = revisions.getFirst().promiseId();
        long incidents = imports.recent(ADMIN, 100).stream().filter(j -> j.organisation().equals(exempelby.id()))
                .mapToLong(ImportJob::accepted).sum();
        int fictional = (int) (organisations.all(OrganisationKind.MUNICIPALITY).stream().filter(Organisation::fictional)
                .count() + organisations.all(OrganisationKind.LOCAL_POLICE_AREA).stream()
                .filter(Organisation::fictional).count());
        return new Snapshot(revisions, progress.goals(id).stream().map(g -> new GoalProgress(g.promise(), g.goalKey(),
                g.value(), g.asOf(), g.status(), g.series(), g.sourceSv(), g.sourceEn(), null)).toList(),
                measures.ofPromise(id, ADMIN).size(), progress.updates(List.of(id), 10), incidents, fictional,
                surveyResponses(), meetings.ofMunicipality(exempelby.id(), ADMIN).stream().map(Meeting::title).toList(),
                reports.page(ExampleTown.CODE, null, 0).total());
    }

    /** The responses to the published surveys of last year and this year. */
    private List<Long> surveyResponses() {
        int year = LocalDate.now(Dates.SWEDEN).getYear();
        return IntStream.of(year - 1, year).mapToObj(y -> surveys.published("exempelby", y))
                .flatMap(Optional::stream).map(SurveyResult::responses).toList();
    }
}
