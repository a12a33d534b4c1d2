package se.lofte.surveys;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one-time codes of surveys and their use; only this class reads and writes those tables. */
@Repository
class CodeRows {

    private final JdbcClient jdbc;

    CodeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextBatch(SurveyId survey) {
        return jdbc.sql("select coalesce(max(batch), 0) + 1 from survey_code where survey_id = ?")
                .param(survey.value()).query(Integer.class).single();
    }

    void insert(SurveyId survey, int batch, List<String> codes) {
        for (String code : codes) {
            jdbc.sql("insert into survey_code (code, survey_id, batch) values (?, ?, ?)")
                    .params(code, survey.value(), batch).update();
        }
    }

    boolean any(SurveyId survey) {
        return jdbc.sql("select count(*) from survey_code where survey_id = ?").param(survey.value())
                .query(Long.class).single() > 0;
    }

    List<LetterBatch> batches(SurveyId survey) {
        return jdbc.sql("select c.batch, count(*) as letters, count(u.code) as answered from survey_code c"
                        + " left join survey_code_use u on u.code = c.code where c.survey_id = ?"
                        + " group by c.batch order by c.batch")
                .param(survey.value()).query(LetterBatch.class).list();
    }

    List<String> codes(SurveyId survey, int batch) {
        return jdbc.sql("select code from survey_code where survey_id = ? and batch = ? order by code")
                .params(survey.value(), batch).query(String.class).list();
    }

    /** Whether the code belongs to the survey, and whether it has answered. */
    enum State { UNKNOWN, UNUSED, USED }

    State state(SurveyId survey, String code) {
        return jdbc.sql("select case when u.code is null then 'UNUSED' else 'USED' end from survey_code c"
                        + " left join survey_code_use u on u.code = c.code where c.survey_id = ? and c.code = ?")
                .params(survey.value(), code).query(String.class).optional().map(State::valueOf)
                .orElse(State.UNKNOWN);
    }

    /** Marks the code used; a second use, even at the same moment, fails on the table's primary key. */
    void use(String code) {
        jdbc.sql("insert into survey_code_use (code) values (?)").param(code).update();
    }
}
