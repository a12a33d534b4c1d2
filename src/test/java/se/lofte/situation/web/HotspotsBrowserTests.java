package se.lofte.situation.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotspots page in Chromium without background tiles (the tile server is an address where nothing
 * answers): the table's cells are drawn on the map, hot ones marked "H" beside their colour, and the page
 * has no WCAG 2.1 A/AA violations with the map, the focus place offer and the concentration curve drawn, and
 * fits a 390 px phone. The density layer is switched on and off by its checkbox, without violations; on street
 * segments the table's streets are drawn as lines with their letters.
 */
@MapBrowserTest
class HotspotsBrowserTests {

    private static final String SOURCE = "hotspot-webbläsartest";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE);
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTablesCellsAreOnTheMapAndThePageHasNoViolations() {
        // An analyst of Åmål, who is also offered to save the hot cells' streets as a focus place.
        browser.signInAsStaff("hotspot.webbanalytiker", fixture.amal().id(), Role.ANALYST);
        browser.open(browser.url("/manage/situation/hotspots?source=" + SOURCE));
        WebDriver page = browser.driver();
        assertThat(page.getTitle()).isEqualTo("Hotspots: var händelserna samlas – Löfte");

        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("hotspot-map-status"), Pattern.compile("Kartan visar")));
        int rows = page.findElements(By.cssSelector("#hotspot-table tbody tr")).size();
        assertThat(rows).isPositive();
        assertThat(page.findElements(By.cssSelector("#hotspot-map path.leaflet-interactive"))).hasSize(rows);
        assertThat(page.findElements(By.cssSelector("#hotspot-map .hotspot-mark")))
                .hasSize(rows).allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("H"));

        assertThat(page.findElements(By.cssSelector("#focus ~ form #name"))).hasSize(1);
        // The concentration curve is drawn with its table.
        assertThat(page.findElements(By.cssSelector("svg.concentration-chart polyline"))).hasSize(1);
        assertThat(page.findElements(By.cssSelector("#concentration-readings tbody tr"))).hasSize(6);

        Axe.assertNoViolations(page);
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("hotspots");
        browser.driver().executeScript("document.getElementById('concentration-heading').scrollIntoView();");
        browser.screenshot("hotspots-concentration-desktop", Browser.DESKTOP);

        page.findElement(By.linkText("Hoppa till tabellen")).click();
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("hotspot-table-heading");
    }

    @Test
    void theDensityLayerTogglesWithoutViolations() {
        browser.signInAsStaff("hotspot.webbtathet", fixture.amal().id(), Role.ANALYST);
        browser.open(browser.url("/manage/situation/hotspots?source=" + SOURCE + "&bandwidth=200"));
        WebDriver page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("hotspot-map-status"), Pattern.compile("Kartan visar")));
        assertThat(page.findElements(By.cssSelector("#hotspot-map .leaflet-density-pane canvas"))).isEmpty();

        WebElement layer = page.findElement(By.id("density-layer"));
        assertThat(layer.isDisplayed()).isTrue();
        layer.click();
        wait.until(ExpectedConditions.textMatches(By.id("density-status"),
                Pattern.compile("Kartan visar tätheten i \\d+ rutor, bandbredd 200 m\\.")));
        assertThat(page.findElements(By.cssSelector("#hotspot-map .leaflet-density-pane canvas"))).hasSize(1);
        // The hotspots stay above the density, with their letters.
        assertThat(page.findElements(By.cssSelector("#hotspot-map .hotspot-mark"))).isNotEmpty();
        Axe.assertNoViolations(page);
        browser.driver().executeScript("document.getElementById('hotspot-map-heading').scrollIntoView();");
        browser.screenshot("hotspots-density-desktop", Browser.DESKTOP);

        layer.click();
        wait.until(ExpectedConditions.textToBe(By.id("density-status"), "Tätheten visas inte på kartan."));
        assertThat(layer.isSelected()).isFalse();
        layer.click();
        wait.until(ExpectedConditions.textMatches(By.id("density-status"), Pattern.compile("Kartan visar tätheten")));
    }

    @Test
    void onStreetSegmentsTheTablesStreetsAreLinesOnTheMap() {
        HotspotFixture.latticeStreets(jdbc, fixture.amal());
        browser.signInAsStaff("hotspot.webbgator", fixture.amal().id(), Role.ANALYST);
        browser.open(browser.url("/manage/situation/hotspots?source=" + SOURCE + "&band=300&unit=segment"));
        WebDriver page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("hotspot-map-status"),
                Pattern.compile("Kartan visar \\d+ signifikanta gatusträckor")));

        int rows = page.findElements(By.cssSelector("#hotspot-table tbody tr")).size();
        assertThat(rows).isEqualTo(2);
        List<WebElement> lines = page.findElements(By.cssSelector("#hotspot-map path.leaflet-interactive"));
        assertThat(lines).hasSize(rows).allSatisfy(line -> {
            assertThat(line.getDomAttribute("fill")).isEqualTo("none");
            assertThat(line.getDomAttribute("stroke-dasharray")).isNull();
        });
        assertThat(page.findElements(By.cssSelector("#hotspot-map .hotspot-mark")))
                .hasSize(rows).allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("H"));
        Axe.assertNoViolations(page);
        browser.driver().executeScript("document.getElementById('hotspot-map-heading').scrollIntoView();");
        browser.screenshot("hotspots-segments-desktop", Browser.DESKTOP);
    }
}
