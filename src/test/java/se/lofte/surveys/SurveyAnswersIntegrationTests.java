package se.lofte.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.StaffMember;
import se.lofte.shared.Problem;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/** Residents answering at a survey's link, anonymously, with and without one-time codes from the letters. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyAnswersIntegrationTests {

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    SurveyAnswers answers;
    @Autowired
    JdbcClient jdbc;

    SurveyTown town;
    StaffMember analyst;
    Survey survey;

    @BeforeEach
    void anOpenSurveyFromTheTemplate() {
        town = testSurveys.town();
        analyst = testSurveys.analyst("surveys.enkatby", town.municipality());
        survey = testSurveys.fromTemplate(town.municipality(), TestYears.lagesbild(), "Trygghet", "Safety", analyst,
                TestSurveys.SAFER);
    }

    @Test
    void anAnswerIsStoredWithTheDayOnly() throws Exception {
        String link = "/enkat/" + survey.openToken();
        // That the link sets no cookie is checked through the real server (SessionlessResidentsIntegrationTests): a
        // MockMvc csrf() elsewhere in this shared context swaps the token repository for a session one.
        Document page = html(mvc.perform(get(link)).andExpect(status().isOk()));
        assertThat(page.select("#" + field(0) + " option")).extracting(o -> o.text())
                .containsExactly("Vill inte svara", "Centrum", "Norr", "Söder");
        assertThat(page.select("input[name=" + field(2) + "]")).hasSize(5);
        assertThat(page.select("input[name=kod]")).isEmpty();

        mvc.perform(post(link).with(csrf()).param(field(0), Long.toString(town.north())).param(field(1), "3")
                        .param(field(2), "vet-ej").param(field(13), "Bättre belysning vid Anna Svenssons hus."))
                .andExpect(redirectedUrl(link + "/tack"));

        var response = jdbc.sql("select id, answered_on, area_id from survey_response where survey_id = ?")
                .param(survey.id().value()).query().singleRow();
        assertThat(response.get("area_id")).isEqualTo(town.north());
        assertThat(jdbc.sql("select option_position from survey_answer where question_id = ?")
                .param(question(1).id().value()).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select option_position from survey_answer where question_id = ?")
                .param(question(2).id().value()).query(Integer.class).single()).isEqualTo(-1);
        assertThat(jdbc.sql("select flagged from survey_answer where question_id = ?")
                .param(question(13).id().value()).query(Boolean.class).single()).isTrue();
        assertThat(html(mvc.perform(get(link + "/tack")).andExpect(status().isOk())).select("h1").text())
                .isEqualTo("Tack för dina svar");
    }

    @Test
    void freeTextWithAPersonalIdentityNumberIsRefusedWithEverythingTypedKept() throws Exception {
        String link = "/enkat/" + survey.openToken();
        Document page = html(mvc.perform(post(link).with(csrf()).param(field(1), "2")
                        .param(field(13), "Ring mig, 121212-1212.")).andExpect(status().isUnprocessableContent()));
        assertThat(page.select("#" + field(13) + "-error").text()).contains("personnummer", "121212-1212");
        assertThat(page.select("#" + field(13)).val()).isEqualTo("Ring mig, 121212-1212.");
        assertThat(page.select("#" + field(1) + "-2").hasAttr("checked")).isTrue();
        assertThat(page.select(".error-summary a[href=#" + field(13) + "]")).hasSize(1);
        assertThat(responses()).isZero();

        Document tampered = html(mvc.perform(post(link).with(csrf()).param(field(1), "9").param(field(0), "123456789"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(tampered.select("#" + field(1) + "-error").text()).isEqualTo("Svaret är inte ett av alternativen. Välj igen.");
        assertThat(tampered.select("#" + field(0) + "-error").text()).isEqualTo("Svaret är inte ett av alternativen. Välj igen.");
        assertThat(responses()).isZero();
    }

    @Test
    void oneClientAnswersTheOpenLinkFiftyTimesAnHourThenIsAskedToWaitWithEverythingKept() throws Exception {
        String client = "198.51.100." + (survey.id().value() % 250 + 1);
        for (int i = 0; i < 50; i++) {
            assertThat(answers.submit(survey.openToken(), new AnswerForm(null, Map.of(question(1).id(), List.of("2"))),
                    client)).isEmpty();
        }
        String link = "/enkat/" + survey.openToken();
        Document page = html(mvc.perform(post(link).with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }).param(field(1), "3")).andExpect(status().isTooManyRequests()));
        assertThat(page.text()).contains("Många svar har kommit från din uppkoppling");
        assertThat(page.select("#" + field(1) + "-3").hasAttr("checked")).isTrue();
        assertThat(responses()).isEqualTo(50);
        // Another client is not held back by the first one's answers.
        mvc.perform(post(link).with(csrf()).with(r -> {
            r.setRemoteAddr("203.0.113.9");
            return r;
        }).param(field(1), "3")).andExpect(status().is3xxRedirection());
        assertThat(responses()).isEqualTo(51);
    }

    @Test
    void aOneTimeCodeAnswersOnceAndTheLettersPrintOneAPage() throws Exception {
        assertThat(surveys.makeLetters(survey.id(), "3", analyst).id()).isEqualTo(1);
        List<String> codes = surveys.codes(survey.id(), 1, analyst);
        assertThat(codes).hasSize(3).allMatch(c -> c.matches("[A-HJ-NP-Z2-9]{10}"));
        String link = "/enkat/" + survey.openToken();

        Document withoutCode = html(mvc.perform(post(link).with(csrf()).param(field(1), "1"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(withoutCode.select("#kod-error").text()).startsWith("Koden finns inte");

        String typed = codes.getFirst().substring(0, 5).toLowerCase() + " " + codes.getFirst().substring(5);
        mvc.perform(post(link).with(csrf()).param("kod", typed).param(field(1), "1"))
                .andExpect(redirectedUrl(link + "/tack"));
        Document again = html(mvc.perform(post(link).with(csrf()).param("kod", codes.getFirst()).param(field(1), "2"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(again.select("#kod-error").text()).isEqualTo("Koden har redan använts. Varje kod kan svara en gång.");
        assertThat(again.select("#kod").val()).isEqualTo(codes.getFirst());
        assertThat(responses()).isEqualTo(1);

        byte[] pdf = mvc.perform(as("surveys.enkatby", get("/manage/surveys/" + survey.id() + "/letters/1.pdf")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(OneTimeCodes.printed(codes.get(2)), "/enkat/" + survey.openToken(),
                    "Koden kan användas en gång.", "in English");
        }
        assertThat(surveys.letters(survey.id(), analyst)).containsExactly(new LetterBatch(1, 3, 1));
    }

    @Test
    void twoAnswersWithTheSameCodeAtTheSameMomentStoreOne() throws Exception {
        surveys.makeLetters(survey.id(), "1", analyst);
        String code = surveys.codes(survey.id(), 1, analyst).getFirst();
        var start = new CountDownLatch(1);
        List<Future<List<Problem>>> results = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                Callable<List<Problem>> send = () -> {
                    start.await();
                    return answers.submit(survey.openToken(),
                            new AnswerForm(code, Map.of(question(1).id(), List.of("2"))));
                };
                results.add(threads.submit(send));
            }
            start.countDown();
        }
        long stored = 0;
        for (var result : results) {
            if (result.get().isEmpty()) {
                stored++;
            } else {
                assertThat(result.get()).extracting(Problem::code).containsExactly("surveys.answer.codeUsed");
            }
        }
        assertThat(stored).isEqualTo(1);
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void aDraftHasNoLinkYetAndAClosedSurveySaysSo() throws Exception {
        var draft = surveys.create(town.municipality(), Integer.toString(TestYears.lagesbild()), "Utkast", "Draft", false,
                analyst).id();
        mvc.perform(get("/enkat/" + surveys.survey(draft, analyst).openToken())).andExpect(status().isNotFound());
        mvc.perform(get("/enkat/ingen-sadan")).andExpect(status().isNotFound());

        surveys.close(survey.id(), analyst);
        String link = "/enkat/" + survey.openToken();
        assertThat(html(mvc.perform(get(link)).andExpect(status().isOk())).text())
                .contains("Undersökningen är stängd");
        assertThat(html(mvc.perform(post(link).with(csrf()).param(field(1), "1"))
                .andExpect(status().isUnprocessableContent())).select("main").text())
                .contains("Undersökningen är stängd");
        assertThat(responses()).isZero();
    }

    private Question question(int index) {
        return survey.questions().get(index);
    }

    private String field(int index) {
        return "q" + question(index).id();
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey.id().value())
                .query(Long.class).single();
    }
}
