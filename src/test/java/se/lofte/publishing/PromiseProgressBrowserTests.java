package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.measures.MeasurePlace;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PublishedRevision;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.MovableClock;
import se.lofte.testing.OneConnection;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise page with its progress, its survey results linked, and the widget, in Chromium: accessible in Swedish
 * and English.
 */
@BrowserTest
@OneConnection
@Import(MovableClock.Config.class)
class PromiseProgressBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Value("${lofte.base-url}")
    String site;
    @Autowired
    MovableClock clock;
    @Autowired
    ProgressManagement progress;
    @Autowired
    SurveyResults results;
    @Autowired
    TestStaff staff;

    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();

    static boolean seeded;

    @BeforeEach
    void theSeedPromiseWithProgress() {
        if (seeded) {
            return;
        }
        PublishedRevision seed = fixtures.seed();
        clock.setDay(LocalDate.of(2019, 11, 20));
        fixtures.count(seed, "1", LocalDate.of(2019, 9, 20));
        fixtures.count(seed, "3", LocalDate.of(2019, 11, 18));
        fixtures.logTrafficControl(seed, LocalDate.of(2019, 11, 19),
                "Hastighetskontroller på Storgatan under eftermiddagen.", MeasurePlace.nowhere(), false, null);
        fixtures.logTrafficControl(seed, LocalDate.of(2019, 11, 19), "Kontroll som publiceras senare.",
                MeasurePlace.nowhere(), false, LocalDate.of(2019, 12, 31));
        fixtures.publishUpdate(seed, UpdateKind.PROGRESS, "Fler kontroller vid Sågudden",
                "Polisen har gjort tre trafikkontroller vid Sågudden under hösten.");
        fixtures.publishUpdate(seed, UpdateKind.NOT_DONE, "Trygghetsvandringen blev inställd",
                "För få anmälde sig. Vi gör ett nytt försök i vår.");
        seeded = true;
    }

    @Test
    void thePromisePageWithProgressHasNoViolationsInSwedishOrEnglish() {
        browser.open(browser.url(ProgressFixtures.SEED + "?lang=sv"));
        var page = browser.driver();
        assertThat(page.findElement(By.cssSelector(".goal-value")).getText()).startsWith("3 av minst 5 individer");
        // Three of five with six weeks left is behind the pace to the deadline.
        assertThat(page.findElement(By.cssSelector(".goal-status strong")).getText()).isEqualTo("i fara");
        assertThat(page.findElements(By.cssSelector("svg.goal-chart"))).hasSize(1);
        Axe.assertNoViolations(page);
        screenshots("progress-goal", "goals");
        screenshots("progress-measures", "commitments");
        screenshots("progress-updates", "follow");
        page.findElement(By.cssSelector("details.embed summary")).click();
        Axe.assertNoViolations(page);

        browser.open(browser.url(ProgressFixtures.SEED + "?lang=en"));
        assertThat(page.findElement(By.cssSelector(".goal-status strong")).getText()).isEqualTo("at risk");
        Axe.assertNoViolations(page);
        screenshots("progress-goal-en", "goals");
    }

    @Test
    void theWidgetHasNoViolationsAndLinksToTheWholePage() {
        browser.open(browser.url(ProgressFixtures.WIDGET + "?lang=sv"));
        var page = browser.driver();
        Axe.assertNoViolations(page);
        browser.screenshots("widget");
        var more = page.findElement(By.cssSelector(".lofte-more a"));
        assertThat(more.getAttribute("target")).isEqualTo("_top");
        assertThat(more.getAttribute("href")).isEqualTo(site + ProgressFixtures.SEED);

        browser.open(browser.url(ProgressFixtures.WIDGET + "?lang=en"));
        Axe.assertNoViolations(page);
    }

    @Test
    void aNewPromiseWhoseMeasuringHasNotStartedHasNoViolations() {
        var promise = promises.publish(c -> c);
        assertThat(progress.chooseIndicator(promise.id(), "g1", "manual", Map.of(),
                ProgressFixtures.editor(promises.latest(promise.id())))).isEmpty();
        Reactions.settle(jdbc);
        var page = browser.driver();
        for (String lang : List.of("sv", "en")) {
            browser.open(browser.url(promise.path() + "?lang=" + lang));
            assertThat(page.findElement(By.cssSelector(".goal-status strong")).getText())
                    .isEqualTo(lang.equals("sv") ? "mätningen har inte börjat" : "measuring has not started");
            assertThat(page.findElements(By.cssSelector("progress.goal-bar, svg.goal-chart"))).isEmpty();
            Axe.assertNoViolations(page);
            screenshots("progress-goal-not-yet-measured-" + lang, "goals");
            browser.open(browser.url("/widget" + promise.path() + "?lang=" + lang));
            Axe.assertNoViolations(page);
        }
        browser.screenshot("widget-not-yet-measured-phone", Browser.PHONE);
    }

    @Test
    void thePromisePageWithItsSurveyResultsLinkedHasNoViolations() {
        var promise = promises.publish(c -> c);
        var bengtsfors = staff.municipality("bengtsfors");
        var analyst = testSurveys.analyst("surveys.bengtsfors", bengtsfors);
        var survey = testSurveys.fromTemplate(bengtsfors, promise.year() - 1, "Trygghet", "Safety", analyst);
        results.publish(survey.id(), true, analyst);
        var page = browser.driver();
        for (String lang : List.of("sv", "en")) {
            browser.open(browser.url(promise.path() + "?lang=" + lang));
            assertThat(page.findElement(By.cssSelector("a[href='/kommun/bengtsfors/trygghetsundersokning/"
                    + (promise.year() - 1) + "']")).isDisplayed()).isTrue();
            Axe.assertNoViolations(page);
        }
        screenshots("promise-survey-link", "surveys-behind");
    }

    private void screenshots(String name, String section) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
        browser.screenshot(name + "-desktop", Browser.DESKTOP);
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
        browser.screenshot(name + "-phone", Browser.PHONE);
    }
}
