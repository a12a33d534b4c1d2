package se.lofte.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.followup.Evidence;
import se.lofte.followup.EvidenceRequest;
import se.lofte.followup.EvidenceSource;
import se.lofte.followup.FollowUpKind;
import se.lofte.followup.ItemKind;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.GoalStatus;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Pages;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.SeedPartiesFixture;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A goal of a published promise measured from the municipality's safety survey, end to end: staff choose the source
 * on the staff page, residents answer, staff publish the results, the goal is recomputed and the public promise page shows the value and
 * where it comes from; withdrawing the results takes the year's value away again. The follow-up's evidence then
 * holds the goal as every goal, and the survey change on the goal and on a commitment about graffiti and vandalism.
 * Bengtsfors, in years no other test takes.
 */
@ProgressTest
class SurveyGoalIntegrationTests {

    private static final String EDITOR = "surveys.goals.kommun";

    @RegisterExtension
    final Promises promises = new Promises();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    SurveyResults results;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressReading reading;
    @Autowired
    ObjectProvider<EvidenceSource> evidence;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void aGoalMeasuredFromTheSurveyIsRecomputedWhenResultsArePublishedAndShownOnThePromisePageAndInTheFollowUp()
            throws Exception {
        int year = TestYears.importableRow(3) + 1;
        var bengtsfors = promises.municipality().id();
        StaffMember analyst = testSurveys.analyst("surveys.goals.bengtsfors", bengtsfors);
        Survey before = testSurveys.fromTemplate(bengtsfors, year - 1, "Trygghet i Bengtsfors", "Safety in Bengtsfors",
                analyst);
        Survey during = testSurveys.fromTemplate(bengtsfors, year, "Trygghet i Bengtsfors", "Safety in Bengtsfors",
                analyst);

        clock.setDay(LocalDate.of(year, 3, 1));
        PromiseId id = promises.published(year);
        // Chosen on the staff page: a number the question has no option for is refused at its field, typing kept.
        staff.member(EDITOR, bengtsfors, Role.EDITOR);
        Document refused = Pages.html(mvc.perform(Pages.as(EDITOR, post("/manage/progress/promises/" + id
                        + "/goals/g1/indicator").param("kind", "survey-share").param("survey-share.question", "late-evening")
                .param("survey-share.options", "3, 9"))).andExpect(status().isOk()));
        assertThat(refused.select("#g1-survey-share-options-error").text()).isEqualTo("Frågan har svarsalternativ 1 till 5.");
        assertThat(refused.select("#g1-survey-share-options").val()).isEqualTo("3, 9");
        mvc.perform(Pages.as(EDITOR, post("/manage/progress/promises/" + id + "/goals/g1/indicator")
                .param("kind", "survey-share").param("survey-share.question", "late-evening")
                .param("survey-share.options", "3, 4"))).andExpect(status().is3xxRedirection());
        Document saved = Pages.html(mvc.perform(Pages.as(EDITOR, get("/manage/progress/promises/" + id))));
        assertThat(saved.select("#g1-survey-share-question option[selected]").val()).isEqualTo("late-evening");
        assertThat(saved.select("#g1-survey-share-options-hint").text()).isEqualTo("Frågans svarsalternativ:"
                + " 1 Mycket trygg, 2 Ganska trygg, 3 Ganska otrygg, 4 Mycket otrygg, 5 Går aldrig ut ensam sent.");
        assertThat(progress.indicators(id).get("g1").values())
                .isEqualTo(Map.of("question", "late-evening", "options", "3, 4"));
        assertThat(reading.goals(id).getFirst().status()).isEqualTo(GoalStatus.NOT_YET_MEASURED);

        clock.setDay(LocalDate.of(year - 1, 10, 3));
        testSurveys.answer(before, 1, "2", 14);
        testSurveys.answer(before, 1, "3", 6);
        testSurveys.answer(before, 3, "2", 5);
        testSurveys.answer(before, 3, "4", 5);
        clock.setDay(LocalDate.of(year, 9, 20));
        testSurveys.answer(during, 1, "1", 12);
        testSurveys.answer(during, 1, "3", 8);
        testSurveys.answer(during, 1, "4", 5);
        testSurveys.answer(during, 3, "1", 5);
        testSurveys.answer(during, 3, "3", 7);
        testSurveys.answer(during, 4, "1", 3);
        clock.setDay(LocalDate.of(year, 10, 1));
        assertThat(reading.goals(id).getFirst().value()).as("nothing published yet").isNull();

        results.publish(before.id(), true, analyst);
        Reactions.settle(jdbc, SurveyGoalTriggers.class.getSimpleName());
        GoalProgress baseline = reading.goals(id).getFirst();
        assertThat(baseline.value()).isEqualByComparingTo("30.0");
        assertThat(baseline.asOf()).isEqualTo(LocalDate.of(year - 1, 10, 3));
        assertThat(baseline.status()).isEqualTo(GoalStatus.AT_RISK);

        results.publish(during.id(), true, analyst);
        Reactions.settle(jdbc, SurveyGoalTriggers.class.getSimpleName());
        GoalProgress now = reading.goals(id).getFirst();
        assertThat(now.value()).isEqualByComparingTo("52.0");
        assertThat(now.series()).hasSize(2);

        Document page = Pages.page(mvc, PublishedPromises.address("bengtsfors", year));
        assertThat(page.text()).contains("52 %", "Andelen i procent av de svarande i kommunens trygghetsundersökning"
                + " som svarade ”Ganska otrygg” eller ”Mycket otrygg”", "Senast " + year + ": 25 svarade på frågan");

        List<Evidence> lines = evidence.orderedStream().flatMap(s -> s.evidence(new EvidenceRequest(
                promises.latest(id), year, FollowUpKind.YEAR_END, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Instant.now())).stream()).toList();
        List<String> goal = lines.stream().filter(e -> e.kind() == ItemKind.GOAL && e.key().equals("g1"))
                .map(Evidence::sv).toList();
        // The goal as every goal: its value and where it comes from, then the survey change.
        assertThat(goal).anyMatch(line -> line.startsWith("Värde: 52 % den 20 september " + year + ", mot målet högst 20 %"))
                .anyMatch(line -> line.startsWith("Källa: Andelen i procent av de svarande"));
        // By hand: 13/25 and 6/20 with their Wilson intervals; the change's interval by Newcombe's hybrid score.
        assertThat(goal).contains("Trygghetsundersökningen, ”Hur trygg eller otrygg känner du dig om du går ut ensam"
                + " sent en kväll i ditt bostadsområde?”: andelen som svarade ”Ganska otrygg” eller ”Mycket otrygg” var"
                + " 52 % (33,5–70 %) " + year + " mot 30 % (14,5–51,9 %) " + (year - 1) + ", en förändring med +22"
                + " procentenheter (95 % konfidensintervall −6,7 till +45,7).");
        List<String> graffiti = lines.stream().filter(e -> e.kind() == ItemKind.COMMITMENT && e.key().equals("c2"))
                .map(Evidence::sv).filter(line -> line.startsWith("Trygghetsundersökningen")).toList();
        assertThat(graffiti).containsExactly("Trygghetsundersökningen, ”Hur stort problem anser du följande är i ditt"
                        + " bostadsområde? Klotter”: andelen som svarade ”Ett mycket stort problem” eller ”Ett ganska"
                        + " stort problem” var 41,7 % (19,3–68 %) " + year + " mot 50 % (23,7–76,3 %) " + (year - 1)
                        + ", en förändring med −8,3 procentenheter (95 % konfidensintervall −42,9 till +28,9).",
                // Three answered about vandalism: no number, no change.
                "Trygghetsundersökningen, ”Hur stort problem anser du följande är i ditt bostadsområde? Skadegörelse”:"
                        + " för få svarade " + year + " för att andelen som svarade ”Ett mycket stort problem” eller"
                        + " ”Ett ganska stort problem” ska kunna visas utan risk att peka ut någon.");
        assertThat(lines.stream().filter(e -> e.kind() == ItemKind.COMMITMENT && e.key().equals("c1")))
                .as("traffic controls speak to no question of the survey").noneMatch(e -> e.sv().contains("Trygghetsundersökningen"));

        results.publish(during.id(), false, analyst);
        Reactions.settle(jdbc, SurveyGoalTriggers.class.getSimpleName());
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("30.0");
        assertThat(reading.goals(id).getFirst().sourceSv()).endsWith("Senast " + (year - 1) + ": 20 svarade på frågan,"
                + " 95 % konfidensintervall 14,5–51,9 %.");
    }

    /** Promises of LPO Östra Fyrbodal and Bengtsfors with a joint goal on feeling unsafe and a commitment on graffiti. */
    static final class Promises extends SeedPartiesFixture {

        Promises() {
            super("surveys-goal-parties");
        }

        PromiseId published(int year) {
            var goal = new PromiseContent.Goal("g1", null, "Högst var femte känner sig otrygg sent på kvällen.",
                    new PromiseContent.NumericTarget("Andel som känner sig otrygga sent på kvällen", "%",
                            new BigDecimal("30"), new BigDecimal("20"), PromiseContent.Direction.DECREASE,
                            LocalDate.of(year, 12, 31)));
            var graffiti = new PromiseContent.Commitment("c2", "Bort med klotter",
                    "Kommunen tar bort klotter och lagar skadegörelse inom ett dygn.", List.of(municipality().id()),
                    List.of());
            return signedAndPublished(draft(content(year, List.of(graffiti), List.of(goal), List.of())));
        }
    }
}
