package se.lofte.surveys;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** The survey, question and option tables; only this class reads and writes them. */
@Repository
class SurveyRows {

    /** A survey's own row, without its questions and the municipality's name. */
    record SurveyRow(long id, long municipalityId, int surveyYear, String titleSv, String titleEn, String state,
                     boolean templateUnchecked, String openToken, boolean resultsPublished) {
    }

    private record QuestionRow(long id, int position, String kind, String templateKey, String textSv,
                               String textEn) {
    }

    private record OptionRow(long questionId, String textSv, String textEn) {
    }

    private static final String SURVEY_COLUMNS = "id, municipality_id, survey_year, title_sv, title_en, state,"
            + " template_unchecked, open_token, results_published";

    private final JdbcClient jdbc;

    SurveyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SurveyId insert(OrganisationId municipality, int year, String titleSv, String titleEn, boolean fromTemplate,
                    String token, String by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey (municipality_id, survey_year, title_sv, title_en, state, template_unchecked,"
                        + " open_token, results_published, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)")
                .params(municipality.value(), year, titleSv, titleEn, SurveyState.DRAFT.name(), fromTemplate, token, by,
                        now)
                .update(keys, "id");
        return new SurveyId(keys.getKeyAs(Long.class));
    }

    Optional<SurveyRow> row(SurveyId id) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from survey where id = ?").param(id.value())
                .query(SurveyRow.class).optional();
    }

    Optional<SurveyRow> rowByToken(String token) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from survey where open_token = ?").param(token)
                .query(SurveyRow.class).optional();
    }

    /** The surveys of these municipalities, newest year first. */
    List<SurveyRow> rows(Collection<OrganisationId> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SURVEY_COLUMNS + " from survey where municipality_id in (:ids)"
                        + " order by survey_year desc, id desc")
                .param("ids", municipalities.stream().map(OrganisationId::value).toList())
                .query(SurveyRow.class).list();
    }

    List<Question> questions(SurveyId survey) {
        List<QuestionRow> rows = jdbc.sql("select id, position, kind, template_key, text_sv, text_en"
                        + " from survey_question where survey_id = ? order by position")
                .param(survey.value()).query(QuestionRow.class).list();
        Map<Long, List<QuestionOption>> options = new LinkedHashMap<>();
        jdbc.sql("select o.question_id, o.text_sv, o.text_en from survey_option o"
                        + " join survey_question q on q.id = o.question_id where q.survey_id = ?"
                        + " order by o.question_id, o.position")
                .param(survey.value()).query(OptionRow.class).list()
                .forEach(o -> options.computeIfAbsent(o.questionId(), k -> new ArrayList<>())
                        .add(new QuestionOption(o.textSv(), o.textEn())));
        return rows.stream().map(q -> new Question(new QuestionId(q.id()), q.position(), QuestionKind.valueOf(q.kind()),
                q.templateKey(), q.textSv(), q.textEn(), options.getOrDefault(q.id(), List.of()))).toList();
    }

    /**
     * The municipality's template questions with options, each as its latest survey (by year) words it: what a goal
     * can follow across years by key. Two reads, whatever the number of surveys.
     */
    List<Question> latestTemplateQuestions(OrganisationId municipality) {
        Map<String, QuestionRow> latest = new LinkedHashMap<>();
        jdbc.sql("select q.id, q.position, q.kind, q.template_key, q.text_sv, q.text_en from survey_question q"
                        + " join survey s on s.id = q.survey_id where s.municipality_id = ? and q.template_key is not null"
                        + " order by s.survey_year desc, s.id desc")
                .param(municipality.value()).query(QuestionRow.class).list().stream()
                .filter(q -> QuestionKind.valueOf(q.kind()).hasOptions())
                .forEach(q -> latest.putIfAbsent(q.templateKey(), q));
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, List<QuestionOption>> options = new LinkedHashMap<>();
        jdbc.sql("select question_id, text_sv, text_en from survey_option where question_id in (:ids)"
                        + " order by question_id, position")
                .param("ids", latest.values().stream().map(QuestionRow::id).toList()).query(OptionRow.class).list()
                .forEach(o -> options.computeIfAbsent(o.questionId(), k -> new ArrayList<>())
                        .add(new QuestionOption(o.textSv(), o.textEn())));
        return latest.values().stream().map(q -> new Question(new QuestionId(q.id()), q.position(),
                QuestionKind.valueOf(q.kind()), q.templateKey(), q.textSv(), q.textEn(),
                options.getOrDefault(q.id(), List.of()))).toList();
    }

    QuestionId addQuestion(SurveyId survey, QuestionKind kind, String templateKey, String textSv, String textEn,
                           List<QuestionOption> options) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from survey_question where survey_id = ?")
                .param(survey.value()).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_question (survey_id, position, kind, template_key, text_sv, text_en)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(survey.value(), position, kind.name(), templateKey, textSv, textEn).update(keys, "id");
        var id = new QuestionId(keys.getKeyAs(Long.class));
        insertOptions(id, options);
        return id;
    }

    void updateQuestion(QuestionId id, QuestionKind kind, String textSv, String textEn,
                        List<QuestionOption> options) {
        jdbc.sql("update survey_question set kind = ?, text_sv = ?, text_en = ? where id = ?")
                .params(kind.name(), textSv, textEn, id.value()).update();
        jdbc.sql("delete from survey_option where question_id = ?").param(id.value()).update();
        insertOptions(id, options);
    }

    /** Swaps two questions' positions; positions are not unique in the table, so no step passes a duplicate. */
    void swap(Question a, Question b) {
        jdbc.sql("update survey_question set position = ? where id = ?").params(b.position(), a.id().value()).update();
        jdbc.sql("update survey_question set position = ? where id = ?").params(a.position(), b.id().value()).update();
    }

    /** Removes the question and closes the gap it leaves, so positions stay 1, 2, 3 … */
    void removeQuestion(SurveyId survey, Question question) {
        jdbc.sql("delete from survey_option where question_id = ?").param(question.id().value()).update();
        jdbc.sql("delete from survey_question where id = ?").param(question.id().value()).update();
        jdbc.sql("update survey_question set position = position - 1 where survey_id = ? and position > ?")
                .params(survey.value(), question.position()).update();
    }

    /** The municipality's latest survey of the year that is no longer a draft. */
    Optional<SurveyRow> answeredIn(OrganisationId municipality, int year) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from survey where municipality_id = ? and survey_year = ?"
                        + " and state <> 'DRAFT' order by id desc")
                .params(municipality.value(), year).query(SurveyRow.class).list().stream().findFirst();
    }

    /** The municipality's latest survey of the year whose results are published. */
    Optional<SurveyRow> published(OrganisationId municipality, int year) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from survey where municipality_id = ? and survey_year = ?"
                        + " and results_published = true order by id desc")
                .params(municipality.value(), year).query(SurveyRow.class).list().stream().findFirst();
    }

    /** The years from {@code fromYear} to {@code toYear} in which the municipality has published results, oldest first. */
    List<Integer> publishedYears(OrganisationId municipality, int fromYear, int toYear) {
        return jdbc.sql("select distinct survey_year from survey where municipality_id = ? and survey_year between ? and ?"
                        + " and results_published = true order by survey_year")
                .params(municipality.value(), fromYear, toYear).query(Integer.class).list();
    }

    void publishResults(SurveyId id, boolean published) {
        jdbc.sql("update survey set results_published = ? where id = ?").params(published, id.value()).update();
    }

    void templateChecked(SurveyId id) {
        jdbc.sql("update survey set template_unchecked = false where id = ?").param(id.value()).update();
    }

    void open(SurveyId id) {
        jdbc.sql("update survey set state = ? where id = ?").params(SurveyState.OPEN.name(), id.value()).update();
    }

    void close(SurveyId id) {
        jdbc.sql("update survey set state = ? where id = ?").params(SurveyState.CLOSED.name(), id.value()).update();
    }

    /** Locks the survey's row for the transaction, so that a change of its questions and its opening take turns. */
    void lock(SurveyId id) {
        jdbc.sql("select id from survey where id = ? for update").param(id.value()).query(Long.class).optional();
    }

    private void insertOptions(QuestionId id, List<QuestionOption> options) {
        for (int i = 0; i < options.size(); i++) {
            jdbc.sql("insert into survey_option (question_id, position, text_sv, text_en) values (?, ?, ?, ?)")
                    .params(id.value(), i + 1, options.get(i).textSv(), options.get(i).textEn()).update();
        }
    }
}
