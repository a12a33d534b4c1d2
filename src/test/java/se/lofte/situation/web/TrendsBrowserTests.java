package se.lofte.situation.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.situation.SituationTestData.at;

/**
 * In Chromium: an analyst filters the trends, pins the chart into Mellerud's lägesbild, writes the analysis
 * and makes it public; the public page then reads well at phone width. Both pages pass axe (WCAG 2.1 AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrendsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnalystPinsAChartAndThePublicReadsTheLagesbild() {
        Organisation mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        var data = new SituationTestData(jdbc);
        String source = SituationTestData.uniqueSource();
        long org = mellerud.id().value();
        data.incidents(12, source, "Skadegörelse", org, "1461", at("2025-01-20T21:00"));
        data.incidents(2, source, "Skadegörelse", org, "1461", at("2025-02-20T21:00"));
        data.incidents(20, source, "Stöld", org, "1461", at("2025-03-20T21:00"));
        int year = TestYears.next();

        browser.signInAsStaff("trend.analytiker", mellerud.id(), Role.ANALYST);
        browser.open(browser.url("/manage/situation/trends?source=" + source + "&granularity=month&from=2025-01-01&to=2025-03-31"));
        assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby=over-time] svg.chart rect.bar"))).hasSize(3);
        Axe.assertNoViolations(browser.driver());

        var yearField = browser.driver().findElement(By.id("year"));
        yearField.clear();
        yearField.sendKeys(Integer.toString(year));
        browser.clickAndWait(By.cssSelector("form[action='/manage/situation/lagesbild/pin'] button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/manage/situation/lagesbild/" + org + "/" + year);
        browser.driver().findElement(By.id("analysis")).sendKeys("Skadegörelsen i centrum ökade i januari.");
        browser.driver().findElement(By.name("shownPublicly")).click();
        browser.clickAndWait(By.cssSelector("form textarea ~ .actions button, main form .actions button.button"));
        assertThat(browser.driver().findElements(By.cssSelector("article.pin svg.chart"))).hasSize(1);
        Axe.assertNoViolations(browser.driver());

        browser.clickAndWait(By.cssSelector("form[action='/logout'] button"));
        browser.open(browser.url("/kommun/mellerud/lagesbild/" + year));
        String text = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(text).contains("Skadegörelsen i centrum ökade i januari.", "färre än 5");
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart rect.bar"))).hasSize(2);
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("public-lagesbild-phone", Browser.PHONE);
        Object overflow = browser.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at phone width").isEqualTo(false);
        Axe.assertNoViolations(browser.driver());
    }
}
