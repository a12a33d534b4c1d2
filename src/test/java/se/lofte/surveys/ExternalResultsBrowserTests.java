package se.lofte.surveys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.surveys.SurveyBrowserSteps.analystOpens;
import static se.lofte.surveys.SurveyBrowserSteps.inEnglishToo;

/**
 * Another survey's results imported in Chromium: the staff page with its form, with a refused file's problems, and
 * with the example file imported; then the public results page with them beside the municipality's own. Every page
 * passes axe, in Swedish and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalResultsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();

    @Autowired
    SurveyResults results;

    @Test
    void theExampleFileIsImportedAndShownBesideThePublishedResults() throws Exception {
        var town = testSurveys.town();
        int year = TestYears.lagesbild();
        analystOpens(browser, "extern.webb", town.municipality(), "/manage/surveys/external");
        inEnglishToo(browser);

        Path bad = Files.createTempFile("tu-fel", ".csv");
        Files.writeString(bad, "fråga;svarsalternativ;antal;svarande\nFråga;Ja;tio;50\n", StandardCharsets.UTF_8);
        fillIn(year, bad);
        assertThat(browser.text("#file-problems li")).isEqualTo("Rad 2, kolumn antal: Skriv ett heltal, inte tio.");
        Axe.assertNoViolations(browser.driver());
        Files.delete(bad);

        fillIn(year, Path.of("src/main/resources/static/surveys/externa-resultat-exempel.csv").toAbsolutePath());
        assertThat(browser.text(".alert-success")).isEqualTo("Resultaten är importerade.");
        assertThat(browser.driver().findElements(By.cssSelector("table.survey-external"))).hasSize(3);
        Axe.assertNoViolations(browser.driver());
        inEnglishToo(browser);

        var analyst = testSurveys.analyst("extern.webb", town.municipality());
        Survey survey = testSurveys.fromTemplate(town.municipality(), year, "Enkät " + year, "Survey " + year, analyst);
        results.publish(survey.id(), true, analyst);
        browser.driver().manage().deleteAllCookies();
        browser.open(browser.url("/kommun/enkatby/trygghetsundersokning/" + year));
        // Late evening and litter under the survey's own questions, the question without a key in its own table.
        assertThat(browser.driver().findElements(By.cssSelector("table.survey-external"))).hasSize(3);
        assertThat(browser.text("#external-results")).isEqualTo("Andra undersökningar");
        Axe.assertNoViolations(browser.driver());
        inEnglishToo(browser);
    }

    /** The form as a person fills it in, again after a refusal: what it shows again is typed anew. */
    private void fillIn(int year, Path file) {
        browser.byId("source").clear();
        browser.byId("year").clear();
        browser.type("source", "Polisens trygghetsundersökning");
        browser.type("year", Integer.toString(year));
        browser.byId("file").sendKeys(file.toString());
        browser.clickAndWait(By.cssSelector("form[action='/manage/surveys/external'] button[type=submit]"));
    }
}
