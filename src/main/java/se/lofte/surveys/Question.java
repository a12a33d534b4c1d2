package se.lofte.surveys;

import java.util.List;

/**
 * A question of a survey, at {@code position} (1-based). {@code templateKey} names the template question it
 * is, so that the same question can be compared between years; null for a question of the survey's own.
 */
public record Question(QuestionId id, int position, QuestionKind kind, String templateKey, String textSv,
                       String textEn, List<QuestionOption> options) {

    public Question {
        options = List.copyOf(options);
    }

    public String text(boolean english) {
        return english ? textEn : textSv;
    }
}
