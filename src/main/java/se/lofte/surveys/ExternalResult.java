package se.lofte.surveys;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Another body's results for the municipality and year (the police's national safety survey), as imported: per
 * question the options in each area, with cells suppressed as the municipality's own ({@link ResultCounting}).
 * {@code templateKey} matches a question of the municipality's own survey, when the file named one.
 */
public record ExternalResult(long importId, String source, int year, List<Question> questions) {

    public ExternalResult {
        questions = List.copyOf(questions);
    }

    /** The questions that name no template key, or one the municipality's survey does not ask. */
    public List<Question> unmatched(Collection<String> surveyKeys) {
        return questions.stream().filter(q -> q.templateKey() == null || !surveyKeys.contains(q.templateKey()))
                .toList();
    }

    /** The question with the template key, if the file has one. */
    public Optional<Question> question(String templateKey) {
        return templateKey == null ? Optional.empty()
                : questions.stream().filter(q -> templateKey.equals(q.templateKey())).findFirst();
    }

    /** One question, with its areas in the order of the file. */
    public record Question(String text, String templateKey, List<Group> groups) {

        public Question {
            groups = List.copyOf(groups);
        }
    }

    /**
     * One area (null: the whole municipality): how many answered ({@code null} when fewer than the minimum, and then
     * every cell is suppressed) and the options.
     */
    public record Group(String area, Long answered, List<Option> options) {

        public Group {
            options = List.copyOf(options);
        }
    }

    public record Option(String text, Cell cell) {
    }
}
