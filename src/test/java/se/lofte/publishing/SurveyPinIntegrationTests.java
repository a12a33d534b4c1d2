package se.lofte.publishing;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.Lagesbilder;
import se.lofte.surveys.Survey;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.SurveyTown;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * A safety survey question pinned in the lägesbild from the staff results page: drawn on the staff lägesbild and on
 * the public page as the public results page draws it (small cells and a small district hidden, the change from the
 * year before), and on neither while the results are not published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPinIntegrationTests {

    private static final String FEWER = "färre än 5";

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyResults results;
    @Autowired
    Lagesbilder lagesbilder;
    @Autowired
    TestStaff staff;

    SurveyTown town;
    Organisation municipality;
    StaffMember analyst;

    @BeforeEach
    void enkatbyAndItsAnalyst() {
        town = testSurveys.town();
        municipality = lagesbilder.municipality(town.municipality().value()).orElseThrow();
        analyst = testSurveys.analyst("surveypin.analytiker", town.municipality());
        staff.member("surveypin.lasare", town.municipality(), Role.VIEWER);
    }

    @Test
    void aPinnedQuestionIsShownSuppressedOnStaffAndPublicPagesOnlyWhilePublished() throws Exception {
        int year = TestYears.importableRow(2) + 1;
        Survey before = opened(year - 1);
        testSurveys.answerLateEvening(before, town.north(), 1, 5);
        testSurveys.answerLateEvening(before, town.north(), 2, 5);
        // Norr: 6 and 6, shown; Söder: 2 answers, fewer than the minimum, so its column shows nothing; overall the 2 of
        // the third step are hidden, and with them the smallest other cell, which would give them away.
        Survey survey = opened(year);
        testSurveys.answerLateEvening(survey, town.north(), 1, 6);
        testSurveys.answerLateEvening(survey, town.north(), 2, 6);
        testSurveys.answerLateEvening(survey, town.south(), 3, 2);
        assertThat(before.year()).isEqualTo(year - 1);
        String lateEvening = survey.questions().get(1).id().toString();
        String lagesbild = "/manage/situation/lagesbild/" + municipality.id().value() + "/" + year;

        mvc.perform(as("surveypin.analytiker", post("/manage/surveys/" + survey.id() + "/results/pin")).with(csrf())
                        .param("question", lateEvening).param("year", Integer.toString(year))
                        .param("title", "Trygghet sen kväll"))
                .andExpect(redirectedUrl(lagesbild + "#pins"));
        LagesbildDocument document = lagesbilder.read(municipality, year, analyst);
        assertThat(document.pins()).extracting(p -> p.kind(), p -> p.title())
                .containsExactly(tuple("SURVEY_RESULT", "Trygghet sen kväll"));
        lagesbilder.save(municipality, year, document.version(), "Analysen.", true, analyst);
        String publicPage = "/kommun/" + municipality.slug() + "/lagesbild/" + year;

        Element unpublished = pin(html(mvc.perform(as("surveypin.analytiker", get(lagesbild))).andExpect(status().isOk())));
        assertThat(unpublished.select("table")).isEmpty();
        assertThat(unpublished.text()).contains("Resultaten av trygghetsundersökningen är inte publicerade");
        Element publicUnpublished = pin(html(mvc.perform(get(publicPage)).andExpect(status().isOk())));
        assertThat(publicUnpublished.select("table")).isEmpty();
        assertThat(publicUnpublished.text()).contains("inte publicerade");

        results.publish(survey.id(), true, analyst);
        Document resultsPage = html(mvc.perform(get("/kommun/" + municipality.slug() + "/trygghetsundersokning/" + year))
                .andExpect(status().isOk()));
        Element published = resultsPage.select("table.survey-result").stream()
                .filter(t -> t.select("caption").text().startsWith("2. ")).findFirst().orElseThrow();
        for (Element shown : List.of(
                pin(html(mvc.perform(as("surveypin.analytiker", get(lagesbild))).andExpect(status().isOk()))),
                pin(html(mvc.perform(get(publicPage)).andExpect(status().isOk()))))) {
            Element table = shown.selectFirst("table");
            assertThat(table.select("caption").text()).startsWith("Hur trygg eller otrygg känner du dig")
                    .endsWith("(trygghetsundersökning " + year + ")");
            assertThat(table.select("thead th").eachText()).contains("Alla (n = 14)", "Norr (n = 12)",
                    "Söder (n = " + FEWER + ")", "Förändring sedan " + (year - 1) + ", procentenheter");
            // The very cells of the published results, row by row: the same suppression, nothing more.
            assertThat(table.select("tbody tr").eachText()).isEqualTo(published.select("tbody tr").eachText());
            assertThat(table.select("tbody td").eachText()).contains(FEWER).doesNotContain("2", "2 %");
            assertThat(table.select("tbody tr").first().select("td").eachText()).contains("50 % (25–75 %)");
            // The drawing beside the table: a bar for each overall share shown, none for a hidden one.
            Element chart = shown.selectFirst("svg.chart[role=img]");
            assertThat(chart.select("title").text()).isEqualTo(table.select("caption").text());
            assertThat(chart.select("desc").text()).contains("Ganska trygg: 43 % (21–67 %)", "Mycket trygg: " + FEWER);
            assertThat(chart.select("rect.bar")).hasSize(3);
            assertThat(shown.select("a[href=/kommun/" + municipality.slug() + "/trygghetsundersokning/" + year + "]"))
                    .hasSize(1);
        }
        Element english = pin(html(mvc.perform(get(publicPage).cookie(new Cookie("lofte-lang", "en")))
                .andExpect(status().isOk())));
        assertThat(english.select("caption").text()).endsWith("(safety survey " + year + ")");
        assertThat(english.select("thead th").eachText()).contains("All (n = 14)", "Söder (n = fewer than 5)");

        results.publish(survey.id(), false, analyst);
        Element withdrawn = pin(html(mvc.perform(get(publicPage)).andExpect(status().isOk())));
        assertThat(withdrawn.select("table")).isEmpty();
        assertThat(withdrawn.text()).contains("inte publicerade");
    }

    @Test
    void aPinWithAQuestionOrYearThatIsNotOneIsRefusedOnTheFieldAndOnlyLagesbildEditorsPin() throws Exception {
        int year = TestYears.importableRow(1);
        Survey survey = opened(year);
        testSurveys.answerLateEvening(survey, town.north(), 1, 1);
        String results = "/manage/surveys/" + survey.id() + "/results";

        mvc.perform(as("surveypin.analytiker", post(results + "/pin")).with(csrf()).param("question", "x")
                        .param("year", "20x6").param("title", ""))
                .andExpect(redirectedUrl(results + "#pin")).andExpect(flash().attributeExists("pinProblems"));
        // The free-text question has no results to pin.
        String freeText = survey.questions().stream().filter(q -> !q.kind().hasOptions()).findFirst().orElseThrow()
                .id().toString();
        var refused = mvc.perform(as("surveypin.analytiker", post(results + "/pin")).with(csrf())
                        .param("question", freeText).param("year", "1989"))
                .andExpect(redirectedUrl(results + "#pin")).andReturn();
        // Back to the form with the problems on their fields and what was typed (the browser test shows them).
        assertThat(refused.getFlashMap().get("pinProblems")).asList().extracting("field", "code").containsExactly(
                tuple("question", "surveys.pin.error.question"), tuple("year", "surveys.pin.error.year"));
        assertThat(refused.getFlashMap().get("pinYear")).isEqualTo("1989");
        assertThat(lagesbilder.read(municipality, year, analyst).pins()).isEmpty();

        mvc.perform(as("surveypin.lasare", post(results + "/pin")).with(csrf())
                        .param("question", survey.questions().get(1).id().toString()).param("year", Integer.toString(year)))
                .andExpect(status().isForbidden());
        assertThat(lagesbilder.read(municipality, year, analyst).pins()).isEmpty();
    }

    /** An open survey of the year from the template, with a free-text question after the template's. */
    private Survey opened(int year) {
        return testSurveys.fromTemplate(town.municipality(), year, "Trygghet " + year, "Safety " + year, analyst,
                TestSurveys.SAFER);
    }

    private static Element pin(Document page) {
        Element pin = page.selectFirst("article.pin");
        assertThat(pin).as("the pinned survey question").isNotNull();
        return pin;
    }
}
