package se.lofte.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationKind;
import se.lofte.progress.GoalContext;
import se.lofte.progress.IndicatorReading;
import se.lofte.progress.ProgressPoint;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.shared.Problem;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal measured from Enkätby's safety survey, read by the source itself for a goal of a promise made up here (the
 * source reads only the promise's parties and period): the form's checks, the share against a hand calculation, a
 * suppressed district, and answers whose results are not published.
 */
@ProgressTest
class SurveyShareSourceIntegrationTests {

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    SurveyShareSource source;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    SurveyResults results;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    SurveyTown town;
    StaffMember analyst;

    @BeforeEach
    void enkatby() {
        town = testSurveys.town();
        analyst = testSurveys.analyst("surveys.goals.enkatby", town.municipality());
    }

    @Test
    void theFormTakesAQuestionOfTheMunicipalitysSurveysItsOptionsByNumberAndOneOfItsDistricts() {
        int year = TestYears.importableRow(2) + 1;
        // A draft's questions are offered too: a goal is set before the survey is answered.
        SurveyId survey = surveys.create(town.municipality(), Integer.toString(year), "Trygghet i Enkätby",
                "Safety in Enkätby", true, analyst).id();
        GoalContext goal = goal(year, LocalDate.of(year, 3, 1));

        assertThat(source.parameters(goal).getFirst().choices()).extracting(c -> c.value())
                .contains("late-evening", "problem-graffiti").doesNotContain("district");
        assertThat(source.parameters(goal, Map.of("question", "late-evening")).get(1).hint(false))
                .isEqualTo("Frågans svarsalternativ: 1 Mycket trygg, 2 Ganska trygg, 3 Ganska otrygg, 4 Mycket otrygg,"
                        + " 5 Går aldrig ut ensam sent.");
        assertThat(source.parameters(goal).get(2).choices()).extracting(c -> c.label(false))
                .containsExactly("Centrum", "Norr", "Söder");

        assertThat(codes(source.validate(Map.of(), goal)))
                .containsExactly("question:surveys.goal.questionRequired", "options:surveys.goal.optionsRequired");
        assertThat(codes(source.validate(Map.of("question", "no-such-question", "options", "tre"), goal)))
                .containsExactly("question:surveys.goal.questionUnknown", "options:surveys.goal.optionsNumbers");
        assertThat(codes(source.validate(Map.of("question", "late-evening", "options", "3, 6"), goal)))
                .containsExactly("options:surveys.goal.optionsRange");
        assertThat(codes(source.validate(Map.of("question", "problem-graffiti", "options", "1,2,3,4"), goal)))
                .containsExactly("options:surveys.goal.allOptions");
        assertThat(codes(source.validate(Map.of("question", "late-evening", "options", "3 4", "district", "-4"), goal)))
                .containsExactly("district:surveys.goal.districtUnknown");
        assertThat(source.validate(Map.of("question", "late-evening", "options", "3, 4",
                "district", Long.toString(town.centre())), goal)).isEmpty();

        // Two options of a question that takes several answers would count a resident twice.
        assertThat(surveys.addQuestion(survey, new QuestionInput("MULTIPLE_CHOICE", "Var känner du dig otrygg?",
                "Where do you feel unsafe?", "Torget\nStationen\nParken", "The square\nThe station\nThe park"), analyst).problems()).isEmpty();
        // As if the template had such a question: only template questions have a key to follow across years.
        jdbc.sql("update survey_question set template_key = 'goal-test-multiple' where survey_id = ? and kind = 'MULTIPLE_CHOICE'")
                .param(survey.value()).update();
        assertThat(codes(source.validate(Map.of("question", "goal-test-multiple", "options", "1, 3"), goal)))
                .containsExactly("options:surveys.goal.oneOfMultiple");
        assertThat(source.validate(Map.of("question", "goal-test-multiple", "options", "3"), goal)).isEmpty();

        // A promise with no municipality among its parties has no survey to read.
        PromiseContent content = goal.content();
        var policeOnly = new GoalContext(goal.promise(), new PromiseContent(List.of(), content.start(), content.end(),
                content.title(), content.lead(), content.situation(), List.of(), content.goals(), List.of(), List.of(),
                null, "", List.of(), null), goal.goal(), goal.today());
        assertThat(codes(source.validate(Map.of("question", "late-evening", "options", "3"), policeOnly)))
                .containsExactly("question:surveys.goal.noMunicipality");
    }

    @Test
    void theShareOfEachYearsPublishedResultsIsReadWithASuppressedDistrictAndUnpublishedResultsLeftOut() {
        int year = TestYears.importableRow(3) + 1;
        // The year before the promise, the baseline: 20 answered, 6 "Ganska otrygg", none "Mycket otrygg".
        Survey before = openSurvey(year - 1);
        clock.setDay(LocalDate.of(year - 1, 10, 3));
        testSurveys.answerLateEvening(before, town.south(), 1, 5);
        testSurveys.answerLateEvening(before, town.south(), 2, 9);
        testSurveys.answerLateEvening(before, town.south(), 3, 6);
        results.publish(before.id(), true, analyst);

        // The promise's year: 25 answered, 8 + 5 unsafe, of whom 3 in Norr (a column too small to show).
        Survey during = openSurvey(year);
        clock.setDay(LocalDate.of(year, 9, 20));
        testSurveys.answerLateEvening(during, town.centre(), 1, 5);
        testSurveys.answerLateEvening(during, town.centre(), 2, 7);
        testSurveys.answerLateEvening(during, town.centre(), 3, 5);
        testSurveys.answerLateEvening(during, town.north(), 3, 3);
        testSurveys.answerLateEvening(during, town.centre(), 4, 5);
        results.publish(during.id(), true, analyst);

        // The next year's survey is answered but its results are not published: it counts for nothing.
        Survey after = openSurvey(year + 1);
        clock.setDay(LocalDate.of(year + 1, 9, 20));
        testSurveys.answerLateEvening(after, town.centre(), 4, 20);

        GoalContext goal = goal(year, LocalDate.of(year + 1, 12, 31));
        IndicatorReading all = source.read(Map.of("question", "late-evening", "options", "3, 4"), goal);
        assertThat(all.readable()).isTrue();
        // By hand: 6 / 20 = 30 %; (8 + 5) / 25 = 52 %, Wilson 95 %: centre 0.51734, half-width 0.18235.
        assertThat(all.series()).containsExactly(
                new ProgressPoint(LocalDate.of(year - 1, 10, 3), new BigDecimal("30.0")),
                new ProgressPoint(LocalDate.of(year, 9, 20), new BigDecimal("52.0")));
        assertThat(all.sourceSv()).isEqualTo("Andelen i procent av de svarande i kommunens trygghetsundersökning som"
                + " svarade ”Ganska otrygg” eller ”Mycket otrygg” på frågan ”Hur trygg eller otrygg känner du dig om du"
                + " går ut ensam sent en kväll i ditt bostadsområde?”, ett värde för varje år med publicerade resultat."
                + " Senast " + year + ": 25 svarade på frågan, 95 % konfidensintervall 33,5–70 %.");
        assertThat(all.sourceEn()).startsWith("The share in per cent of those answering the municipality's safety"
                + " survey who answered “Fairly unsafe” or “Very unsafe” to the question").endsWith("Latest " + year
                + ": 25 answered the question, 95 % confidence interval 33.5–70 %.");

        // Centrum alone: (5 + 5) / 22.
        IndicatorReading centre = source.read(Map.of("question", "late-evening", "options", "3,4",
                "district", Long.toString(town.centre())), goal);
        assertThat(centre.series()).extracting(ProgressPoint::value).containsExactly(new BigDecimal("45.5"));
        assertThat(centre.sourceSv()).contains("i ditt bostadsområde?” och bor i Centrum, ett värde");

        // Norr had three answers: no number for it, in plain words.
        IndicatorReading north = source.read(Map.of("question", "late-evening", "options", "3,4",
                "district", Long.toString(town.north())), goal);
        assertThat(north.readable()).isTrue();
        assertThat(north.series()).isEmpty();
        assertThat(north.sourceSv()).endsWith("För " + year + " visas inget värde: för få svarade för att andelen ska"
                + " kunna visas utan risk att peka ut någon.").doesNotContain("3 svarade");

        // Publishing the next year's results makes them count; a goal read before its answers were in does not.
        results.publish(after.id(), true, analyst);
        assertThat(source.read(Map.of("question", "late-evening", "options", "4"), goal).value())
                .isEqualByComparingTo("100");
        assertThat(source.read(Map.of("question", "late-evening", "options", "4"), goal(year, LocalDate.of(year + 1, 9, 1)))
                .asOf()).isEqualTo(LocalDate.of(year, 9, 20));
        results.publish(after.id(), false, analyst);
        assertThat(source.read(Map.of("question", "late-evening", "options", "4"), goal).value())
                .isEqualByComparingTo("20.0");
    }

    @Test
    void aGoalWhoseDistrictIsGoneCannotBeMeasuredAndOneWithoutResultsHasNotStarted() {
        int year = TestYears.importableRow(2) + 1;
        openSurvey(year);
        GoalContext goal = goal(year, LocalDate.of(year, 6, 1));
        IndicatorReading none = source.read(Map.of("question", "late-evening", "options", "3"), goal);
        assertThat(none.readable()).isTrue();
        assertThat(none.series()).isEmpty();
        assertThat(none.sourceSv()).endsWith("Inga resultat är publicerade ännu.");
        IndicatorReading gone = source.read(Map.of("question", "late-evening", "options", "3", "district", "-9"), goal);
        assertThat(gone.readable()).isFalse();
        assertThat(gone.sourceSv()).isEqualTo("Området som målet mäts i finns inte längre.");
    }

    private Survey openSurvey(int year) {
        return testSurveys.fromTemplate(town.municipality(), year, "Trygghet i Enkätby", "Safety in Enkätby", analyst);
    }

    /** A goal of a promise of Enkätby running through the year and the next, as the source sees it on {@code today}. */
    private GoalContext goal(int year, LocalDate today) {
        var goal = new PromiseContent.Goal("g1", null, "Färre känner sig otrygga sent på kvällen.",
                new PromiseContent.NumericTarget("Andel otrygga sent på kvällen", "%", new BigDecimal("30"),
                        new BigDecimal("20"), PromiseContent.Direction.DECREASE, LocalDate.of(year + 1, 12, 31)));
        var content = new PromiseContent(List.of(new PromiseContent.Party(town.municipality(),
                OrganisationKind.MUNICIPALITY, "Enkätby")), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31),
                "Medborgarlöfte", "Tryggare kvällar.", "Många känner sig otrygga.", List.of(), List.of(goal), List.of(),
                List.of(), null, "", List.of(), null);
        return new GoalContext(new PromiseId(-1), content, goal, today);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
