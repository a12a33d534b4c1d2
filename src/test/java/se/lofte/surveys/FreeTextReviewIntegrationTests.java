package se.lofte.surveys;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * The review queue of free-text answers: flagged ones first; an answer marked read; one chosen as a quote in staff's
 * words while the answer stays as written, a quote with a personal identity number refused; every step audited; and
 * the quote on the public results only once they are published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FreeTextReviewIntegrationTests {

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    SurveyResults results;
    @Autowired
    FreeTextReview review;
    @Autowired
    JdbcClient jdbc;

    StaffMember analyst;
    Survey survey;
    Question text;
    String queue;

    @BeforeEach
    void aSurveyWithTwoFreeTextAnswers() {
        var town = testSurveys.town();
        analyst = testSurveys.analyst("surveys.citatby", town.municipality());
        survey = testSurveys.ofQuestions(town.municipality(), TestYears.lagesbild(), "Fritext", "Free text", analyst,
                TestSurveys.SAFER);
        text = survey.questions().getFirst();
        queue = "/manage/surveys/" + survey.id() + "/free-text";
        testSurveys.answer(survey, 0, "Fler vuxna ute på kvällarna vid torget.", 1);
        testSurveys.answer(survey, 0, "Bättre belysning på gångvägen, ring Anna Svensson på 070-123 45 67 om det.", 1);
    }

    @Test
    void flaggedAnswersComeFirstAndOneIsMarkedRead() throws Exception {
        List<FreeTextAnswer> queued = review.queue(survey.id(), analyst);
        assertThat(queued).extracting(FreeTextAnswer::flagged).containsExactly(true, false);
        assertThat(queued.getFirst().text()).startsWith("Bättre belysning");

        Document page = html(mvc.perform(as("surveys.citatby", get(queue))).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Fritextsvar: Fritext");
        assertThat(page.select("ol.report-list > li").first().text()).contains("Kan innehålla namn eller telefonnummer",
                "Inte granskat");
        assertThat(html(mvc.perform(as("surveys.citatby", get(queue + "?lang=en"))).andExpect(status().isOk()))
                .select("ol.report-list > li").first().text()).contains("May hold a name or phone number");

        String plain = queued.get(1).key();
        mvc.perform(as("surveys.citatby", post(queue + "/" + plain + "/reviewed"))).andExpect(redirectedUrl(queue));
        assertThat(review.queue(survey.id(), analyst).get(1).reviewed()).isTrue();
        assertThat(review.queue(survey.id(), analyst).getFirst().reviewed()).isFalse();
        assertThat(audited("text_reviewed")).isEqualTo(1);
        mvc.perform(as("surveys.citatby", post(queue + "/999999999-" + text.id() + "/reviewed")))
                .andExpect(status().isNotFound());
        mvc.perform(as("surveys.citatby", post(queue + "/nonsense/reviewed"))).andExpect(status().isNotFound());
    }

    @Test
    void aQuoteIsPublishedInStaffsWordsWithTheAnswerKeptAndNeverWithAPersonalIdentityNumber() throws Exception {
        String flagged = review.queue(survey.id(), analyst).getFirst().key();

        Document refused = html(mvc.perform(as("surveys.citatby", post(queue + "/" + flagged + "/quote")
                .param("quote", "Bättre belysning, sa 19121212-1212."))).andExpect(status().isOk()));
        assertThat(refused.select("#quote-" + flagged + "-error").text()).contains("personnummer", "19121212-1212");
        assertThat(refused.select("#quote-" + flagged).val()).isEqualTo("Bättre belysning, sa 19121212-1212.");
        assertThat(refused.select(".error-summary a[href=#quote-" + flagged + "]")).hasSize(1);
        Document empty = html(mvc.perform(as("surveys.citatby", post(queue + "/" + flagged + "/quote").param("quote", " ")))
                .andExpect(status().isOk()));
        assertThat(empty.select("#quote-" + flagged + "-error").text()).isEqualTo("Skriv citatet.");
        assertThat(review.queue(survey.id(), analyst).getFirst().quote()).isNull();

        mvc.perform(as("surveys.citatby", post(queue + "/" + flagged + "/quote")
                .param("quote", "Bättre belysning på gångvägen."))).andExpect(redirectedUrl(queue));
        FreeTextAnswer quoted = review.queue(survey.id(), analyst).getFirst();
        assertThat(quoted.quote()).isEqualTo("Bättre belysning på gångvägen.");
        assertThat(quoted.reviewed()).isTrue();
        assertThat(quoted.text()).as("the answer as written").contains("Anna Svensson");
        assertThat(audited("quote_chosen")).isEqualTo(1);
        assertThat(jdbc.sql("select after_json from audit_event where subject_type = 'survey' and subject_id = ?"
                        + " and action = 'quote_chosen'").param(survey.id().toString()).query(String.class).single())
                .contains("Bättre belysning på gångvägen.").doesNotContain("Anna");

        String publicPage = "/kommun/enkatby/trygghetsundersokning/" + survey.year();
        mvc.perform(get(publicPage)).andExpect(status().isNotFound());
        results.publish(survey.id(), true, analyst);
        Document published = html(mvc.perform(get(publicPage)).andExpect(status().isOk()));
        assertThat(published.select("figure.survey-quote blockquote").eachText())
                .containsExactly("Bättre belysning på gångvägen.");
        assertThat(published.select("figure.survey-quote figcaption").text())
                .isEqualTo("Svar på fråga 1: Vad skulle göra dig tryggare?");
        assertThat(published.text()).doesNotContain("Anna Svensson", "Fler vuxna");

        mvc.perform(as("surveys.citatby", post(queue + "/" + flagged + "/reviewed"))).andExpect(redirectedUrl(queue));
        assertThat(audited("quote_removed")).isEqualTo(1);
        assertThat(html(mvc.perform(get(publicPage)).andExpect(status().isOk())).select("figure.survey-quote")).isEmpty();
    }

    @Test
    void staffOfAnotherMunicipalityMayNotReviewTheAnswers() throws Exception {
        staff.member("surveys.grannby", staff.municipality("amal"), Role.ANALYST);
        mvc.perform(as("surveys.grannby", get(queue))).andExpect(status().isForbidden());
        String key = review.queue(survey.id(), analyst).getFirst().key();
        mvc.perform(as("surveys.grannby", post(queue + "/" + key + "/quote").param("quote", "Något")))
                .andExpect(status().isForbidden());
        assertThat(review.queue(survey.id(), analyst).getFirst().quote()).isNull();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'survey' and subject_id = ? and action = ?")
                .params(survey.id().toString(), action).query(Long.class).single();
    }
}
