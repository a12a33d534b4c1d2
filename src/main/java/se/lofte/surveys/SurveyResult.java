package se.lofte.surveys;

import java.util.List;

/**
 * The results of a survey: the columns (all answers, then each district), the questions' tables, the year compared
 * with (null when there is no earlier survey), the number of responses, the minimum a cell shows, and the free-text
 * answers staff chose as quotes, as they edited them ({@link FreeTextReview}).
 */
public record SurveyResult(Survey survey, List<District> districts, List<QuestionResult> questions,
                           Integer previousYear, long responses, int minimumCell, List<Quote> quotes) {

    public SurveyResult {
        districts = List.copyOf(districts);
        questions = List.copyOf(questions);
        quotes = List.copyOf(quotes);
    }

    /** A free-text answer chosen for the public results, under its question. */
    public record Quote(Question question, String text) {
    }
}
