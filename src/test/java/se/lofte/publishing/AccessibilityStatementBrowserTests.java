package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement as a visitor meets it in Chromium: the statement itself, reporting a
 * problem through its form, the form's error state, and the staff list, each free of WCAG 2.1 A/AA
 * violations that axe-core can find.
 */
@BrowserTest
class AccessibilityStatementBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    AccessibilityFeedback feedback;

    @Test
    void statementHasItsHeadingAndReportFormAndNoViolations() {
        browser.open(browser.url("/tillganglighet?sida=/kommun/bengtsfors"));
        WebDriver page = browser.driver();

        assertThat(page.getTitle()).isEqualTo("Tillgänglighet – Löfte");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Tillgänglighet för Löfte");
        assertThat(page.findElement(By.id("page")).getDomProperty("value")).isEqualTo("/kommun/bengtsfors");
        assertThat(page.findElement(By.cssSelector("label[for=description]")).getText())
                .isEqualTo("Beskriv problemet");
        assertThat(page.findElement(By.id("email")).getDomAttribute("autocomplete")).isEqualTo("email");
        assertThat(page.findElement(By.cssSelector("a[href='https://www.digg.se/tdosanmalan']")).isDisplayed())
                .isTrue();
        Axe.assertNoViolations(page);

        browser.screenshots("accessibility-statement");
    }

    @Test
    void englishStatementHasNoViolations() {
        browser.open(browser.url("/tillganglighet?lang=en"));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accessibility of Löfte");
        Axe.assertNoViolations(browser.driver());
    }

    @Test
    void visitorReportsAProblemThroughTheForm() {
        String text = "Menyn går inte att öppna med tangentbordet " + System.nanoTime();
        browser.open(browser.url("/tillganglighet"));
        WebDriver page = browser.driver();

        page.findElement(By.id("page")).sendKeys("/kommun");
        page.findElement(By.id("description")).sendKeys(text);
        page.findElement(By.id("email")).sendKeys("anna@example.se");
        browser.clickAndWait(By.cssSelector("form[action='/tillganglighet/rapportera'] button[type=submit]"));

        assertThat(page.getCurrentUrl()).endsWith("/tillganglighet/tack");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Tack för din rapport");
        Axe.assertNoViolations(page);
        assertThat(feedback.newestFirst(1).reports()).anySatisfy(report -> {
            assertThat(report.description()).isEqualTo(text);
            assertThat(report.page()).isEqualTo("/kommun");
            assertThat(report.email()).isEqualTo("anna@example.se");
        });
    }

    @Test
    void refusedFormLinksItsErrorsToTheFieldsWithNoViolations() {
        browser.open(browser.url("/tillganglighet"));
        WebDriver page = browser.driver();

        page.findElement(By.id("email")).sendKeys("anna.example.se");
        browser.clickAndWait(By.cssSelector("form[action='/tillganglighet/rapportera'] button[type=submit]"));

        assertThat(page.getTitle()).startsWith("Fel i formuläret");
        assertThat(page.findElements(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("#description", "#email");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).isEqualTo("anna.example.se");
        assertThat(page.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertNoViolations(page);
        browser.screenshot("accessibility-statement-errors-phone", Browser.PHONE);
    }

    @Test
    void staffListOfReportsHasNoViolations() {
        feedback.submit(new ReportedProblem("/tillganglighet", "Rubrikerna hoppar från h1 till h3.\nSe bilden.",
                "bo@example.se"));
        browser.openAsAdmin("/manage/publishing/accessibility-reports");
        WebDriver page = browser.driver();

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Rapporter om tillgänglighet");
        Axe.assertNoViolations(page);

        browser.clickAndWait(By.cssSelector("tbody tr:first-child button[type=submit]"));
        assertThat(page.findElement(By.cssSelector("tbody tr:first-child td:last-child")).getText())
                .contains("Hanterad").contains("av " + browser.adminUsername());
        Axe.assertNoViolations(page);
        browser.screenshot("accessibility-reports-desktop", Browser.DESKTOP);
    }
}
