package se.lofte.surveys;

import java.util.List;
import java.util.Map;

/**
 * A filled-in survey as sent: the one-time code typed (null when the survey takes none) and the values of each
 * question by its id, as the form's fields sent them; a question left out has no entry.
 */
public record AnswerForm(String code, Map<QuestionId, List<String>> values) {

    public AnswerForm {
        values = Map.copyOf(values);
    }

    public List<String> of(Question question) {
        return values.getOrDefault(question.id(), List.of());
    }

    /** The one value of a question, or empty. */
    public String single(Question question) {
        return of(question).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
    }
}
