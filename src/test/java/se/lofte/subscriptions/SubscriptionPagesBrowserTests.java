package se.lofte.subscriptions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident subscribes, confirms and leaves again in Chromium, with axe-core finding no WCAG 2.1 A/AA
 * violation on any page along the way, in Swedish and in English.
 */
@BrowserTest
class SubscriptionPagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void subscribeConfirmAndLeaveWithNoViolations() {
        String address = "webblasare." + System.nanoTime() + "@example.se";
        WebDriver page = browser.driver();
        browser.open(browser.url(SubscriptionsIntegrationTests.PROMISE_FORM));
        assertThat(page.findElement(By.tagName("h1")).getText())
                .isEqualTo("Få nyheter om Medborgarlöfte för 2019 med e-post");
        assertThat(page.findElement(By.id("email")).getDomAttribute("autocomplete")).isEqualTo("email");
        Axe.assertNoViolations(page);
        browser.screenshots("subscribe");

        page.findElement(By.id("email")).sendKeys("inte en adress");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(page.findElements(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("#email");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).isEqualTo("inte en adress");
        Axe.assertNoViolations(page);
        browser.screenshot("subscribe-error-phone", Browser.PHONE);

        page.findElement(By.id("email")).clear();
        page.findElement(By.id("email")).sendKeys(address);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Titta i din e-post");
        Axe.assertNoViolations(page);

        pressTheButtonBehind(TestMail.path(TestMail.await(address, 1), "/prenumerera/bekrafta/"),
                "Bekräfta prenumerationen", "subscribe-confirm");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Nu prenumererar du");
        Axe.assertNoViolations(page);

        // Asking again brings a reminder with a link to leave.
        browser.open(browser.url(SubscriptionsIntegrationTests.PROMISE_FORM));
        page.findElement(By.id("email")).sendKeys(address);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        pressTheButtonBehind(TestMail.path(TestMail.await(address, 2), "/prenumerera/avsluta/"), "Sluta prenumerera",
                "unsubscribe");
        assertThat(page.getCurrentUrl()).endsWith("/prenumerera/avslutad");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Du prenumererar inte längre");
        Axe.assertNoViolations(page);
    }

    @Test
    void englishPagesAndAnUnusableLinkHaveNoViolations() {
        WebDriver page = browser.driver();
        browser.open(browser.url("/kommun/bengtsfors/prenumerera?lang=en"));
        assertThat(page.findElement(By.tagName("h1")).getText())
                .isEqualTo("Get news of the citizen promises of Bengtsfors kommun by e-mail");
        Axe.assertNoViolations(page);

        browser.open(browser.url("/prenumerera/bekrafta/" + "A".repeat(43)));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
        Axe.assertNoViolations(page);

        browser.open(browser.url("/prenumerera/avsluta/" + "A".repeat(43) + "?lang=sv"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen prenumeration");
        Axe.assertNoViolations(page);
    }

    /** Opens a link from a mail, checks and photographs the page with its one button, and presses it. */
    private void pressTheButtonBehind(String link, String heading, String screenshots) {
        browser.open(browser.url(link));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        Axe.assertNoViolations(browser.driver());
        browser.screenshots(screenshots);
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
    }
}
