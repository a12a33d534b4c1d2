package se.lofte.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.lofte.accounts.Role;
import se.lofte.promises.PromiseId;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police editor measures a goal by hand and tells residents what was not done, in Chromium without
 * JavaScript help: every staff page on the way passes axe, refused input included.
 */
@BrowserTest
class ProgressBrowserTests {

    private static final String EDITOR = "progress.browser.polis";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aGoalIsCountedByHandAndAnUpdateTellsWhatWasNotDone() {
        int year = TestYears.next();
        PromiseId id = promises.fiveProsecuted(year);
        browser.signInAsStaff(EDITOR, promises.police().id(), Role.EDITOR);

        browser.open(browser.url("/manage/promises/" + id));
        browser.clickAndWait(By.linkText("Uppföljning och uppdateringar"));
        assertThat(text()).contains("Ingen datakälla är vald för målet");
        Axe.assertNoViolations(browser.driver());
        browser.driver().findElement(By.cssSelector("#goal-g1 input[name=kind][value=manual]")).click();
        browser.clickAndWait(By.cssSelector("form[action$='/indicator'] button"));
        assertThat(text()).contains("Datakällan är sparad");

        browser.driver().findElement(By.id("g1-count-value")).sendKeys("fem");
        browser.clickAndWait(By.cssSelector("form[action$='/counts'] button"));
        assertThat(browser.driver().findElement(By.id("g1-count-value-error")).getText()).contains("”fem” är inget tal");
        Axe.assertNoViolations(browser.driver());
        browser.driver().findElement(By.id("g1-count-value")).clear();
        browser.driver().findElement(By.id("g1-count-value")).sendKeys("5");
        browser.driver().executeScript("document.getElementById('g1-count-asOf').value = arguments[0];",
                LocalDate.now().minusDays(1).toString());
        browser.clickAndWait(By.cssSelector("form[action$='/counts'] button"));
        assertThat(text()).contains("Uppnått", "Räknas för hand av LPO Östra Fyrbodal.");
        browser.screenshots("progress-staff");

        browser.clickAndWait(By.linkText("Skriv en uppdatering"));
        browser.driver().findElement(By.cssSelector("input[name=kind][value=NOT_DONE]")).click();
        browser.driver().findElement(By.id("title")).sendKeys("Kontrollerna i mars blev inte av");
        browser.driver().findElement(By.id("text")).sendKeys("Personalen behövdes vid en olycka.");
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
        browser.clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(text()).contains("Uppdateringen är publicerad", "PRESSMEDDELANDE");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("progress-update");
    }

    private String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
