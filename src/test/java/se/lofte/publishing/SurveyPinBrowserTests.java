package se.lofte.publishing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisations;
import se.lofte.situation.Lagesbilder;
import se.lofte.surveys.AnswerForm;
import se.lofte.surveys.Survey;
import se.lofte.surveys.SurveyAnswers;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.SurveyTown;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey question pinned in Chromium from the staff results page with "Fäst i lägesbilden", then the staff
 * lägesbild and the public one with the pin, its small cells hidden: every page passes axe, in Swedish and English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyPinBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    SurveyAnswers answers;
    @Autowired
    SurveyResults results;
    @Autowired
    Lagesbilder lagesbilder;
    @Autowired
    TestStaff staff;

    @Test
    void aPinnedSurveyQuestionOnTheStaffAndPublicLagesbildPassesAxe() {
        int year = TestYears.importableRow(1);
        var town = SurveyTown.in(organisations, jdbc);
        var municipality = lagesbilder.municipality(town.municipality().value()).orElseThrow();
        var analyst = staff.member("surveypin.tjanst", town.municipality(), Role.ANALYST);
        var id = surveys.create(town.municipality(), Integer.toString(year), "Trygghet " + year, "Safety " + year, true,
                analyst).id();
        surveys.confirmTemplate(id, analyst);
        surveys.open(id, analyst);
        Survey survey = surveys.survey(id, analyst);
        for (String step : List.of("1", "1", "1", "1", "1", "2", "2", "2", "2", "2", "2", "3")) {
            assertThat(answers.submit(survey.openToken(), new AnswerForm(null, Map.of(survey.questions().get(0).id(),
                    List.of(Long.toString(town.north())), survey.questions().get(1).id(), List.of(step))))).isEmpty();
        }
        results.publish(id, true, analyst);

        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.signInAsStaff("surveypin.webb", town.municipality(), Role.ANALYST);
        browser.open(browser.url("/manage/surveys/" + id + "/results"));
        Axe.assertNoViolations(browser.driver());
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
        inEnglishToo();

        var document = lagesbilder.read(municipality, year, analyst);
        lagesbilder.save(municipality, year, document.version(), "Tryggheten sent på kvällen.", true, analyst);
        browser.driver().manage().deleteAllCookies();
        browser.open(browser.url("/kommun/" + municipality.slug() + "/lagesbild/" + year));
        assertThat(browser.text("article.pin table caption")).endsWith("(trygghetsundersökning " + year + ")");
        assertThat(browser.text("article.pin table")).contains("färre än 5");
        Axe.assertNoViolations(browser.driver());
        inEnglishToo();
    }

    private void inEnglishToo() {
        String page = browser.driver().getCurrentUrl().replaceAll("[?#].*", "");
        browser.open(page + "?lang=en");
        Axe.assertNoViolations(browser.driver());
        browser.open(page + "?lang=sv");
    }
}
