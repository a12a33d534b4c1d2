package se.lofte.surveys;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyRulesTests {

    @Test
    void aScaleNeedsExactlyItsStepsInBothLanguages() {
        var three = new QuestionInput("SCALE_4", "Hur?", "How?", "a\nb\nc", "a\nb\nc");
        assertThat(SurveyRules.checkQuestion(three)).extracting(Problem::code).containsExactly("surveys.error.steps");
        var fourAndThree = new QuestionInput("SCALE_4", "Hur?", "How?", "a\nb\nc\nd", "a\nb\nc");
        assertThat(SurveyRules.checkQuestion(fourAndThree)).extracting(Problem::code)
                .containsExactly("surveys.error.optionsEnCount");
        var four = new QuestionInput("SCALE_4", "Hur?", "How?", "a\n\n b\nc\nd\n", "A\nB\nC\nD");
        assertThat(SurveyRules.checkQuestion(four)).isEmpty();
        assertThat(four.options()).hasSize(4).first().isEqualTo(new QuestionOption("a", "A"));
    }

    @Test
    void choicesNeedTwoDistinctOptionsAndTextAndPlaceNone() {
        assertThat(SurveyRules.checkQuestion(new QuestionInput("SINGLE_CHOICE", "Q", "Q", "Ja", "Yes")))
                .extracting(Problem::code).contains("surveys.error.optionCount");
        assertThat(SurveyRules.checkQuestion(new QuestionInput("MULTIPLE_CHOICE", "Q", "Q", "Ja\nJa", "Yes\nNo")))
                .extracting(Problem::code).containsExactly("surveys.error.optionTwice");
        assertThat(SurveyRules.checkQuestion(new QuestionInput("FREE_TEXT", "Q", "Q", "Ja", "")))
                .extracting(Problem::field).containsExactly("optionsSv");
        assertThat(SurveyRules.checkQuestion(new QuestionInput("PLACE", "Var?", "Where?", "", ""))).isEmpty();
        assertThat(SurveyRules.checkQuestion(new QuestionInput("MAP_POINT", "Var?", "Where?", "", ""))).isEmpty();
        assertThat(SurveyRules.checkQuestion(new QuestionInput("MAP_POINT", "Var?", "Where?", "Torget", "")))
                .extracting(Problem::code).containsExactly("surveys.error.noOptions");
    }

    @Test
    void aMapPointIsKeptAsTheCentreOfItsCellOfAbout100Metres() {
        // 59.015373 lies in 59.015–59.016, 12.043219 in 12.042–12.044; a point just south and west of the corner
        // lies in the neighbouring cells, and a negative longitude rounds down as well.
        assertThat(GridCell.of(59.015373, 12.043219)).isEqualTo(new GridCell(59.0155, 12.043));
        assertThat(GridCell.of(59.015, 12.042)).isEqualTo(new GridCell(59.0155, 12.043));
        assertThat(GridCell.of(59.0149999, 12.0419999)).isEqualTo(new GridCell(59.0145, 12.041));
        assertThat(GridCell.of(51.5007, -0.1246)).isEqualTo(new GridCell(51.5005, -0.125));
        var cell = GridCell.of(67.8558, 20.2253);
        assertThat(List.of(cell.south(), cell.north(), cell.west(), cell.east()))
                .containsExactly(67.855, 67.856, 20.224, 20.226);
    }

    @Test
    void textIsRequiredInBothLanguagesAndHoldsNoPersonalIdentityNumber() {
        assertThat(SurveyRules.checkQuestion(new QuestionInput("FREE_TEXT", "Ring 121212-1212", " ", null, null)))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("textSv", "surveys.error.personalNumber"),
                        org.assertj.core.groups.Tuple.tuple("textEn", "surveys.error.required"));
        assertThat(SurveyRules.checkQuestion(new QuestionInput("NONE", "Q", "Q", "", "")))
                .extracting(Problem::code).containsExactly("surveys.error.kind");
    }

    @Test
    void aSurveyNeedsAPlausibleYearAndTitles() {
        assertThat(SurveyRules.checkSurvey("26", "Trygghet", "Safety")).extracting(Problem::field)
                .containsExactly("year");
        assertThat(SurveyRules.checkSurvey("2026", "", "Safety")).extracting(Problem::field)
                .containsExactly("titleSv");
        assertThat(SurveyRules.checkSurvey(" 2026 ", "Trygghet", "Safety")).isEmpty();
    }

    @Test
    void theTemplateHasTheDistrictTheLateEveningQuestionAndElevenProblemItems() {
        var questions = SurveyTemplate.questions();
        assertThat(questions).hasSize(13);
        assertThat(questions.getFirst().kind()).isEqualTo(QuestionKind.PLACE);
        assertThat(questions.get(1).options()).extracting(QuestionOption::textSv)
                .containsExactly("Mycket trygg", "Ganska trygg", "Ganska otrygg", "Mycket otrygg",
                        "Går aldrig ut ensam sent");
        assertThat(questions.subList(2, 13)).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuestionKind.SCALE_4);
            assertThat(SurveyRules.checkQuestion(new QuestionInput(q.kind().name(), q.textSv(), q.textEn(),
                    String.join("\n", q.options().stream().map(QuestionOption::textSv).toList()),
                    String.join("\n", q.options().stream().map(QuestionOption::textEn).toList())))).isEmpty();
        });
    }
}
