package se.lofte.surveys;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The answers of surveys; only this class writes them. */
@Repository
class AnswerRows {

    /** The stored value of "vet ej" on a scale: an answer, but no step. */
    static final int DONT_KNOW = -1;

    private final JdbcClient jdbc;

    AnswerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each response of the survey with its district (null when not said). */
    java.util.Map<Long, Long> responses(SurveyId survey) {
        java.util.Map<Long, Long> responses = new java.util.HashMap<>();
        jdbc.sql("select id, area_id from survey_response where survey_id = ?").param(survey.value())
                .query((rs, i) -> {
                    long area = rs.getLong(2);
                    responses.put(rs.getLong(1), rs.wasNull() ? null : area);
                    return null;
                }).list();
        return responses;
    }

    java.util.List<ResultCounting.Chosen> chosen(SurveyId survey) {
        return jdbc.sql("select a.response_id, a.question_id, a.option_position from survey_answer a"
                        + " join survey_response r on r.id = a.response_id"
                        + " where r.survey_id = ? and a.option_position is not null")
                .param(survey.value())
                .query((rs, i) -> new ResultCounting.Chosen(rs.getLong(1), new QuestionId(rs.getLong(2)), rs.getInt(3)))
                .list();
    }

    /** The last day the survey was answered; empty when nobody answered it. */
    java.util.Optional<LocalDate> lastAnswered(SurveyId survey) {
        return jdbc.sql("select answered_on from survey_response where survey_id = ? order by answered_on desc"
                        + " fetch first 1 rows only")
                .param(survey.value()).query(LocalDate.class).optional();
    }

    /** The district of each answer to a map question (null for a pin in none of them), as chosen options are. */
    java.util.List<Placed> placed(SurveyId survey) {
        return jdbc.sql("select a.response_id, a.question_id, a.area_id from survey_answer a"
                        + " join survey_question q on q.id = a.question_id"
                        + " where q.survey_id = ? and q.kind = ?")
                .params(survey.value(), QuestionKind.MAP_POINT.name())
                .query((rs, i) -> {
                    long area = rs.getLong(3);
                    return new Placed(rs.getLong(1), new QuestionId(rs.getLong(2)), rs.wasNull() ? null : area);
                }).list();
    }

    /** One answer to a map question: the district it is in, null when in none. */
    record Placed(long response, QuestionId question, Long district) {
    }

    /** How many pins of the question fall in each grid cell, most first. */
    java.util.List<PointMap.Count> cells(QuestionId question) {
        return jdbc.sql("select latitude, longitude, count(*) from survey_answer where question_id = ?"
                        + " and latitude is not null group by latitude, longitude order by count(*) desc, latitude, longitude")
                .param(question.value())
                .query((rs, i) -> new PointMap.Count(new GridCell(rs.getDouble(1), rs.getDouble(2)), rs.getLong(3))).list();
    }

    long insertResponse(SurveyId survey, LocalDate answeredOn, Long areaId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_response (survey_id, answered_on, area_id) values (?, ?, ?)")
                .params(survey.value(), answeredOn, areaId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertOption(long response, QuestionId question, int position) {
        jdbc.sql("insert into survey_answer (response_id, question_id, option_position, flagged) values (?, ?, ?, false)")
                .params(response, question.value(), position).update();
    }

    void insertPlace(long response, QuestionId question, long areaId) {
        jdbc.sql("insert into survey_answer (response_id, question_id, area_id, flagged) values (?, ?, ?, false)")
                .params(response, question.value(), areaId).update();
    }

    /** A pin: the district that holds it (null when none does) and its grid cell, never the point as given. */
    void insertPoint(long response, QuestionId question, Long areaId, GridCell cell) {
        jdbc.sql("insert into survey_answer (response_id, question_id, area_id, latitude, longitude, flagged)"
                        + " values (?, ?, ?, ?, ?, false)")
                .params(response, question.value(), areaId, cell.latitude(), cell.longitude()).update();
    }

    void insertText(long response, QuestionId question, String text, boolean flagged) {
        jdbc.sql("insert into survey_answer (response_id, question_id, free_text, flagged) values (?, ?, ?, ?)")
                .params(response, question.value(), text, flagged).update();
    }
}
