package se.lofte.surveys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.testing.SpringFixture;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys made, opened and answered through the application's own services, for the survey tests and the tests of
 * pages that show survey results: each says which survey it needs rather than repeating the calls that create, fill,
 * check and open one, in the order staff take them. A Spring test registers it:
 * <pre>{@code @RegisterExtension final TestSurveys testSurveys = new TestSurveys();}</pre>
 */
public final class TestSurveys extends SpringFixture {

    /** The free-text question the tests add to have residents' own words to review, quote or find no results for. */
    public static final QuestionInput SAFER = new QuestionInput("FREE_TEXT", "Vad skulle göra dig tryggare?",
            "What would make you feel safer?", "", "");
    /** The map question: residents put a pin where they feel unsafe, or choose a district without the script. */
    public static final QuestionInput UNSAFE_PLACE = new QuestionInput("MAP_POINT", "Var känner du dig otrygg?",
            "Where do you feel unsafe?", "", "");

    private SurveyManagement management;
    private SurveyAnswers answers;
    private Organisations organisations;
    private JdbcClient jdbc;
    private TestStaff staff;

    @Override
    public void use(ApplicationContext spring) {
        management = spring.getBean(SurveyManagement.class);
        answers = spring.getBean(SurveyAnswers.class);
        organisations = spring.getBean(Organisations.class);
        jdbc = spring.getBean(JdbcClient.class);
        staff = spring.getBean(TestStaff.class);
    }

    /** Enkätby and its three districts, made the first time a test asks. */
    public SurveyTown town() {
        return SurveyTown.in(organisations, jdbc);
    }

    /** An analyst of the municipality, the account made the first time. */
    public StaffMember analyst(String username, OrganisationId municipality) {
        return staff.member(username, municipality, Role.ANALYST);
    }

    /**
     * A survey of the municipality's year from the template, with these questions added after the template's,
     * checked and open for answers.
     */
    public Survey fromTemplate(OrganisationId municipality, int year, String titleSv, String titleEn,
                               StaffMember analyst, QuestionInput... added) {
        return opened(municipality, year, titleSv, titleEn, true, analyst, added);
    }

    /** A survey of the municipality's year with only these questions, open for answers. */
    public Survey ofQuestions(OrganisationId municipality, int year, String titleSv, String titleEn,
                              StaffMember analyst, QuestionInput... questions) {
        return opened(municipality, year, titleSv, titleEn, false, analyst, questions);
    }

    private Survey opened(OrganisationId municipality, int year, String titleSv, String titleEn, boolean fromTemplate,
                          StaffMember analyst, QuestionInput... questions) {
        SurveyId id = management.create(municipality, Integer.toString(year), titleSv, titleEn, fromTemplate, analyst)
                .id();
        for (QuestionInput question : questions) {
            assertThat(management.addQuestion(id, question, analyst).problems()).as(question.textSv()).isEmpty();
        }
        if (fromTemplate) {
            management.confirmTemplate(id, analyst);
        }
        management.open(id, analyst);
        return management.survey(id, analyst);
    }

    /** {@code times} residents answer the question at {@code index} with the value, and no other. */
    public void answer(Survey survey, int index, String value, int times) {
        submit(survey, times, Map.of(survey.questions().get(index).id(), List.of(value)), Map.of());
    }

    /**
     * {@code times} residents of the district, the template's first question, answer its second, the late-evening
     * question ("Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll …"), with the step.
     */
    public void answerLateEvening(Survey survey, long district, int step, int times) {
        Map<QuestionId, List<String>> values = new HashMap<>();
        values.put(survey.questions().get(0).id(), List.of(Long.toString(district)));
        values.put(survey.questions().get(1).id(), List.of(Integer.toString(step)));
        submit(survey, times, values, Map.of());
    }

    /** {@code times} residents put a pin on the map of the question at {@code index}, typed as given. */
    public void pin(Survey survey, int index, String latitude, String longitude, int times) {
        submit(survey, times, Map.of(), Map.of(survey.questions().get(index).id(),
                new AnswerForm.Point(latitude, longitude)));
    }

    private void submit(Survey survey, int times, Map<QuestionId, List<String>> values,
                        Map<QuestionId, AnswerForm.Point> points) {
        for (int i = 0; i < times; i++) {
            assertThat(answers.submit(survey.openToken(), new AnswerForm(null, values, points))).isEmpty();
        }
    }
}
