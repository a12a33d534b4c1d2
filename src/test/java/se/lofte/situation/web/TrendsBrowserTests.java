package se.lofte.situation.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.situation.SituationTestData.at;

/**
 * In Chromium: an analyst filters the trends, pins the chart into Mellerud's lägesbild, writes the analysis
 * and makes it public; the public page then reads well at phone width. Both pages pass axe (WCAG 2.1 AA).
 */
@BrowserTest
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
        int year = TestYears.lagesbild();

        browser.signInAsStaff("trend.analytiker", mellerud.id(), Role.ANALYST);
        // A year the data does not cover: no bars, no change, and the page still passes axe and fits.
        browser.open(browser.url("/manage/situation/trends?source=" + source + "&granularity=month&from=2026-01-01&to=2026-12-31"));
        assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby=over-time] svg.chart rect.bar"))).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("section[aria-labelledby=comparison] table")).getText())
                .contains("Data saknas för perioden").doesNotContain("Mer än slumpen");
        Axe.assertNoViolations(browser.driver());
        assertTablesFit(Browser.DESKTOP);
        assertTablesFit(Browser.PHONE);
        browser.driver().executeScript("document.getElementById('comparison').scrollIntoView();");
        browser.screenshot("trends-no-data-comparison-desktop", Browser.DESKTOP);

        browser.open(browser.url("/manage/situation/trends?source=" + source + "&granularity=month&from=2025-01-01&to=2025-03-31"));
        assertThat(browser.driver().findElements(By.cssSelector("section[aria-labelledby=over-time] svg.chart rect.bar"))).hasSize(3);
        Axe.assertNoViolations(browser.driver());
        assertTablesFit(Browser.DESKTOP);
        assertTablesFit(Browser.PHONE);
        browser.screenshots("trends");

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

    /**
     * At this viewport, no table region runs past the right edge of the page's column and the page never scrolls
     * sideways: a table wider than the column scrolls inside its region, as it must on a phone. On a desktop the
     * comparison tables fit whole.
     */
    private void assertTablesFit(Dimension size) {
        var driver = browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
        try {
            Object overflowing = driver.executeScript("""
                    const column = document.querySelector('main').getBoundingClientRect();
                    return [...document.querySelectorAll('main .table-scroll')]
                        .filter(r => r.getBoundingClientRect().right > column.right + 0.5)
                        .map(r => r.getAttribute('aria-label') + ' ends at ' + r.getBoundingClientRect().right
                            + ', the column at ' + column.right);""");
            assertThat((List<?>) overflowing).as("table regions past the column at %d px", size.getWidth()).isEmpty();
            if (!size.equals(Browser.PHONE)) {
                // On a desktop the comparison tables fit whole: no column hidden behind a scroll bar.
                Object hidden = driver.executeScript("""
                        return [...document.querySelectorAll('main .table-scroll')]
                            .filter(r => r.querySelector('table.comparison-table') && r.scrollWidth > r.clientWidth + 1)
                            .map(r => r.getAttribute('aria-label') + ' is ' + r.scrollWidth + ' wide in '
                                + r.clientWidth);""");
                assertThat((List<?>) hidden).as("comparison tables cut off at %d px", size.getWidth()).isEmpty();
            }
            Object sideways = driver.executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(sideways).as("no sideways scrolling at %d px", size.getWidth()).isEqualTo(false);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
