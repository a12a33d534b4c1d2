package se.lofte.surveys;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey with a map question and a free-text question in Chromium: a resident puts a pin on the map (drawn with
 * no tiles, as without network) and another takes the pin away and chooses a district instead; the analyst sees the
 * staff map of the pins and reviews the free text, choosing a quote. The answer page, the results with their map and
 * the review queue pass axe in Swedish and English.
 */
@MapBrowserTest
class SurveyMapBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPinOnTheMapAndADistrictInsteadAreAnsweredAndStaffSeeTheMapAndReviewTheFreeText() {
        var town = testSurveys.town();
        StaffMember analyst = testSurveys.analyst("kart.byggare", town.municipality());
        Survey survey = testSurveys.ofQuestions(town.municipality(), TestYears.lagesbild(), "Otrygga platser",
                "Unsafe places", analyst, TestSurveys.UNSAFE_PLACE, new QuestionInput("FREE_TEXT",
                        "Vad skulle göra platsen tryggare?", "What would make the place safer?", "", ""));
        String field = "q" + survey.questions().getFirst().id();
        String text = "q" + survey.questions().get(1).id();
        String link = "/enkat/" + survey.openToken();
        browser.driver().manage().window().setSize(Browser.DESKTOP);

        browser.open(browser.url(link));
        WebElement map = waitForTheMap(field);
        Axe.assertNoViolations(browser.driver());
        // The middle of the map is the middle of Enkätby's districts, 59.015° N 12.05° E: in Norr.
        new Actions(browser.driver()).moveToElement(map).click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id(field + "-lat")).getDomProperty("value").isEmpty());
        assertThat(browser.byId(field + "-status").getText()).isEqualTo("En nål är satt på kartan.");
        assertThat(browser.driver().findElements(By.cssSelector("#" + field + "-map .leaflet-marker-icon"))).hasSize(1);
        Axe.assertNoViolations(browser.driver());
        browser.byId(text).sendKeys("Mer ljus vid torget, säger Anna Svensson.");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Tack för dina svar");

        browser.open(browser.url(link + "?lang=en"));
        map = waitForTheMap(field);
        Axe.assertNoViolations(browser.driver());
        new Actions(browser.driver()).moveToElement(map).click().perform();
        browser.byId(field + "-clear").click();
        assertThat(browser.byId(field + "-lat").getDomProperty("value")).isEmpty();
        assertThat(browser.byId(field + "-clear").isDisplayed()).isFalse();
        new Select(browser.byId(field)).selectByVisibleText("Söder");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.text("h1")).isEqualTo("Thank you for your answers");
        browser.open(browser.url(link + "?lang=sv"));

        var stored = jdbc.sql("select a.area_id, a.latitude from survey_answer a join survey_response r"
                        + " on r.id = a.response_id where a.question_id = ? order by r.id")
                .param(survey.questions().getFirst().id().value()).query().listOfRows();
        assertThat(stored).extracting(r -> r.get("area_id")).containsExactly(town.north(), town.south());
        assertThat(((Number) stored.getFirst().get("latitude")).doubleValue()).isBetween(59.014, 59.016);
        assertThat(stored.get(1).get("latitude")).isNull();
        // Four more pins in the first one's cell: the staff map shows a cell of five.
        double latitude = ((Number) stored.getFirst().get("latitude")).doubleValue();
        double longitude = jdbc.sql("select longitude from survey_answer where question_id = ?"
                        + " and latitude is not null").param(survey.questions().getFirst().id().value())
                .query(Double.class).single();
        testSurveys.pin(survey, 0, Double.toString(latitude), Double.toString(longitude), 4);

        browser.signInAsStaff("kart.analytiker", town.municipality(), Role.ANALYST);
        browser.open(browser.url("/manage/surveys/" + survey.id() + "/results"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> !d.findElements(
                By.cssSelector("[data-survey-cells].leaflet-container path")).isEmpty());
        Axe.assertNoViolations(browser.driver());
        inEnglishToo();

        browser.open(browser.url("/manage/surveys/" + survey.id() + "/free-text"));
        assertThat(browser.text("ol.report-list > li")).contains("Kan innehålla namn eller telefonnummer");
        Axe.assertNoViolations(browser.driver());
        inEnglishToo();
        var quote = browser.driver().findElement(By.cssSelector("ol.report-list textarea"));
        quote.clear();
        quote.sendKeys("Mer ljus vid torget, 121212-1212.");
        browser.clickAndWait(By.cssSelector("form[action$='/quote'] button"));
        assertThat(browser.text(".error-summary")).contains("personnummer");
        Axe.assertNoViolations(browser.driver());
        quote = browser.driver().findElement(By.cssSelector("ol.report-list textarea"));
        quote.clear();
        quote.sendKeys("Mer ljus vid torget.");
        browser.clickAndWait(By.cssSelector("form[action$='/quote'] button"));
        assertThat(browser.text(".alert-success")).startsWith("Citatet är sparat.");
        Axe.assertNoViolations(browser.driver());
        assertThat(browser.text("ol.report-list > li")).contains("Granskat", "Valt som citat", "Mer ljus vid torget.");
    }

    /** Leaflet draws the map of the question (no tiles load) and it is shown. */
    private static WebElement waitForTheMap(String field) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#" + field + "-map.leaflet-container")).isEmpty());
        WebElement map = browser.byId(field + "-map");
        assertThat(map.isDisplayed()).isTrue();
        return map;
    }

    /** The page open now passes axe in English as well; it is left in Swedish again. */
    private static void inEnglishToo() {
        String page = browser.driver().getCurrentUrl().replaceAll("[?#].*", "");
        browser.open(page + "?lang=en");
        Axe.assertNoViolations(browser.driver());
        browser.open(page + "?lang=sv");
    }
}
