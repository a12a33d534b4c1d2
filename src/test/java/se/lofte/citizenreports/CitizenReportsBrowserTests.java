package se.lofte.citizenreports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import se.lofte.accounts.Role;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident reports in Chromium and a moderator publishes the report, with axe-core finding no WCAG 2.1 A/AA
 * violation on the form (also refused, with everything typed kept), "Samma sak?", the receipt, the staff pages and
 * the public pages, in Swedish and in English.
 */
@BrowserTest
class CitizenReportsBrowserTests {

    private static final String DISTRICT = "Webbläsarnas centrum";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final ReportPlaces places = new ReportPlaces().area("bengtsfors", DISTRICT, 12.40, 59.20, 12.46, 59.26);

    @Test
    void aResidentReportsAndAModeratorPublishesWithNoViolations() {
        WebDriver page = browser.driver();
        String text = "Bilar kör fort förbi skolan " + System.nanoTime();

        browser.open(browser.url("/kommun/bengtsfors/rapportera"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Rapportera ett problem i Bengtsfors");
        Axe.assertNoViolations(page);
        browser.screenshots("citizen-report-form");

        page.findElement(By.id("category-storande-trafik")).click();
        page.findElement(By.id("description")).sendKeys(text + " 19121212-1212");
        page.findElement(By.id("latitude")).sendKeys("59,23");
        page.findElement(By.id("longitude")).sendKeys("12,43");
        page.findElement(By.id("placeInWords")).sendKeys("Skolvägen");
        page.findElement(By.id("partOfDay-morgon")).click();
        page.findElement(By.id("email")).sendKeys("webbrapport@example.se");
        browser.clickAndWait(By.id("submission"));

        assertThat(page.findElements(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("#description");
        assertThat(page.findElement(By.id("description-error")).getText()).startsWith("Ta bort personnumret.");
        assertThat(page.findElement(By.id("description")).getDomProperty("value")).isEqualTo(text + " 19121212-1212");
        assertThat(page.findElement(By.id("placeInWords")).getDomProperty("value")).isEqualTo("Skolvägen");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).isEqualTo("webbrapport@example.se");
        assertThat(page.findElement(By.id("category-storande-trafik")).isSelected()).isTrue();
        assertThat(page.findElement(By.id("partOfDay-morgon")).isSelected()).isTrue();
        Axe.assertNoViolations(page);
        browser.screenshot("citizen-report-refused-phone", Browser.PHONE);

        page.findElement(By.id("description")).clear();
        page.findElement(By.id("description")).sendKeys(text);
        browser.clickAndWait(By.id("submission"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Tack för din rapport");
        Axe.assertNoViolations(page);
        long number = Long.parseLong(page.findElement(By.cssSelector("p.lead")).getText().replaceAll("\\D", ""));

        browser.signInAsStaff("crbrowser.redaktor", browser.municipality("bengtsfors"), Role.EDITOR);
        browser.open(browser.url("/manage/citizen-reports"));
        Axe.assertNoViolations(page);
        browser.open(browser.url("/manage/citizen-reports/" + number));
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Nr " + number);
        Axe.assertNoViolations(page);
        browser.screenshots("citizen-report-moderation");
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(page.findElement(By.tagName("dd")).getText()).isEqualTo("Publicerad");

        browser.driver().manage().deleteAllCookies();
        browser.open(browser.url("/kommun/bengtsfors/rapporter/" + number));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Nr " + number + ": Störande trafik");
        Axe.assertNoViolations(page);
        browser.open(browser.url("/kommun/bengtsfors/rapporter?omrade=" + places.id(DISTRICT)));
        assertThat(page.findElement(By.cssSelector(".report-list")).getText()).contains(text);
        Axe.assertNoViolations(page);

        // The same place and category again: "Samma sak?" offers the published report.
        browser.open(browser.url("/kommun/bengtsfors/rapportera?lang=en"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Report a problem in Bengtsfors");
        Axe.assertNoViolations(page);
        page.findElement(By.id("category-storande-trafik")).click();
        page.findElement(By.id("description")).sendKeys("Speeding cars again");
        page.findElement(By.id("latitude")).sendKeys("59.2301");
        page.findElement(By.id("longitude")).sendKeys("12.4301");
        browser.clickAndWait(By.id("submission"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("The same thing?");
        Axe.assertNoViolations(page);
        browser.screenshots("citizen-report-same");
        browser.clickAndWait(By.cssSelector("form[action$='/samma-sak'] button"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you!");
        Axe.assertNoViolations(page);
        browser.open(browser.url("/kommun/bengtsfors/rapporter"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Reports in Bengtsfors");
        Axe.assertNoViolations(page);
    }
}
