package se.lofte.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.lofte.promises.PromiseContent;
import se.lofte.promises.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.surveys.ResultCountingTests.DISTRICTS;
import static se.lofte.surveys.ResultCountingTests.LATE_EVENING;
import static se.lofte.surveys.ResultCountingTests.ROUNDED;

/**
 * The share of some options that a goal and the follow-up read, from the hand-calculated table of
 * {@link ResultCountingTests} (Norr and Söder, minimum 5), and which questions speak to a commitment.
 * <pre>
 *          1   2   3   4   5   n
 *   all   10   9   6  (3) (2) 30
 *   Norr   6  (5)  5  (2)  0  18
 *   Söder (4) (4) (1) (1) (2) 12
 * </pre>
 */
class SurveySharesTests {

    static final Question WHERE = new Question(new QuestionId(8), 3, QuestionKind.MULTIPLE_CHOICE, "where-unsafe",
            "Var?", "Where?", List.of(new QuestionOption("Torget", "The square"), new QuestionOption("Parken", "The park")));

    @Test
    void sharesOfShownCellsAddUpAndAnyHiddenCellOrColumnGivesNoNumber() {
        SurveyShares.Counted counted = counted();
        // By hand: (10 + 9) / 30 = 0.6333, Wilson 0.4551 to 0.7813.
        var safe = SurveyShares.share(counted, "late-evening", List.of(1, 2), null);
        assertThat(safe.outcome()).isEqualTo(SurveyShares.Outcome.SHOWN);
        assertThat(safe.answered()).isEqualTo(30);
        assertThat(safe.cell().count()).isEqualTo(19);
        assertThat(safe.cell().share()).isCloseTo(0.6333, ROUNDED);
        assertThat(safe.cell().low()).isCloseTo(0.4551, ROUNDED);
        assertThat(safe.cell().high()).isCloseTo(0.7813, ROUNDED);
        assertThat(safe.asOf()).isEqualTo(LocalDate.of(2030, 10, 3));

        // 6 + 3 would give the hidden 3 away.
        assertThat(SurveyShares.share(counted, "late-evening", List.of(3, 4), null).outcome())
                .isEqualTo(SurveyShares.Outcome.SUPPRESSED);
        var norr = SurveyShares.share(counted, "late-evening", List.of(1), 1L);
        assertThat(norr.cell().share()).isCloseTo(0.3333, ROUNDED);
        assertThat(norr.answered()).isEqualTo(18);
        // Norr's 5 is hidden beside its 2, which it would give away.
        assertThat(SurveyShares.share(counted, "late-evening", List.of(2), 1L).outcome())
                .isEqualTo(SurveyShares.Outcome.SUPPRESSED);
        assertThat(SurveyShares.share(counted, "late-evening", List.of(1), 2L).outcome())
                .isEqualTo(SurveyShares.Outcome.SUPPRESSED);
        assertThat(SurveyShares.share(counted, "late-evening", List.of(1), 2L).cell()).isNull();
    }

    @Test
    void aQuestionDistrictOrOptionTheYearDidNotHaveIsNotAskedAndOptionsOfAMultipleChoiceAreNeverAdded() {
        SurveyShares.Counted counted = counted();
        assertThat(SurveyShares.share(counted, "problem-litter", List.of(1), null).outcome())
                .isEqualTo(SurveyShares.Outcome.NOT_ASKED);
        assertThat(SurveyShares.share(counted, "late-evening", List.of(6), null).outcome())
                .isEqualTo(SurveyShares.Outcome.NOT_ASKED);
        assertThat(SurveyShares.share(counted, "late-evening", List.of(1), 99L).outcome())
                .isEqualTo(SurveyShares.Outcome.NOT_ASKED);
        assertThat(SurveyShares.share(counted, "where-unsafe", List.of(1, 2), null).outcome())
                .isEqualTo(SurveyShares.Outcome.NOT_ASKED);
        assertThat(SurveyShares.share(counted, "where-unsafe", List.of(1), null).outcome())
                .as("nobody answered it").isEqualTo(SurveyShares.Outcome.NO_ANSWERS);
    }

    @Test
    void aCommitmentMeetsTheQuestionsOfItsThemeAndOfTheProblemsItNames() {
        var traffic = new PromiseContent.Commitment("c1", "Kontroller", "Fler kontroller.", List.of(), List.of(),
                Theme.TRAFFIC);
        assertThat(SurveyTopics.of(traffic)).containsExactly("problem-reckless-driving", "problem-speeding");
        var words = new PromiseContent.Commitment("c2", "Trygghetsvandringar", "Mot inbrott och klotter.", List.of(),
                List.of());
        assertThat(SurveyTopics.of(words)).containsExactly("late-evening", "problem-graffiti", "problem-burglary");
        assertThat(SurveyTopics.of(new PromiseContent.Commitment("c3", "Läxhjälp", "På biblioteket.", List.of(),
                List.of()))).isEmpty();
        assertThat(SurveyTopics.concern("late-evening")).containsExactly(3, 4);
        assertThat(SurveyTopics.concern("problem-graffiti")).containsExactly(1, 2);
    }

    @Test
    void optionNumbersAreReadAsPeopleTypeThem() {
        assertThat(SurveyShareSource.positions(" 4, 3,3 ")).contains(List.of(3, 4));
        assertThat(SurveyShareSource.positions("3 4;5")).contains(List.of(3, 4, 5));
        assertThat(SurveyShareSource.positions("3, fyra")).isEmpty();
        assertThat(SurveyShareSource.positions("-1")).isEmpty();
        assertThat(SurveyShareSource.options(LATE_EVENING, List.of(3, 4), false))
                .isEqualTo("”Ganska otrygg” eller ”Mycket otrygg”");
        assertThat(SurveyShareSource.options(LATE_EVENING, List.of(1, 2, 3), true))
                .isEqualTo("“Very safe”, “Fairly safe” or “Fairly unsafe”");
    }

    /** The 30 answers of {@link ResultCountingTests}, counted for the late-evening question and {@link #WHERE}. */
    private static SurveyShares.Counted counted() {
        return new SurveyShares.Counted(2030, LocalDate.of(2030, 10, 3), DISTRICTS,
                ResultCountingTests.count(List.of(LATE_EVENING, WHERE), Map.of(), 5));
    }
}
