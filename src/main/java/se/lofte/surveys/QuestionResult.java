package se.lofte.surveys;

import java.util.List;

/**
 * The results of one question: per column the number who answered it ({@code null} when fewer than the minimum,
 * and then every cell of the column is suppressed), and one row per answer.
 */
public record QuestionResult(Question question, List<Long> answered, List<ResultRow> rows) {

    public QuestionResult {
        answered = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answered));
        rows = List.copyOf(rows);
    }
}
