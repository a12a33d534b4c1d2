package se.lofte.accounts.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestMail;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A system administrator invites a colleague in Chromium, and the colleague accepts through the link in
 * the e-mail and signs in. Every page on the way passes axe-core (WCAG 2.1 A/AA), errors shown included.
 */
@BrowserTest
class AccountsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anInvitedColleagueAcceptsTheInvitationAndSignsIn() {
        WebDriver page = browser.driver();
        String email = "karin-" + UUID.randomUUID() + "@bengtsfors.se";
        browser.signInAsAdmin();

        browser.open(browser.url("/manage/accounts"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Personer och roller");
        Axe.assertNoViolations(page);
        browser.screenshot("accounts-list-desktop", Browser.DESKTOP);

        browser.clickAndWait(By.linkText("Bjud in en person"));
        page.findElement(By.id("email")).sendKeys(email);
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElements(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("#displayName", "#organisation", "#roles");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).isEqualTo(email);
        assertThat(page.getTitle()).startsWith("Fel i formuläret: Bjud in en person");
        Axe.assertNoViolations(page);
        browser.screenshot("accounts-invite-errors-phone", Browser.PHONE);

        page.findElement(By.id("displayName")).sendKeys("Karin Karlsson");
        new Select(page.findElement(By.id("organisation"))).selectByVisibleText("Bengtsfors kommun");
        page.findElement(By.cssSelector("input[name=roles][value=EDITOR]")).click();
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("En inbjudan har skickats till " + email + ". Länken i den gäller i sju dagar.");
        Axe.assertNoViolations(page);

        // The colleague opens the link in a browser of their own: no administrator's session.
        page.manage().deleteAllCookies();
        String link = TestMail.link(TestMail.await(email, 1)).replace("http://localhost:8080", browser.url(""));
        browser.open(link);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Välkommen till Löfte");
        assertThat(page.findElement(By.id("username")).getDomProperty("value")).isEqualTo(email);
        Axe.assertNoViolations(page);
        browser.screenshot("accounts-invitation-phone", Browser.PHONE);

        page.findElement(By.id("password")).sendKeys("kort");
        page.findElement(By.id("passwordRepeat")).sendKeys("kort");
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElement(By.id("password-error")).getText())
                .isEqualTo("Lösenordet är för kort: det ska ha minst 12 tecken.");
        assertThat(page.findElement(By.id("password")).getDomAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoViolations(page);

        page.findElement(By.id("password")).sendKeys("tre glada grävlingar i Bengtsfors");
        page.findElement(By.id("passwordRepeat")).sendKeys("tre glada grävlingar i Bengtsfors");
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElement(By.cssSelector(".alert-success")).getText()).startsWith("Ditt konto är klart.");
        Axe.assertNoViolations(page);

        browser.submitSignIn(email, "tre glada grävlingar i Bengtsfors");
        assertThat(page.getCurrentUrl()).endsWith("/manage");
    }

    @Test
    void theForgottenPasswordPagesHaveNoViolations() {
        WebDriver page = browser.driver();
        browser.open(browser.url("/login"));
        browser.clickAndWait(By.linkText("Glömt lösenordet?"));
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElement(By.id("email-error")).getText()).isEqualTo("Skriv din e-postadress.");
        Axe.assertNoViolations(page);

        page.findElement(By.id("email")).sendKeys("ingen@example.se");
        browser.clickAndWait(By.cssSelector("main button[type=submit]"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Titta i din e-post");
        Axe.assertNoViolations(page);

        browser.open(browser.url("/konto/nytt-losenord/" + "x".repeat(43)));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Länken fungerar inte");
        Axe.assertNoViolations(page);
    }
}
