package se.lofte.situation.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: an analyst fills in "did it work" from the empty form, without JavaScript doing anything for them,
 * reads the counts as a table (the page has no chart, so the table is the alternative) and the figures, and the
 * page passes axe (WCAG 2.1 AA) and never scrolls sideways at 390 px.
 */
@BrowserTest
class EffectBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final EffectFixture fixture = EffectFixture.inAmal();

    @Test
    void anAnalystAsksWhetherTheMeasureWorkedAndReadsTheAnswer() {
        browser.signInAsStaff("ef.browser.analytiker", fixture.amal().id(), Role.ANALYST);
        browser.open(browser.url("/manage/situation"));
        browser.clickAndWait(By.cssSelector("a[href='/manage/situation/effect']"));
        Axe.assertNoViolations(browser.driver());

        var driver = browser.driver();
        new Select(driver.findElement(By.id("place"))).selectByVisibleText("Effekt fokus");
        browser.setDate("from", EffectFixture.FROM);
        browser.setDate("to", EffectFixture.TO);
        new Select(driver.findElement(By.id("control"))).selectByVisibleText("Effekt jämförelse");
        new Select(driver.findElement(By.id("category"))).selectByVisibleText("Stöld");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(driver.getCurrentUrl()).contains("place=f%3A" + fixture.target(), "control=f%3A" + fixture.control(),
                "buffer=200");
        assertThat(driver.findElement(By.id("effect-counts")).getText()).contains("Fokusplatsen 12 4",
                "Runt platsen (200 m) 3 5", "Kontrollområdet 10 9");
        assertThat(driver.findElements(By.cssSelector("dl.effect-figures dt"))).hasSize(5);
        Axe.assertNoViolations(driver);
        browser.screenshot("effect-desktop", Browser.DESKTOP);

        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshot("effect-phone", Browser.PHONE);
    }
}
