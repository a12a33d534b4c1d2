package se.lofte.followup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import se.lofte.accounts.Role;
import se.lofte.promises.PromiseId;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two staff, one of each party, follow up a promise made here (a goal counted from its measures, and measures
 * logged) in Chromium without JavaScript help: a goal not reached with its reason, a refused save that keeps what
 * was typed, publishing refused until both parties have signed, then the follow-up on the public promise page and in
 * its feed. Every page on the way passes axe; the public page fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class FollowUpBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();

    @Autowired
    MovableClock clock;

    @Test
    void theTwoPartiesFollowUpAPromiseTogetherAndPublishIt() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 1, 5));
        PromiseId id = fixtures.published(year);
        clock.setDay(LocalDate.of(year, 3, 1));
        fixtures.measure(id, LocalDate.of(year, 2, 10), "20");
        fixtures.measure(id, LocalDate.of(year, 2, 20), "25");
        clock.setDay(LocalDate.of(year, 12, 20));

        browser.signInAsStaff("followup.browser.polis", fixtures.police().id(), Role.EDITOR, Role.SIGNATORY);
        browser.open(browser.url("/manage/promises/" + id));
        browser.clickAndWait(By.linkText("Gemensam uppföljning"));
        assertThat(text()).contains("Ingen uppföljning är påbörjad än.");
        Axe.assertNoViolations(browser.driver());
        new Select(browser.byId("year")).selectByVisibleText(Integer.toString(year));
        browser.byCss("input[name=kind][value=YEAR_END]").click();
        browser.clickAndWait(By.cssSelector("form[action$='/followups'] button"));
        assertThat(text()).contains("Uppföljningen är påbörjad", "Helårsuppföljning " + year,
                "Värde: 45 fordon kontrollerade", "Insatser under perioden: 2 (45 fordon kontrollerade).");
        Axe.assertNoViolations(browser.driver());

        verdict(0, "Uppfyllt");
        verdict(1, "Uppfyllt");
        verdict(2, "Ej uppfyllt");
        verdict(3, "Uppfyllt");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text("#error-summary")).contains("Mål 1: Välj en orsak",
                "Mål 1: Skriv en förklaring till invånarna");
        assertThat(new Select(browser.byId("rows-2-verdict")).getFirstSelectedOption().getText()).isEqualTo("Ej uppfyllt");
        assertThat(new Select(browser.byId("rows-3-verdict")).getFirstSelectedOption().getText()).isEqualTo("Uppfyllt");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("followup-refused");

        new Select(browser.byId("rows-2-reason")).selectByVisibleText("Resurser");
        browser.type("rows-2-explanation", "Färre poliser än planerat under hösten.");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(text()).contains("Bedömningarna är sparade.");
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för LPO Östra Fyrbodal']"));
        assertThat(text()).contains("Uppföljningen är undertecknad.");
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(text()).contains("kan inte publiceras förrän alla parter har undertecknat. Saknas: Bengtsfors kommun.");
        Axe.assertNoViolations(browser.driver());
        String followUp = browser.driver().getCurrentUrl();

        browser.driver().manage().deleteAllCookies();
        browser.signInAsStaff("followup.browser.kommun", fixtures.municipality().id(), Role.EDITOR, Role.SIGNATORY);
        browser.open(followUp);
        assertThat(new Select(browser.byId("rows-2-reason")).getFirstSelectedOption().getText()).isEqualTo("Resurser");
        browser.clickAndWait(By.xpath("//button[text()='Underteckna för Bengtsfors kommun']"));
        browser.byId("publisherName").clear();
        browser.type("publisherName", "Bengtsfors kommun");
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(text()).contains("Uppföljningen är publicerad på löftets sida.", "Publicerad som version 2");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("followup-staff");

        String page = "/kommun/bengtsfors/medborgarlofte/" + year;
        browser.open(browser.url(page));
        assertThat(browser.text(".followup-totals")).contains("Uppföljning: 1 av 2 mål nådda");
        assertThat(text()).contains("Helårsuppföljning " + year + ": Ej uppfyllt", "Orsak: Resurser",
                "Färre poliser än planerat under hösten.");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("followup-public");
        browser.open(browser.url(page + "?lang=en"));
        assertThat(browser.text(".followup-totals")).contains("Follow-up: 1 of 2 goals reached");
        Axe.assertNoViolations(browser.driver());

        var feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url(page + "/flode.atom")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.body()).contains("Helårsuppföljning " + year + ": 1 av 2 mål nådda");
    }

    private static void verdict(int row, String verdict) {
        new Select(browser.byId("rows-" + row + "-verdict")).selectByVisibleText(verdict);
    }

    private static String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
