package se.lofte.surveys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review of free-text answers (table {@code survey_text_review}); only this class reads and writes it. */
@Repository
class ReviewRows {

    /** A free-text answer with its review: who read it, and the quote chosen from it (null when none). */
    record TextRow(long responseId, long questionId, String freeText, boolean flagged, String reviewedBy,
                   String quote) {
    }

    private final JdbcClient jdbc;

    ReviewRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey's free-text answers: flagged first, then those nobody has read, then by question and arrival. */
    List<TextRow> texts(SurveyId survey) {
        return jdbc.sql("select a.response_id, a.question_id, a.free_text, a.flagged, v.reviewed_by, v.quote"
                        + " from survey_answer a join survey_question q on q.id = a.question_id"
                        + " left join survey_text_review v on v.response_id = a.response_id"
                        + " and v.question_id = a.question_id"
                        + " where q.survey_id = ? and a.free_text is not null"
                        + " order by case when a.flagged then 0 else 1 end,"
                        + " case when v.reviewed_by is null then 0 else 1 end, q.position, a.response_id")
                .param(survey.value()).query(TextRow.class).list();
    }

    Optional<TextRow> text(SurveyId survey, long response, QuestionId question) {
        return jdbc.sql("select a.response_id, a.question_id, a.free_text, a.flagged, v.reviewed_by, v.quote"
                        + " from survey_answer a join survey_question q on q.id = a.question_id"
                        + " left join survey_text_review v on v.response_id = a.response_id"
                        + " and v.question_id = a.question_id"
                        + " where q.survey_id = ? and a.response_id = ? and a.question_id = ? and a.free_text is not null")
                .params(survey.value(), response, question.value()).query(TextRow.class).optional();
    }

    /** Records the review, with the quote to publish (null for none); a second review replaces the first. */
    void review(long response, QuestionId question, String by, OffsetDateTime at, String quote) {
        int updated = jdbc.sql("update survey_text_review set reviewed_by = ?, reviewed_at = ?, quote = ?"
                        + " where response_id = ? and question_id = ?")
                .params(by, at, quote, response, question.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into survey_text_review (response_id, question_id, reviewed_by, reviewed_at, quote)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(response, question.value(), by, at, quote).update();
        }
    }

    /** The survey's chosen quotes, by question and arrival. */
    List<SurveyResult.Quote> quotes(Survey survey) {
        Map<Long, Question> questions = survey.questions().stream()
                .collect(Collectors.toMap(q -> q.id().value(), Function.identity()));
        record Row(long questionId, String quote) {
        }
        return jdbc.sql("select v.question_id, v.quote from survey_text_review v"
                        + " join survey_question q on q.id = v.question_id"
                        + " where q.survey_id = ? and v.quote is not null order by q.position, v.response_id")
                .param(survey.id().value()).query(Row.class).list().stream()
                .filter(r -> questions.containsKey(r.questionId()))
                .map(r -> new SurveyResult.Quote(questions.get(r.questionId()), r.quote())).toList();
    }
}
