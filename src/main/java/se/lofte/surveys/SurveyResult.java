package se.lofte.surveys;

import java.util.List;

/**
 * The results of a survey: the columns (all answers, then each district), the questions' tables, the year compared
 * with (null when there is no earlier survey), the number of responses and the minimum a cell shows.
 */
public record SurveyResult(Survey survey, List<District> districts, List<QuestionResult> questions,
                           Integer previousYear, long responses, int minimumCell) {

    public SurveyResult {
        districts = List.copyOf(districts);
        questions = List.copyOf(questions);
    }
}
