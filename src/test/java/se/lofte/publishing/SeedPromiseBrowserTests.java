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

/**
 * The demo promise as a resident meets it in Chromium: complete, in order, and accessible; and its text in a year of
 * its own, tagged by theme by the parties' staff, as readers find it on the national overview.
 */
@BrowserTest
class SeedPromiseBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    final TestPromises promises = new TestPromises();

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

    @Test
    void staffPickAThemeAndReadersChooseTheOverviewByIt() {
        var promise = promises.publish(c -> c);
        browser.signIn(browser.url("/login"), "tema-redaktor",
                promises.editorAndSignatoryOfEveryParty("tema-redaktor", promise.id()));

        String edit = "/manage/promises/" + promise.id().value() + "/edit";
        browser.open(browser.url(edit));
        Select theme = new Select(browser.byId("commitments-0-theme"));
        assertThat(theme.getFirstSelectedOption().getText()).isEqualTo("Inte angivet");
        assertThat(theme.getOptions()).extracting(o -> o.getText()).contains("Trafik", "Våld i offentlig miljö",
                "Brottsförebyggande");
        Axe.assertNoViolations(browser.driver());
        theme.selectByVisibleText("Trafik");
        browser.click("button[value=save]");

        browser.open(browser.url(edit));
        assertThat(new Select(browser.byId("commitments-0-theme")).getFirstSelectedOption().getText())
                .isEqualTo("Trafik");
        assertThat(new Select(browser.byId("commitments-1-theme")).getFirstSelectedOption().getText())
                .isEqualTo("Inte angivet");

        browser.open(browser.url("/manage/promises/" + promise.id().value()));
        browser.click("form[action$='/sign'] button");
        browser.click("form[action$='/sign'] button");
        browser.click("form[action$='/publish'] button");
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error"))).isEmpty();

        browser.open(browser.url(promise.path()));
        assertThat(browser.text(".commitments .theme")).isEqualTo("Tema: Trafik");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/medborgarloften?ar=" + promise.year()));
        new Select(browser.byId("filter-tema")).selectByValue("trafik");
        new Select(browser.byId("filter-uppfoljning")).selectByValue("ingen");
        browser.clickAndWait(By.cssSelector("form.overview-filter button"));
        assertThat(browser.driver().getCurrentUrl()).contains("ar=" + promise.year()).contains("tema=trafik")
                .contains("uppfoljning=ingen");
        assertThat(browser.driver().findElements(By.cssSelector("#list-caption ~ tbody a")))
                .extracting(a -> a.getDomAttribute("href")).containsExactly(promise.path());
        assertThat(browser.text("#themes-caption ~ tbody tr")).isEqualTo("Trafik " + promise.year()
                + " 1 0 Inte uppföljda än");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();

        browser.open(browser.url("/medborgarloften?lang=en&ar=" + promise.year() + "&tema=trafik"));
        assertThat(browser.text("#themes-caption")).isEqualTo(
                "Share of commitments fulfilled by theme and year, in the selection");
        assertThat(browser.text("#themes-caption ~ tbody tr")).isEqualTo("Traffic " + promise.year()
                + " 1 0 Not followed up yet");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/medborgarloften?ar=" + promise.year() + "&tema=narkotika"));
        assertThat(browser.driver().findElements(By.cssSelector("#list-caption ~ tbody a"))).isEmpty();
        Axe.assertNoViolations(browser.driver());
    }
}
