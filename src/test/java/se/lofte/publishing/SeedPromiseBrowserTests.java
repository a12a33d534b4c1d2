package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.SeedText;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo promise as a resident meets it in Chromium: complete, in order, and accessible. */
@BrowserTest
class SeedPromiseBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theSeedPageShowsEverySentenceAndHasNoAccessibilityViolations() {
        browser.open(browser.url("/kommun/bengtsfors/medborgarlofte/2019"));
        WebDriver page = browser.driver();
        String text = SeedText.normalise(page.findElement(By.tagName("body")).getText());
        assertThat(SeedText.sentences()).allSatisfy(sentence -> assertThat(text).contains(sentence));
        assertThat(page.findElements(By.cssSelector("ol.commitments > li"))).hasSize(2);
        assertThat(page.findElements(By.cssSelector("ul.goals > li"))).hasSize(3);
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Medborgarlöfte för 2019");
        Axe.assertNoViolations(page);
        browser.screenshots("seed-promise");
    }

    @Test
    void aResidentFindsThePromiseFromTheHomePage() {
        browser.open(browser.url("/"));
        WebDriver page = browser.driver();
        Axe.assertNoViolations(page);
        page.findElement(By.id("q")).sendKeys("Bengtsfors");
        browser.clickAndWait(By.cssSelector("form.search button"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Bengtsfors kommun");
        Axe.assertNoViolations(page);
        browser.clickAndWait(By.linkText("Medborgarlöfte för 2019"));
        assertThat(page.getCurrentUrl()).endsWith("/kommun/bengtsfors/medborgarlofte/2019");
        browser.screenshot("home-desktop", Browser.DESKTOP);
    }

    @Test
    void theEnglishPageAndTheMunicipalityListHaveNoViolations() {
        browser.open(browser.url("/kommun/bengtsfors/medborgarlofte/2019?lang=en"));
        assertThat(browser.driver().findElement(By.id("commitments")).getText()).isEqualTo("What we will do");
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url("/kommun?lang=sv"));
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url("/medborgarloften/2019"));
        assertThat(browser.driver().findElement(By.id("year-heading")).getText()).isEqualTo("Medborgarlöften som börjar 2019");
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url("/kommun/finns-inte"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Något gick fel");
        Axe.assertNoViolations(browser.driver());
    }

    @Test
    void theNationalOverviewNarrowsByChoicesAndIsAccessibleOnAPhone() {
        browser.open(browser.url("/"));
        browser.clickAndWait(By.linkText("Hela landet"));
        assertThat(browser.text("h1")).isEqualTo("Sveriges medborgarlöften");
        Axe.assertNoViolations(browser.driver());
        new Select(browser.byId("filter-lan")).selectByValue("Västra Götalands län");
        new Select(browser.byId("filter-ar")).selectByValue("2019");
        browser.clickAndWait(By.cssSelector("form.overview-filter button"));
        assertThat(browser.driver().getCurrentUrl()).contains("lan=V%C3%A4stra+G%C3%B6talands+l%C3%A4n")
                .contains("ar=2019");
        assertThat(browser.driver().findElements(By.cssSelector("table a"))).extracting(a -> a.getDomAttribute("href"))
                .contains("/kommun/bengtsfors/medborgarlofte/2019");
        // The map is an image the browser could load and draw.
        assertThat((Boolean) browser.driver().executeScript(
                "const img = document.querySelector('.overview-map img'); return img.complete && img.naturalWidth > 0;"))
                .isTrue();
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("national-overview");
        browser.assertNoSidewaysScrollOnAPhone();

        browser.open(browser.url("/medborgarloften?lang=en"));
        assertThat(browser.text("h1")).isEqualTo("Citizen promises in Sweden");
        Axe.assertNoViolations(browser.driver());
    }
}
