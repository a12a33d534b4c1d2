package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.situation.Lagesbilder;
import se.lofte.surveys.Survey;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.surveys.SurveyBrowserSteps.analystOpens;
import static se.lofte.surveys.SurveyBrowserSteps.inEnglishToo;

/**
 * A survey question pinned in Chromium from the staff results page with "Fäst i lägesbilden", then the staff
 * lägesbild and the public one with the pin, its small cells hidden: every page passes axe, in Swedish and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyPinBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();

    @Autowired
    SurveyResults results;
    @Autowired
    Lagesbilder lagesbilder;

    @Test
    void aPinnedSurveyQuestionOnTheStaffAndPublicLagesbildPassesAxe() {
        int year = TestYears.importableRow(1);
        var town = testSurveys.town();
        var municipality = lagesbilder.municipality(town.municipality().value()).orElseThrow();
        var analyst = testSurveys.analyst("surveypin.tjanst", town.municipality());
        Survey survey = testSurveys.fromTemplate(town.municipality(), year, "Trygghet " + year, "Safety " + year,
                analyst);
        testSurveys.answerLateEvening(survey, town.north(), 1, 5);
        testSurveys.answerLateEvening(survey, town.north(), 2, 6);
        testSurveys.answerLateEvening(survey, town.north(), 3, 1);
        results.publish(survey.id(), true, analyst);

        analystOpens(browser, "surveypin.webb", town.municipality(), "/manage/surveys/" + survey.id() + "/results");
        browser.byId("year").clear();
        browser.type("year", "20x6");
        browser.click("form[action$='/results/pin'] button[type=submit]");
        assertThat(browser.text("#year-error")).isEqualTo("Skriv ett år mellan 1990 och 2200.");
        assertThat(browser.byId("year").getDomProperty("value")).isEqualTo("20x6");
        Axe.assertNoViolations(browser.driver());
        browser.byId("year").clear();
        browser.type("year", Integer.toString(year));
        browser.type("title", "Trygghet sen kväll");
        browser.click("form[action$='/results/pin'] button[type=submit]");
        assertThat(browser.text(".alert-success")).isEqualTo("Fäst i lägesbilden.");
        assertThat(browser.text("article.pin h3")).isEqualTo("Trygghet sen kväll");
        assertThat(browser.text("article.pin table")).contains("färre än 5");
        Axe.assertNoViolations(browser.driver());
        inEnglishToo(browser);

        var document = lagesbilder.read(municipality, year, analyst);
        lagesbilder.save(municipality, year, document.version(), "Tryggheten sent på kvällen.", true, analyst);
        browser.driver().manage().deleteAllCookies();
        browser.open(browser.url("/kommun/" + municipality.slug() + "/lagesbild/" + year));
        assertThat(browser.text("article.pin table caption")).endsWith("(trygghetsundersökning " + year + ")");
        assertThat(browser.text("article.pin table")).contains("färre än 5");
        Axe.assertNoViolations(browser.driver());
        inEnglishToo(browser);
    }
}
