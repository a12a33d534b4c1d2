package se.lofte.publishing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data page as a journalist meets it in Chromium, reached from the footer of any page: in Swedish and
 * English, free of the WCAG 2.1 A/AA violations axe-core finds, no wider than a phone, with the licence and
 * every address written out and its links leading to what they name.
 */
@BrowserTest
class OpenDataBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theFooterLeadsToTheOpenDataPageWithItsAddressesAndLicence() {
        browser.open(browser.url("/kommun/bengtsfors"));
        browser.clickAndWait(By.cssSelector("footer a[href='/oppna-data']"));
        WebDriver page = browser.driver();

        assertThat(page.getTitle()).isEqualTo("Öppna data – Löfte");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Öppna data");
        assertThat(page.findElement(By.cssSelector("a[rel=license]")).getText()).isEqualTo("CC0 1.0 Universell");
        List<String> addresses = page.findElements(By.cssSelector(".open-data-addresses dt code")).stream()
                .map(WebElement::getText).toList();
        assertThat(addresses).contains("http://localhost:8080/api/bulk/medborgarloften.csv",
                "http://localhost:8080/api/bulk/medborgarloften.jsonl",
                "http://localhost:8080/api/schemas/medborgarlofte-1.json", "http://localhost:8080/api/promises");
        Axe.assertNoViolations(page);
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("open-data");
    }

    @Test
    void theEnglishPageHasNoViolationsAndFitsAPhone() {
        browser.open(browser.url("/oppna-data?lang=en"));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Open data");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
    }
}
