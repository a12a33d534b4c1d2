package se.lofte.places.web;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst imports Bengtsfors's districts and streets and makes a focus place of them, in Chromium, with
 * every page (and the page with an error) checked by axe.
 */
@BrowserTest
class PlacesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();


    @Test
    void importAreasAndMakeAFocusPlaceWithoutAccessibilityViolations() throws Exception {
        var bengtsfors = browser.municipality("bengtsfors");
        browser.signInAsStaff("platser.analytiker", bengtsfors, Role.ANALYST);
        browser.open(browser.url("/manage/situation/places"));
        Axe.assertNoViolations(browser.driver());

        browser.clickAndWait(By.cssSelector("form[action='/manage/situation/places'] button[type=submit]"));
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                .contains("Välj en fil att läsa in.");
        Axe.assertNoViolations(browser.driver());

        Path file = Path.of(PlacesBrowserTests.class.getResource("/situation/bengtsfors-places.geojson").toURI());
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("form[action='/manage/situation/places'] button[type=submit]"));
        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText()).startsWith("Inläst:");
        assertThat(browser.driver().findElement(By.id("areas")).isDisplayed()).isTrue();

        browser.open(browser.url("/manage/situation/places/focus"));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.cssSelector("a[href^='/manage/situation/places/focus/new']"));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver().findElement(By.id("name-error")).getText()).isEqualTo("Fyll i namnet.");
        Axe.assertNoViolations(browser.driver());

        browser.driver().findElement(By.id("name")).sendKeys("Centrum och Storgatan " + System.nanoTime());
        browser.driver().findElement(By.xpath("//label[text()='Centrum']/preceding-sibling::input")).click();
        browser.driver().findElement(By.xpath("//label[text()='Storgatan']/preceding-sibling::input")).click();
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Fokusplatsen är skapad.");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/manage/situation/places?lang=en"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Areas and streets");
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url("/manage/situation/places?lang=sv"));
    }
}
