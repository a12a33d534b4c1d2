package se.lofte.followup;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.Organisations;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.promises.RevisionIntegrity;
import se.lofte.shared.NotAllowed;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * A joint follow-up from opening to publication on a real database: the verdicts with the evidence the system
 * holds, the signatures any change voids, publishing refused until both parties have signed, and the published
 * follow-up sealed into the promise's hash chain, which the verifier still finds intact, shown on the promise page
 * and in its feed. Then "Nästa års löfte": next year's draft made from a published year-end follow-up carries what
 * was not fulfilled with a note, leaves out what was, starts its goals from their latest value, keeps their source,
 * remembers the promise it came from, and is refused when the year has a promise already or for anyone but an
 * editor of the parties.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class FollowUpIntegrationTests {

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    PromiseManagement promises;
    @Autowired
    PublishedPromises published;
    @Autowired
    RevisionIntegrity integrity;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ProgressManagement progress;
    @Autowired
    TestStaff staff;
    @Autowired
    MeasureManagement measures;

    @Test
    void aFollowUpIsSignedByBothPartiesAndSealedIntoThePromisesChain() throws Exception {
        int year = TestYears.next();
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(), "20", "20");
        String page = "/kommun/bengtsfors/medborgarlofte/" + year;
        assertThat(body(page)).doesNotContain("Gemensam uppföljning");

        var editor = FollowUpFixtures.of(fixtures.police(), "followup.polis.redaktor", Role.EDITOR);
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        assertThat(opened.problems()).isEmpty();
        assertThat(followUps.open(id, year, FollowUpKind.YEAR_END, editor).problems())
                .extracting(p -> p.field() + ":" + p.code()).containsExactly("kind:followup.problem.exists");
        assertThat(followUps.open(id, year + 1, FollowUpKind.HALF_YEAR, editor).problems())
                .extracting(p -> p.field() + ":" + p.code()).containsExactly("year:followup.problem.year");

        FollowUpView view = followUps.find(opened.id(), editor).orElseThrow();
        assertThat(view.rows()).extracting(a -> a.kind() + "/" + a.key())
                .containsExactly("COMMITMENT/c1", "COMMITMENT/c2", "GOAL/g1", "GOAL/g2");
        var evidence = followUps.evidence(view);
        assertThat(evidence.of(ItemKind.GOAL, "g1")).extracting(Evidence::sv).anySatisfy(line -> assertThat(line)
                .contains("Värde: 40 fordon kontrollerade", "minst 100 fordon kontrollerade"));
        assertThat(evidence.of(ItemKind.COMMITMENT, "c1")).extracting(Evidence::sv)
                .contains("Insatser under perioden: 2 (40 fordon kontrollerade).");
        assertThat(evidence.of(ItemKind.COMMITMENT, "c1")).extracting(Evidence::en)
                .contains("Measures in the period: 2 (40 fordon kontrollerade).");
        assertThat(evidence.of(ItemKind.COMMITMENT, "c2")).extracting(Evidence::sv)
                .contains("Inga publicerade insatser under perioden.");

        var notWhy = followUps.save(view.id(), view.version(), verdicts(Verdict.NOT_FULFILLED, null, ""), editor);
        assertThat(notWhy.problems()).extracting(p -> p.field() + ":" + p.code()).containsExactly(
                "rows[2].reason:followup.problem.reasonRequired",
                "rows[2].explanation:followup.problem.explanationRequired");
        assertThat(followUps.find(view.id(), editor).orElseThrow().rows().get(2).verdict()).as("nothing saved").isNull();

        assertThat(followUps.save(view.id(), view.version(), verdicts(Verdict.NOT_FULFILLED, Reason.RESOURCES,
                "Färre poliser än planerat under hösten."), editor).problems()).isEmpty();
        var policeSignatory = FollowUpFixtures.of(fixtures.police(), "followup.polis.firmatecknare", Role.SIGNATORY);
        var municipalSignatory = FollowUpFixtures.of(fixtures.municipality(), "followup.kommun.firmatecknare",
                Role.SIGNATORY);
        assertThatThrownBy(() -> followUps.sign(view.id(), fixtures.municipality().id(), policeSignatory))
                .isInstanceOf(NotAllowed.class);
        followUps.sign(view.id(), fixtures.police().id(), policeSignatory);
        assertThatThrownBy(() -> followUps.publish(view.id(), editor, "Eva Redaktör"))
                .isInstanceOf(FollowUpRefusal.class).hasMessage("followup.refusal.unsigned");

        followUps.sign(view.id(), fixtures.municipality().id(), municipalSignatory);
        var changed = followUps.find(view.id(), editor).orElseThrow();
        var voided = followUps.save(changed.id(), changed.version(), verdicts(Verdict.NOT_FULFILLED, Reason.RESOURCES,
                "Färre poliser än planerat under hösten och vintern."), editor);
        assertThat(voided.signaturesVoided()).isTrue();
        assertThat(followUps.find(view.id(), editor).orElseThrow().signatures()).isEmpty();
        assertThatThrownBy(() -> followUps.publish(view.id(), editor, "Eva Redaktör"))
                .isInstanceOf(FollowUpRefusal.class);

        followUps.sign(view.id(), fixtures.police().id(), policeSignatory);
        followUps.sign(view.id(), fixtures.municipality().id(), municipalSignatory);
        int versionBefore = promises.find(id, fixtures.both()).orElseThrow().version();
        var revision = followUps.publish(view.id(), editor, "Eva Redaktör");

        var revisions = published.revisions(id);
        assertThat(revisions).hasSize(2);
        assertThat(revision.number()).isEqualTo(2);
        assertThat(revisions.get(1).followUp()).isTrue();
        assertThat(revisions.get(1).content()).as("the promise's text unchanged").isEqualTo(revisions.get(0).content());
        assertThat(revisions.get(1).hashes().content()).isEqualTo(revisions.get(0).hashes().content());
        assertThat(revisions.get(1).hashes().previous()).isEqualTo(revisions.get(0).hashes().record());
        assertThat(integrity.check().problems()).as("the chain stays verifiable").isEmpty();
        var promise = promises.find(id, fixtures.both()).orElseThrow();
        assertThat(promise.revisions()).isEqualTo(2);
        assertThat(promise.version()).as("an editor's open working copy is not disturbed").isEqualTo(versionBefore);
        var publishedFollowUp = PublishedFollowUp.of(revisions.get(1)).orElseThrow();
        assertThat(publishedFollowUp.goalsReached()).isEqualTo(1);
        assertThat(publishedFollowUp.item(ItemKind.GOAL, "g1").orElseThrow().evidence()).isNotEmpty();

        String shown = body(page);
        assertThat(shown).contains("Uppföljning: 1 av 2 mål nådda", "2 av 2 åtaganden uppfyllda",
                "Helårsuppföljning " + year + ": Ej uppfyllt", "Orsak: Resurser",
                "Färre poliser än planerat under hösten och vintern.",
                "Uppföljning publicerad: Helårsuppföljning " + year);
        assertThat(body(page + "?lang=en")).contains("Follow-up: 1 of 2 goals reached", "Reason: Resources");
        // The page of the revision before shows no follow-up; only its share text, which is the promise's now, does.
        assertThat(Jsoup.parse(body(page + "/version/1")).select("main").text()).as("the revision before the follow-up")
                .doesNotContain("Uppföljning: 1 av 2 mål nådda");
        assertThat(body(page + "/flode.atom")).contains("Helårsuppföljning " + year + ": 1 av 2 mål nådda",
                "Mål 1: Ej uppfyllt (Resurser). Färre poliser");

        var republish = followUps.find(view.id(), editor).orElseThrow();
        assertThat(republish.unpublishedChanges()).isFalse();
        assertThat(republish.publishedRevision()).isEqualTo(2);
        assertThatThrownBy(() -> followUps.publish(view.id(), editor, "Eva Redaktör"))
                .isInstanceOf(FollowUpRefusal.class).hasMessage("followup.refusal.nothingToPublish");
    }

    @Test
    void thePromiseIsRevisedAfterItsFollowUpAndTheChainHoldsBoth() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 7, 2));
        PromiseId id = fixtures.published(year);
        var both = fixtures.both();
        var view = signedHalfYear(id, year);
        followUps.publish(view.id(), both, "Båda parterna");

        revisedAndSigned(id, " (reviderat)");
        var third = promises.publish(id, both, "Båda parterna");

        assertThat(third.number()).isEqualTo(3);
        assertThat(third.followUp()).isFalse();
        assertThat(PublishedFollowUp.latest(published.revisions(id), 3)).map(PublishedFollowUp::kind)
                .contains(FollowUpKind.HALF_YEAR);
        assertThat(integrity.check().problems()).isEmpty();
    }

    @Test
    void aFollowUpAndTheTextPublishedAtTheSameTimeTakeTheNextNumbersInTurn() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 7, 2));
        PromiseId id = fixtures.published(year);
        var both = fixtures.both();
        var view = signedHalfYear(id, year);
        revisedAndSigned(id, " (samtidigt)");

        // The follow-up's publication holds its transaction open while the text is published beside it.
        var followUpPublished = new CountDownLatch(1);
        var transactions = new TransactionTemplate(transactionManager);
        var followUp = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var revision = followUps.publish(view.id(), both, "Båda parterna");
            followUpPublished.countDown();
            sleep(Duration.ofSeconds(1));
            return revision;
        }));
        assertThat(followUpPublished.await(30, TimeUnit.SECONDS)).isTrue();
        var text = promises.publish(id, both, "Båda parterna");

        assertThat(followUp.get(30, TimeUnit.SECONDS).number()).isEqualTo(2);
        assertThat(text.number()).isEqualTo(3);
        assertThat(published.revisions(id)).extracting(PublishedRevision::followUp).containsExactly(false, true, false);
        assertThat(integrity.check().problems()).isEmpty();
    }

    /**
     * A year and the one before it, both taken by this test alone and neither a leap year: the comparison scales
     * last year's count to this year's number of days, so 366 days against 365 would move the change by a percent.
     */
    private static int lastYearAndThisYear() {
        while (true) {
            int last = TestYears.importable();
            int year = TestYears.importable();
            if (year == last + 1 && !Year.isLeap(last) && !Year.isLeap(year)) {
                return year;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void staffOfOtherOrganisationsSeeAndChangeNothing() {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 12, 1));
        PromiseId id = fixtures.published(year);
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, fixtures.both());
        var mellerud = new StaffMember("followup.mellerud", "Mellerud", false, Set.of(new Membership(
                organisations.municipalityBySlug("mellerud").orElseThrow().id(), Role.EDITOR)));
        assertThatThrownBy(() -> followUps.open(id, year, FollowUpKind.HALF_YEAR, mellerud))
                .isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> followUps.find(opened.id(), mellerud)).isInstanceOf(NotAllowed.class);
        var analyst = FollowUpFixtures.of(fixtures.police(), "followup.polis.analytiker", Role.ANALYST);
        assertThatThrownBy(() -> followUps.save(opened.id(), 0, List.of(), analyst)).isInstanceOf(NotAllowed.class);
    }

    @Test
    void aFinishedMeasureAtAFocusPlaceLinksFromItsCommitmentToWhetherItWorked() throws Exception {
        int year = TestYears.next();
        var square = fixtures.focusPlace("Effekttorget " + year, 12.21, 58.97, 12.23, 58.98);
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(square));
        // Finished in June, and one still running on 20 December: only the finished one can be judged.
        for (LocalDate[] days : new LocalDate[][]{{LocalDate.of(year, 6, 1), LocalDate.of(year, 6, 10)},
                {LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 31)}}) {
            var saved = measures.log(id, new MeasureInput(List.of("c1"), days[0], days[1],
                    new MeasurePlace.AtFocusPlace(square.id()), fixtures.police().id(), "trafikkontroll", List.of(),
                    "", null, false, List.of(), List.of()), fixtures.both());
            assertThat(saved.problems()).isEmpty();
        }
        var editor = staff.member("effect.followup.redaktor", fixtures.police().id(), Role.EDITOR);
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        String base = "/manage/promises/" + id.value() + "/followups/" + opened.id().value();

        Document page = html(mvc.perform(get(base).with(user(editor.username()))).andExpect(status().isOk()));
        assertThat(page.select("#row-commitment-c1 ul.effect-links a").eachAttr("href")).containsExactly(
                "/manage/situation/effect?place=f:" + square.id() + "&from=" + year + "-06-01&to=" + year + "-06-10");
        assertThat(page.select("#row-commitment-c1 ul.effect-links a").text())
                .startsWith("Fungerade insatsen vid Effekttorget " + year + ", 1 juni " + year + "–10 juni " + year);
        assertThat(page.select("#row-commitment-c2 ul.effect-links")).isEmpty();
    }

    @Test
    void theLagesbildOnTheFocusPlacesIsComparedWithTheSameDaysLastYearWithSmallCountsSuppressed() {
        // Last year is taken too, so that no other test's source reaches into it: a source that covers only part
        // of either year makes the comparison rightly say that data is missing.
        int year = lastYearAndThisYear();
        long police = fixtures.police().id().value();
        String bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().scbCode();
        var data = new SituationTestData(jdbc);
        long square = data.focusPlace(police, "Torget " + year, data.area(police, "OTHER", "Torget", bengtsfors, null),
                data.segment(police, "Torggatan"));
        long park = data.focusPlace(police, "Parken " + year, data.area(police, "OTHER", "Parken", bengtsfors, null),
                data.segment(police, "Parkgatan"));
        String source = SituationTestData.uniqueSource();
        // The source covers last year and this year whole, so that both periods may be compared.
        data.incident(source, "Annat", police, bengtsfors, SituationTestData.at((year - 1) + "-01-01T00:10"), null,
                null, null);
        data.incident(source, "Annat", police, bengtsfors, SituationTestData.at(year + "-12-31T23:50"), null, null,
                null);
        long squareArea = jdbc.sql("select area_id from focus_place_part where focus_place_id = ? and area_id is not null")
                .param(square).query(Long.class).single();
        long parkArea = jdbc.sql("select area_id from focus_place_part where focus_place_id = ? and area_id is not null")
                .param(park).query(Long.class).single();
        for (int i = 0; i < 40; i++) {
            data.incident(source, "Skadegörelse", police, bengtsfors, SituationTestData.at(year + "-03-0"
                    + (1 + i % 9) + "T22:00"), null, squareArea, null);
        }
        for (int i = 0; i < 10; i++) {
            data.incident(source, "Skadegörelse", police, bengtsfors, SituationTestData.at((year - 1) + "-03-0"
                    + (1 + i % 9) + "T22:00"), null, squareArea, null);
        }
        data.incidents(3, source, "Skadegörelse", police, bengtsfors, SituationTestData.at(year + "-05-01T12:00"));
        for (int i = 0; i < 3; i++) {
            data.incident(source, "Skadegörelse", police, bengtsfors, SituationTestData.at(year + "-05-01T12:00"), null,
                    parkArea, null);
        }
        for (int i = 0; i < 7; i++) {
            data.incident(source, "Skadegörelse", police, bengtsfors, SituationTestData.at((year - 1) + "-05-01T12:00"),
                    null, parkArea, null);
        }
        clock.setDay(LocalDate.of(year, 1, 5));
        PromiseId id = fixtures.published(year, List.of(new PromiseContent.FocusPlaceRef(square, "Torget " + year),
                new PromiseContent.FocusPlaceRef(park, "Parken " + year)));
        clock.setDay(LocalDate.of(year + 1, 1, 10));
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, fixtures.both());

        var lines = followUps.evidence(followUps.find(opened.id(), fixtures.both()).orElseThrow())
                .of(ItemKind.COMMITMENT, "c1").stream().map(Evidence::sv).filter(l -> l.startsWith("Lägesbild")).toList();
        assertThat(lines).containsExactly(
                "Lägesbild Torget " + year + ", 1 januari " + year + "–31 december " + year + ": 40 händelser mot 10"
                        + " samma period i fjol (+300 %), en förändring som är mer än slumpen.",
                "Lägesbild Parken " + year + ", 1 januari " + year + "–31 december " + year + ": färre än 5 händelser,"
                        + " samma period i fjol 7. För få för att visa en förändring.");
    }

    @Test
    void nextYearsDraftCarriesWhatWasNotFulfilled() throws Exception {
        int year = TestYears.withNext();
        PromiseId id = fixtures.measuredUntilDecember(year, List.of(), "40");
        var editor = FollowUpFixtures.of(fixtures.police(), "nextyear.polis.redaktor", Role.EDITOR);
        FollowUpId followUp = publishedFollowUp(id, year, editor);

        var signatoryOnly = FollowUpFixtures.of(fixtures.municipality(), "nextyear.kommun.firmatecknare",
                Role.SIGNATORY);
        assertThatThrownBy(() -> followUps.makeNextYear(followUp, signatoryOnly)).isInstanceOf(NotAllowed.class);
        var otherParty = FollowUpFixtures.of(new se.lofte.promises.PromiseContent.Party(
                new se.lofte.organisations.OrganisationId(-1), se.lofte.organisations.OrganisationKind.MUNICIPALITY,
                "Annan"), "nextyear.annan.redaktor", Role.EDITOR);
        assertThatThrownBy(() -> followUps.makeNextYear(followUp, otherParty)).isInstanceOf(NotAllowed.class);
        assertThat(followUps.nextYear(followUp, editor).made()).as("nothing made by those refused").isEmpty();

        var carry = followUps.makeNextYear(followUp, editor);
        PromiseId next = carry.made().orElseThrow();
        assertThat(carry.nextYear().carried()).extracting(i -> i.kind() + "/" + i.key())
                .containsExactly("COMMITMENT/c2", "GOAL/g1");
        assertThat(carry.nextYear().leftOut()).extracting(i -> i.kind() + "/" + i.key())
                .containsExactly("COMMITMENT/c1", "GOAL/g2");

        var draft = promises.find(next, fixtures.both()).orElseThrow();
        assertThat(draft.signatures()).isEmpty();
        var c = draft.content();
        assertThat(c.start()).isEqualTo(LocalDate.of(year + 1, 1, 1));
        assertThat(c.end()).isEqualTo(LocalDate.of(year + 1, 12, 31));
        assertThat(c.parties()).isEqualTo(fixtures.latest(id).content().parties());
        assertThat(c.commitments()).singleElement().satisfies(commitment -> {
            assertThat(commitment.key()).isEqualTo("c2");
            assertThat(commitment.text()).isEqualTo("Fortsätter från " + year
                    + ": delvis uppfyllt – resurser\n\nBättre belysning i parken.");
        });
        assertThat(c.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.key()).isEqualTo("g1");
            assertThat(goal.numeric().baseline()).as("this year's latest value").isEqualByComparingTo("40");
            assertThat(goal.numeric().target()).isEqualByComparingTo("100");
            assertThat(goal.numeric().deadline()).isEqualTo(LocalDate.of(year + 1, 12, 31));
        });
        assertThat(progress.indicators(next).get("g1").kind()).as("the goal's source kept")
                .isEqualTo("measure-output");
        assertThat(promises.previous(next)).contains(id);
        assertThat(promises.previous(id)).isEmpty();

        assertThatThrownBy(() -> followUps.makeNextYear(followUp, editor)).isInstanceOf(FollowUpRefusal.class)
                .hasMessage("followup.refusal.nextYearExists");
        assertThat(followUps.nextYear(followUp, editor).made()).as("the page links to the one there").contains(next);

        String oldPage = "/kommun/bengtsfors/medborgarlofte/" + year;
        String newPage = "/kommun/bengtsfors/medborgarlofte/" + (year + 1);
        assertThat(html(mvc.perform(get(oldPage))).select("nav.lineage")).as("a draft is not shown").isEmpty();
        for (var party : List.of(fixtures.police(), fixtures.municipality())) {
            promises.sign(next, party.id(), fixtures.both());
        }
        promises.publish(next, fixtures.both(), "Eva Redaktör");

        Document old = html(mvc.perform(get(oldPage)).andExpect(status().isOk()));
        assertThat(old.select("nav.lineage").text()).isEqualTo("Tidigare år: " + year + " → " + (year + 1));
        assertThat(old.select("nav.lineage a[aria-current=page]").attr("href")).isEqualTo(oldPage);
        assertThat(old.select("nav.lineage a[href=" + newPage + "]")).hasSize(1);
        assertThat(old.select("p.continues")).isEmpty();
        Document fresh = html(mvc.perform(get(newPage)).andExpect(status().isOk()));
        assertThat(fresh.select("nav.lineage a[aria-current=page]").attr("href")).isEqualTo(newPage);
        assertThat(fresh.select("nav.lineage a[href=" + oldPage + "]")).hasSize(1);
        assertThat(fresh.select("#commitment-c2 p.continues a").text())
                .isEqualTo("Fortsättning på åtagande 2 i " + year + " års löfte");
        assertThat(fresh.select("#commitment-c2 p.continues a").attr("href")).isEqualTo(oldPage + "#commitment-c2");
        assertThat(old.select("#commitment-c2")).as("the link's target").hasSize(1);
    }

    @Test
    void theButtonMakesTheDraftAndItsPageSaysWhatWasCarriedAndWhatNot() throws Exception {
        int year = TestYears.withNext();
        PromiseId id = fixtures.measuredUntilDecember(year, List.of());
        var editor = staff.member("nextyear.web.redaktor@polisen.se", fixtures.police().id(), Role.EDITOR);
        var viewer = staff.member("nextyear.web.lasare@bengtsfors.se", fixtures.municipality().id(), Role.VIEWER);
        FollowUpId followUp = publishedFollowUp(id, year, editor);
        String base = "/manage/promises/" + id.value() + "/followups/" + followUp.value();

        Document page = html(mvc.perform(get(base).with(user(editor.username()))).andExpect(status().isOk()));
        assertThat(page.select("form[action=" + base + "/next-year] button").text()).isEqualTo("Gör nästa års löfte");
        assertThat(html(mvc.perform(get(base).with(user(viewer.username())))).select("form[action$=next-year]"))
                .as("only editors see the button").isEmpty();
        mvc.perform(post(base + "/next-year").with(user(editor.username()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/next-year").with(user(viewer.username())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(promises.sameStartYear(fixtures.latest(id).content(), null)).as("still only this year's")
                .contains(id);

        mvc.perform(post(base + "/next-year").with(user(editor.username())).with(csrf()))
                .andExpect(redirectedUrl(base + "/next-year"));
        Document made = html(mvc.perform(get(base + "/next-year").with(user(editor.username()))));
        assertThat(made.select("h2 + ul").first().text()).contains("Åtagande 2: Belysning – Delvis uppfyllt",
                "Mål 1: Minst 100 kontrollerade fordon. – Ej uppfyllt");
        assertThat(made.select("h2 + ul").last().text()).contains("Åtagande 1: Trafikkontroller – Uppfyllt",
                "Mål 2: Parken upplevs som tryggare. – Uppfyllt");
        PromiseId next = followUps.nextYear(followUp, editor).made().orElseThrow();
        assertThat(made.select("a[href=/manage/promises/" + next.value() + "/edit]").text())
                .isEqualTo("Öppna löftet för " + (year + 1) + " i redigeraren");

        var again = mvc.perform(post(base + "/next-year").with(user(editor.username())).with(csrf()))
                .andExpect(redirectedUrl(base + "/next-year")).andReturn();
        assertThat(again.getFlashMap().get("refusal")).extracting("code")
                .isEqualTo("followup.refusal.nextYearExists");
        Document refused = html(mvc.perform(get(base + "/next-year").with(user(editor.username())))
                .andExpect(status().isOk()));
        assertThat(refused.select("a[href=/manage/promises/" + next.value() + "/edit]")).hasSize(1);
    }

    @Test
    void onlyAPublishedYearEndFollowUpMakesNextYear() {
        int year = TestYears.withNext();
        clock.setDay(LocalDate.of(year, 6, 20));
        PromiseId id = fixtures.published(year);
        var editor = FollowUpFixtures.of(fixtures.police(), "nextyear.polis.redaktor2", Role.EDITOR);
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        assertThatThrownBy(() -> followUps.makeNextYear(opened.id(), editor)).isInstanceOf(FollowUpRefusal.class)
                .hasMessage("followup.refusal.nextYearNotPublished");
    }

    private FollowUpId publishedFollowUp(PromiseId id, int year, se.lofte.accounts.StaffMember editor) {
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        var view = followUps.find(opened.id(), editor).orElseThrow();
        assertThat(followUps.save(view.id(), view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.PARTLY_FULFILLED, Reason.RESOURCES,
                        "Hälften av lamporna kom upp."),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.RESOURCES, "Färre poliser."),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), editor).problems()).isEmpty();
        followUps.sign(view.id(), fixtures.police().id(), fixtures.both());
        followUps.sign(view.id(), fixtures.municipality().id(), fixtures.both());
        followUps.publish(view.id(), editor, "Eva Redaktör");
        return view.id();
    }

    /** A half-year follow-up of the promise, every item judged not assessable yet, signed by both parties. */
    private FollowUpView signedHalfYear(PromiseId id, int year) {
        var both = fixtures.both();
        var opened = followUps.open(id, year, FollowUpKind.HALF_YEAR, both);
        var view = followUps.find(opened.id(), both).orElseThrow();
        assertThat(followUps.save(view.id(), view.version(), verdicts(Verdict.CANNOT_BE_ASSESSED, Reason.DATA_MISSING,
                "Mätningen har inte börjat."), both).problems()).isEmpty();
        followUps.sign(view.id(), fixtures.police().id(), both);
        followUps.sign(view.id(), fixtures.municipality().id(), both);
        return view;
    }

    /** The promise's title changed by {@code addition}, saved and signed by both parties, not yet published. */
    private void revisedAndSigned(PromiseId id, String addition) {
        var both = fixtures.both();
        var working = promises.find(id, both).orElseThrow();
        var content = working.content();
        var edited = new PromiseContent(content.parties(), content.start(), content.end(),
                content.title() + addition, content.lead(), content.situation(), content.commitments(),
                content.goals(), content.focusPlaces(), content.focusPlaceRefs(), content.followUp(),
                content.followAlong(), content.signatories(), content.image());
        assertThat(promises.update(id, working.version(), edited, both).saved()).isTrue();
        content.parties().forEach(p -> promises.sign(id, p.id(), both));
    }

    /** c1 and c2 fulfilled, g1 as given, g2 fulfilled. */
    private static List<Assessment> verdicts(Verdict g1, Reason reason, String explanation) {
        return List.of(new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.GOAL, "g1", g1, reason, explanation),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, ""));
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}
