package se.lofte.incidents.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst uploads the police.uk sample in Chromium, follows the job page (its script polls the progress
 * and announces the end in the status region) and sees the counts; the overview, the import page and the
 * job page have no WCAG 2.1 A/AA violations axe-core can find. The list of jobs follows a running job by
 * itself (a script fetches the list alone) and leaves the upload form on the same page as it was.
 */
@BrowserTest
class ImportPagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadIsFollowedToItsEndWithNoViolations() {
        browser.signInAsStaff("amal.webbanalytiker", browser.municipality("amal"),
                Role.ANALYST);
        browser.open(browser.url("/manage/situation"));
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Lägesbild");
        Axe.assertNoViolations(page);

        browser.clickAndWait(By.cssSelector("main a[href='/manage/situation/imports']"));
        Axe.assertNoViolations(page);
        new Select(page.findElement(By.id("format"))).selectByValue("police-uk");
        page.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/situation/police-uk-city-of-london-2019-01.csv")
                .toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("form[action='/manage/situation/imports'] button[type=submit]"));

        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Importjobb ");
        new WebDriverWait(page, Duration.ofSeconds(60)).until(ExpectedConditions.textMatches(
                By.cssSelector("[data-field=announcement]"), java.util.regex.Pattern.compile("Importen är avslutad")));
        assertThat(page.findElement(By.cssSelector("[data-field=rowsRead]")).getText()).isEqualTo("617");
        assertThat(page.findElement(By.cssSelector("[data-field=stateText]")).getText()).isEqualTo("Klar");
        Axe.assertNoViolations(page);
        browser.screenshot("import-job-desktop", Browser.DESKTOP);
    }

    @Test
    void theListOfJobsFollowsARunningJobWithoutAClickAndLeavesTheFormAlone() {
        var fargelanda = browser.municipality("fargelanda");
        // A job as the runner leaves it just after it started; the test then moves it on as the runner would.
        jdbc.sql("insert into import_job (organisation_id, format, source, file_name, state, bytes_total, created_at,"
                + " heartbeat_at) values (?, 'police-uk', 'police-uk', 'stor.csv', 'RUNNING', 20000, current_timestamp,"
                + " current_timestamp)").param(fargelanda.value()).update();
        long job = jdbc.sql("select max(id) from import_job").query(Long.class).single();
        browser.signInAsStaff("fargelanda.webbanalytiker", fargelanda, Role.ANALYST);
        browser.open(browser.url("/manage/situation/imports"));
        WebDriver page = browser.driver();
        By state = By.xpath("//tr[.//a[@href='/manage/situation/imports/" + job + "']]/td[4]");
        assertThat(page.findElement(state).getText()).isEqualTo("Pågår – läser filen");
        assertThat(page.findElement(By.cssSelector(".jobs-status")).getText()).isEqualTo("En import pågår.");
        Axe.assertNoViolations(page);

        // Someone fills in the upload form meanwhile; a page that reloaded would lose it (and this mark).
        page.findElement(By.id("source")).sendKeys("Egen källa");
        ((JavascriptExecutor) page).executeScript("window.notReloaded = true");

        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        jdbc.sql("update import_job set rows_read = 300, bytes_read = 9000, heartbeat_at = current_timestamp"
                + " where id = ?").param(job).update();
        wait.until(ExpectedConditions.textToBe(state, "Pågår – 45 % av filen läst, 300 rader"));
        jdbc.sql("update import_job set state = 'DONE', accepted = 290, rejected = 4, duplicates = 6,"
                + " bytes_read = 20000, finished_at = current_timestamp where id = ?").param(job).update();
        wait.until(ExpectedConditions.textToBe(state, "Klar"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".jobs-status[aria-live=polite]"),
                "Alla importer i listan är avslutade."));

        assertThat(((JavascriptExecutor) page).executeScript("return window.notReloaded === true")).isEqualTo(true);
        assertThat(page.findElement(By.id("source")).getDomProperty("value")).isEqualTo("Egen källa");
        assertThat(page.findElements(By.linkText("Uppdatera listan"))).isEmpty();
        Axe.assertNoViolations(page);
        browser.screenshot("import-jobs-followed-desktop", Browser.DESKTOP);
    }
}
