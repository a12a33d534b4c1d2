package se.lofte.situation.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.places.PlaceIndex;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reporter on a phone (390 × 844) signs in, lands on the form, makes a mistake, corrects it and sends
 * the report, without the map; every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaceReportBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PlaceIndex placeIndex;

    @BeforeEach
    void aReporterOfMellerudWithAStreet() {
        Organisation mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        TestStaff.withPassword(jdbc, passwords, "mobil.rapportor", TestStaff.password("mobil.rapportor"));
        TestStaff.ensure(jdbc, accounts, "mobil.rapportor", mellerud.id(), Role.REPORTER);
        ReportFixtures.area(jdbc, mellerud.id().value(), "1461", "Mellerud centrum", 12.43, 58.69, 12.48, 58.72);
        ReportFixtures.segment(jdbc, mellerud.id().value(), "Storgatan", 12.45, 58.70, 12.46, 58.701);
        placeIndex.refresh();
    }

    @Test
    void aReporterOnAPhoneSendsAReportWithoutTheMap() throws Exception {
        browser.driver().manage().window().setSize(Browser.PHONE);
        browser.open(url("/login"));
        browser.driver().findElement(By.id("username")).sendKeys("mobil.rapportor");
        browser.driver().findElement(By.id("password")).sendKeys(TestStaff.password("mobil.rapportor"));
        browser.clickAndWait(By.cssSelector("main form button[type=submit]"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/manage/situation/reports/new");
        assertThat(browser.driver().findElement(By.id("report-map")).isDisplayed()).isFalse();
        Axe.assertNoViolations(browser.driver());
        new Select(browser.driver().findElement(By.id("place"))).selectByVisibleText("Storgatan");
        browser.driver().findElement(By.id("text")).sendKeys("Trasig lampa vid 121212-1212.");
        browser.driver().findElement(By.id("partOfDay-kvall")).click();
        browser.clickAndWait(By.cssSelector("form.report-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.id("error-summary")).getText())
                .contains("Kryssa i minst en sak").contains("121212-1212");
        assertThat(new Select(browser.driver().findElement(By.id("place"))).getFirstSelectedOption().getText())
                .isEqualTo("Storgatan");
        assertThat(browser.driver().findElement(By.id("partOfDay-kvall")).isSelected()).isTrue();
        Axe.assertNoViolations(browser.driver());
        Path errors = browser.screenshot("place-report-errors-phone", Browser.PHONE);

        var text = browser.driver().findElement(By.id("text"));
        text.clear();
        text.sendKeys("Trasig lampa vid busshållplatsen.");
        browser.driver().findElement(By.xpath("//label[span[text()='Trasig belysning']]")).click();
        browser.screenshot("place-report-form-phone", Browser.PHONE);
        browser.clickAndWait(By.cssSelector("form.report-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText()).contains("Rapporten är sparad");
        assertThat(browser.driver().findElement(By.cssSelector(".report-list")).getText())
                .contains("Storgatan").contains("Trasig belysning");
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("place-report-list-phone", Browser.PHONE);
        assertThat(Files.size(errors)).isPositive();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
