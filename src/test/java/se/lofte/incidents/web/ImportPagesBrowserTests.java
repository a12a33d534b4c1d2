package se.lofte.incidents.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst uploads the police.uk sample in Chromium, follows the job page (its script polls the progress
 * and announces the end in the status region) and sees the counts; the overview, the import page and the
 * job page have no WCAG 2.1 A/AA violations axe-core can find.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportPagesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();


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
}
