package se.lofte.measures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaces;
import se.lofte.places.PlaceIndex;
import se.lofte.promises.PromiseId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of measures on the real schema: when a held-back measure becomes public (00:00 in Stockholm),
 * that an area-only measure never shows its exact place, the guards on input, who may log, and the totals
 * indicators read.
 */
@SpringBootTest
@RecordApplicationEvents
@Import(MovableClock.Config.class)
class MeasuresIntegrationTests {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** The timeline's own rules, whatever the promise's period (its rule is MeasuresWithinPeriodIntegrationTests'). */
    private static final PromisePeriod ALL_DAYS = new PromisePeriod(LocalDate.of(2000, 1, 1), LocalDate.of(2999, 12, 31));

    @RegisterExtension
    final MeasurePromises measurePromises = new MeasurePromises();
    @Autowired
    MeasureManagement management;
    @Autowired
    MeasureTimeline timeline;
    @Autowired
    Organisations organisations;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    PlaceIndex placeIndex;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MovableClock clock;

    MeasureFixtures.Parties parties;
    List<Long> areas = new ArrayList<>();
    List<Long> segments = new ArrayList<>();
    StaffMember editor;
    PromiseId promise;
    int year;
    LocalDate lastWeek;

    @BeforeEach
    void aPromiseOfPoliceAndBengtsfors() {
        parties = measurePromises.parties();
        editor = MeasureFixtures.editorOfBoth(parties);
        // Measures lie within their promise's period: the clock is in the promise's year, late enough for a week before.
        year = TestYears.next();
        clock.setDay(LocalDate.of(year, 12, 20));
        promise = measurePromises.draft(year);
        lastWeek = management.today().minusDays(7);
    }

    @AfterEach
    void removeThePlaces() {
        MeasureFixtures.removePlaces(jdbc, areas, segments);
        placeIndex.refresh();
    }

    @Test
    void aHeldBackMeasureIsHiddenUntilMidnightInStockholmAndOnlyCounted() {
        LocalDate publicFrom = LocalDate.of(year + 1, 12, 1);
        log(MeasureFixtures.withPublicFrom(control("20"), publicFrom));
        Instant midnight = publicFrom.atStartOfDay(SWEDEN).toInstant();
        assertThat(midnight).isEqualTo(Instant.parse((year + 1) + "-11-30T23:00:00Z"));

        Clock justBefore = Clock.fixed(midnight.minusSeconds(1), ZoneOffset.UTC);
        PublicMeasures before = timeline.forPromise(promise, ALL_DAYS, justBefore.instant());
        assertThat(before.visible()).isEmpty();
        assertThat(before.delayed()).isEqualTo(1);
        assertThat(timeline.latest(List.of(promise), justBefore.instant(), 10)).isEmpty();

        Clock atMidnight = Clock.fixed(midnight, ZoneOffset.UTC);
        PublicMeasures after = timeline.forPromise(promise, ALL_DAYS, atMidnight.instant());
        assertThat(after.delayed()).isZero();
        assertThat(after.visible()).singleElement().satisfies(m -> {
            assertThat(m.publicSince().toInstant()).isEqualTo(midnight);
            assertThat(m.kind().code()).isEqualTo("trafikkontroll");
            assertThat(m.responsible()).isEqualTo(parties.police().name());
        });
    }

    @Test
    void inSummerTheHeldBackDayStartsTwoHoursBeforeUtcMidnight() {
        LocalDate publicFrom = LocalDate.of(year + 1, 6, 1);
        log(MeasureFixtures.withPublicFrom(control("5"), publicFrom));

        assertThat(timeline.forPromise(promise, ALL_DAYS, Instant.parse((year + 1) + "-05-31T21:59:59Z")).visible()).isEmpty();
        assertThat(timeline.forPromise(promise, ALL_DAYS, Instant.parse((year + 1) + "-05-31T22:00:00Z")).visible()).hasSize(1);
    }

    @Test
    void aMeasureWithoutDelayIsPublicFromWhenItWasLogged() {
        MeasureId id = log(control("3"));
        MeasureView view = management.find(id, editor);

        assertThat(view.publicSince()).isEqualTo(view.loggedAt());
        assertThat(timeline.forPromise(promise, ALL_DAYS, view.loggedAt().toInstant()).visible()).extracting(PublicMeasure::id)
                .containsExactly(id);
        assertThat(timeline.forPromise(promise, ALL_DAYS, view.loggedAt().toInstant().minusSeconds(1)).visible()).isEmpty();
    }

    @Test
    void anAreaOnlyMeasureShowsTheAreaAroundItsPointOrSegmentNeverTheExactPlace() {
        long municipality = parties.municipality().id().value();
        long area = area(municipality, "1460", "Insatsområde Norr", 20.10, 67.80, 20.20, 67.85);
        long segment = segment(municipality, "Insatsgatan", 20.12, 67.81, 20.13, 67.812);
        placeIndex.refresh();

        MeasureId point = log(MeasureFixtures.withPlace(control("1"), new MeasurePlace.AtPoint(67.82, 20.15), true));
        MeasureId street = log(MeasureFixtures.withPlace(control("2"), new MeasurePlace.OnSegment(segment), true));
        MeasureId exact = log(MeasureFixtures.withPlace(control("3"), new MeasurePlace.OnSegment(segment), false));
        MeasureId inArea = log(MeasureFixtures.withPlace(control("4"), new MeasurePlace.InArea(area), true));

        var shown = timeline.forPromise(promise, ALL_DAYS, clock.instant().plusSeconds(1)).visible();
        assertThat(place(shown, point)).isEqualTo("Insatsområde Norr");
        assertThat(place(shown, street)).isEqualTo("Insatsområde Norr");
        assertThat(place(shown, inArea)).isEqualTo("Insatsområde Norr");
        assertThat(place(shown, exact)).isEqualTo("Insatsgatan");
        assertThat(management.find(point, editor).placeName()).isEqualTo("Insatsområde Norr (67.82000, 20.15000)");
    }

    @Test
    void anAreaOnlyPointOutsideEveryAreaIsShownWithoutPlace() {
        MeasureId id = log(MeasureFixtures.withPlace(control("1"), new MeasurePlace.AtPoint(68.9, 23.9), true));

        assertThat(place(timeline.forPromise(promise, ALL_DAYS, clock.instant().plusSeconds(1)).visible(), id)).isNull();
        assertThat(management.find(id, editor).placeName()).isEqualTo("68.90000, 23.90000");
    }

    @Test
    void anAreaOnlyFocusPlaceKeepsItsNameOnlyWhenMadeOfAreas() {
        long municipality = parties.municipality().id().value();
        long area = area(municipality, "1460", "Insatsområde Väst", 20.30, 67.80, 20.40, 67.85);
        long segment = segment(municipality, "Fokusgatan", 20.32, 67.81, 20.33, 67.812);
        placeIndex.refresh();
        String suffix = " " + promise.value();
        var areasOnly = focusPlaces.create(parties.municipality().id(), "Väster" + suffix, null, Set.of(area), Set.of(),
                editor).id();
        var withStreet = focusPlaces.create(parties.municipality().id(), "Fokusgatan med torget" + suffix, null,
                Set.of(), Set.of(segment), editor).id();

        MeasureId first = log(MeasureFixtures.withPlace(control("1"), new MeasurePlace.AtFocusPlace(areasOnly.value()), true));
        MeasureId second = log(MeasureFixtures.withPlace(control("1"), new MeasurePlace.AtFocusPlace(withStreet.value()), true));

        var shown = timeline.forPromise(promise, ALL_DAYS, clock.instant().plusSeconds(1)).visible();
        assertThat(place(shown, first)).isEqualTo("Väster" + suffix);
        assertThat(place(shown, second)).isEqualTo("Insatsområde Väst");
    }

    @Test
    void aPlaceOfAnOrganisationOutsideThePromiseIsRefused() {
        Organisation amal = organisations.municipalityBySlug("amal").orElseThrow();
        long foreign = area(amal.id().value(), "1492", "Insatsområde Åmål", 20.50, 67.80, 20.60, 67.85);

        var saved = management.log(promise, MeasureFixtures.withPlace(control("1"), new MeasurePlace.InArea(foreign), false),
                editor);

        assertThat(saved.problems()).extracting(Problem::field).containsExactly("place");
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAtTheFieldItIsIn() {
        var input = MeasureFixtures.withOutputs(
                MeasureFixtures.withDescription(control("1"), "Samtal med 121212-1212 om trafiken."),
                List.of(new MeasureInput.OutputLine("1", "samtal med 19121212-1212")));

        var saved = management.log(promise, input, editor);

        assertThat(saved.saved()).isFalse();
        assertThat(saved.problems()).containsExactlyInAnyOrder(
                Problem.of("description", "measures.problem.pin.description", "121212-1212"),
                Problem.of("outputs[0].unit", "measures.problem.pin.unit", "19121212-1212"));
        assertThat(management.ofPromise(promise, editor)).isEmpty();
    }

    @Test
    void anEditorOfAnotherOrganisationIsRefused() {
        Organisation amal = organisations.municipalityBySlug("amal").orElseThrow();
        StaffMember other = MeasureFixtures.staff("measures.amal", Role.EDITOR, amal.id());

        assertThatThrownBy(() -> management.log(promise, control("1"), other)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aViewerOfAPartySeesMeasuresButChangesNothing() {
        MeasureId id = log(control("1"));
        StaffMember viewer = MeasureFixtures.staff("measures.viewer", Role.VIEWER, parties.police().id());

        assertThat(management.ofPromise(promise, viewer)).extracting(MeasureView::id).containsExactly(id);
        assertThatThrownBy(() -> management.log(promise, control("1"), viewer)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> management.delete(id, viewer)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void theResponsiblePartyMustBeAPartyOfThePromise() {
        Organisation amal = organisations.municipalityBySlug("amal").orElseThrow();

        var saved = management.log(promise, MeasureFixtures.withResponsible(control("1"), amal.id()), editor);

        assertThat(saved.problems()).containsExactly(Problem.of("responsible", "measures.problem.responsibleNotParty"));
    }

    @Test
    void outputsTakeADecimalCommaAndRefuseNegativeOrUnreadableQuantities() {
        var refused = management.log(promise, MeasureFixtures.withOutputs(control("1"), List.of(
                new MeasureInput.OutputLine("-2", "timmar"),
                new MeasureInput.OutputLine("tolv", "samtal"),
                new MeasureInput.OutputLine("", ""),
                new MeasureInput.OutputLine("3", " "))), editor);
        assertThat(refused.problems()).containsExactly(
                Problem.of("outputs[0].quantity", "measures.problem.quantityNegative"),
                Problem.of("outputs[1].quantity", "measures.problem.quantityNotNumber", "tolv"),
                Problem.of("outputs[3].unit", "measures.problem.unitRequired"));

        MeasureId id = log(MeasureFixtures.withOutputs(control("1"), List.of(
                new MeasureInput.OutputLine("1 250,5", "kronor"), new MeasureInput.OutputLine("", ""),
                new MeasureInput.OutputLine("0", "gripna"))));
        assertThat(management.find(id, editor).outputs()).containsExactly(
                new Output(new BigDecimal("1250.5"), "kronor"), new Output(new BigDecimal("0"), "gripna"));
    }

    @Test
    void anEndBeforeTheStartAndAStartInTheFutureAreRefused() {
        var input = MeasureFixtures.withKindAndPeriod(control("1"), "trafikkontroll", management.today().plusDays(1),
                management.today());

        assertThat(management.log(promise, input, editor).problems()).extracting(Problem::field)
                .containsExactlyInAnyOrder("start", "end");
    }

    @Test
    void outputTotalsSumOneUnitPerLastDayOfEveryMeasureHeldBackOrNot() {
        LocalDate day = LocalDate.of(year, 3, 2);
        log(MeasureFixtures.withKindAndPeriod(control("12"), "trafikkontroll", day, day));
        log(MeasureFixtures.withPublicFrom(MeasureFixtures.withOutputs(
                MeasureFixtures.withKindAndPeriod(control("1"), "trafikkontroll", day, day),
                List.of(new MeasureInput.OutputLine("8,5", "  Fordon kontrollerade "))), LocalDate.of(year + 1, 1, 1)));
        log(MeasureFixtures.withKindAndPeriod(control("7"), "narkotikainsats", day, day));
        log(MeasureFixtures.withKindAndPeriod(control("4"), "trafikkontroll", day.minusDays(3), day.plusDays(2)));
        log(MeasureFixtures.withKindAndPeriod(control("100"), "trafikkontroll", day.plusDays(30), day.plusDays(30)));

        assertThat(timeline.outputTotals(promise, "trafikkontroll", "fordon kontrollerade", day.minusDays(10),
                day.plusDays(10))).containsExactly(
                new OutputTotal(day, new BigDecimal("20.5")), new OutputTotal(day.plusDays(2), new BigDecimal("4")));
        assertThat(timeline.outputTotals(promise, null, "FORDON KONTROLLERADE", day, day))
                .containsExactly(new OutputTotal(day, new BigDecimal("27.5")));
        assertThat(timeline.outputTotals(promise, "trafikkontroll", "fordon kontrollerade", day.plusDays(30),
                day.plusDays(30))).containsExactly(new OutputTotal(day.plusDays(30), new BigDecimal("100")));
    }

    @Test
    void latestListsThePublicMeasuresOfSeveralPromisesNewestFirst() {
        int otherYear = TestYears.next();
        PromiseId other = measurePromises.draft(otherYear);
        MeasureId first = log(control("1"));
        clock.setDay(LocalDate.of(otherYear, 12, 20));
        MeasureId second = management.log(other, MeasureFixtures.trafficControl(parties, LocalDate.of(otherYear, 12, 13),
                "2", "fordon kontrollerade"), editor).id();
        log(MeasureFixtures.withPublicFrom(control("3"), LocalDate.of(otherYear + 1, 1, 1)));

        assertThat(timeline.latest(List.of(promise, other), clock.instant().plusSeconds(1), 10))
                .extracting(PublicMeasure::id).containsExactly(second, first);
        assertThat(timeline.latest(List.of(promise, other), clock.instant().plusSeconds(1), 1))
                .extracting(PublicMeasure::id).containsExactly(second);
    }

    @Test
    void changesAreAuditedAndAnnounced() {
        MeasureId id = log(control("1"));
        var saved = management.update(id, MeasureFixtures.withDescription(control("2"), "Ändrad."), editor);
        assertThat(saved.problems()).isEmpty();
        assertThat(management.find(id, editor).description()).isEqualTo("Ändrad.");
        management.delete(id, editor);

        assertThat(jdbc.sql("select action from audit_event where subject_type = 'measure' and subject_id = ? order by id")
                .param(id.toString()).query(String.class).list()).containsExactly("created", "updated", "deleted");
        assertThat(events.stream(MeasuresChanged.class).filter(e -> e.promise().equals(promise))).hasSize(3);
        assertThatThrownBy(() -> management.find(id, editor)).isInstanceOf(NotFound.class);
    }

    @Test
    void theSeededKindsComeInListOrder() {
        assertThat(timeline.kinds()).extracting(MeasureKind::code).startsWith("trafikkontroll", "patrullering",
                "skolbesok", "uppsokande-socialtjanst", "trygghetsvandring", "belysningsatgard", "narkotikainsats",
                "dialogmote");
        assertThat(timeline.kinds()).filteredOn(k -> k.code().equals("annat")).singleElement()
                .satisfies(k -> assertThat(k.nameEn()).isEqualTo("Other"));
    }

    private long area(long organisation, String scbCode, String name, double west, double south, double east,
                      double north) {
        long id = ReportFixtures.area(jdbc, organisation, scbCode, name, west, south, east, north);
        areas.add(id);
        return id;
    }

    private long segment(long organisation, String name, double lon1, double lat1, double lon2, double lat2) {
        long id = ReportFixtures.segment(jdbc, organisation, name, lon1, lat1, lon2, lat2);
        segments.add(id);
        return id;
    }

    private MeasureInput control(String quantity) {
        return MeasureFixtures.trafficControl(parties, lastWeek, quantity, "fordon kontrollerade");
    }

    private MeasureId log(MeasureInput input) {
        var saved = management.log(promise, input, editor);
        assertThat(saved.problems()).isEmpty();
        return saved.id();
    }

    private static String place(List<PublicMeasure> shown, MeasureId id) {
        return shown.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().place();
    }
}
