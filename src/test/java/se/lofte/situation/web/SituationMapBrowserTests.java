package se.lofte.situation.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The situation map in Chromium with no background tiles: the tile server is an address on this machine
 * where nothing answers, as when there is no network. The incidents must still appear (as clusters and
 * points on the plain background), match the table, and the page must be free of WCAG 2.1 A/AA violations
 * with the map drawn.
 */
@MapBrowserTest
class SituationMapBrowserTests {

    private static final String SOURCE = "kart-webbläsartest";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final MapFixture fixture = MapFixture.inAmalAndMellerud(SOURCE);
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aClusterOnTheSquare() {
        // A cluster of thefts around the square, close enough to be grouped at the first view.
        for (int i = 0; i < 20; i++) {
            MapFixture.incident(jdbc, SOURCE, fixture.amal(), "torget-" + i, "Stöld",
                    "2026-02-%02dT14:00:00+01:00".formatted(i + 1), "POINT", 59.0520 + (i % 5) * 0.0002,
                    12.7030 + (i / 5) * 0.0002, fixture.amalArea(), null, "Torget", null);
        }
    }

    @Test
    void theMapDrawsTheTablesIncidentsWithoutTilesAndHasNoViolations() {
        browser.openAsAdmin("/manage/situation/map?source=" + SOURCE);
        WebDriver page = browser.driver();
        assertThat(page.getTitle()).isEqualTo("Karta över händelser – Löfte");

        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("map-status"), Pattern.compile("Kartan visar")));
        wait.until(d -> !d.findElements(By.cssSelector("#situation-map .leaflet-marker-icon")).isEmpty());

        // Every incident the table lists with a place on the map is on the map, as a point or in a cluster.
        page.findElement(By.cssSelector("#map-incidents summary")).click();
        List<WebElement> tableRows = page.findElements(By.cssSelector("#incident-table tbody tr"));
        long drawable = tableRows.stream().filter(r -> !r.getText().contains("Bara kommun eller område")).count();
        assertThat(tableRows).hasSize(25);
        assertThat(drawable).isEqualTo(24);
        // Clusters animate into place: count once the map has settled.
        wait.until(d -> markersOnMap(d) == drawable);
        assertThat(page.findElement(By.id("map-status")).getText())
                .isEqualTo("Kartan visar 24 händelser. En händelse med bara kommun angiven visas inte på kartan.");

        // The tiles failed, and the page says so while the data stays visible on the plain background.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map-tiles-failed")));
        // Both areas and the street (a system administrator sees Mellerud too).
        assertThat(page.findElements(By.cssSelector("#situation-map path.leaflet-interactive"))).hasSize(3);

        Axe.assertNoViolations(page);
        showMap(page);
        browser.screenshots("situation-map");

        page.findElement(By.cssSelector("label:has(#layer-heat)")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#situation-map canvas.leaflet-heatmap-layer")).isEmpty());
        assertThat(page.getCurrentUrl()).contains("heat=1");
        assertThat(page.findElement(By.id("map-heat-state")).getDomProperty("value")).isEqualTo("1");
        Axe.assertNoViolations(page);
        showMap(page);
        browser.screenshot("situation-map-heat-desktop", Browser.DESKTOP);

        page.findElement(By.cssSelector("label:has(#layer-heat)")).click();
        wait.until(d -> d.findElements(By.cssSelector("#situation-map canvas.leaflet-heatmap-layer")).isEmpty());
        assertThat(page.getCurrentUrl()).doesNotContain("heat=1");
    }

    @Test
    void theViewInTheAddressIsTheViewShownAndKeyboardUsersCanSkipTheMap() {
        browser.openAsAdmin("/manage/situation/map?source=" + SOURCE + "&view=59.05,12.7,12&heat=1");
        WebDriver page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(d -> !d.findElements(By.cssSelector("#situation-map canvas.leaflet-heatmap-layer")).isEmpty());

        assertThat(page.findElement(By.id("layer-heat")).isSelected()).isTrue();
        assertThat(page.findElement(By.cssSelector("#situation-map .leaflet-control-zoom-in")).getDomAttribute("title"))
                .isEqualTo("Zooma in");
        page.findElement(By.cssSelector("#situation-map .leaflet-control-zoom-in")).click();
        wait.until(d -> d.getCurrentUrl().contains("view=59.05000%2C12.70000%2C13")
                || d.getCurrentUrl().contains("view=59.05000,12.70000,13"));
        assertThat(page.findElement(By.id("map-view-state")).getDomProperty("value")).isEqualTo("59.05000,12.70000,13");
        showMap(page);
        browser.screenshot("situation-map-zoomed-desktop", Browser.DESKTOP);

        page.findElement(By.linkText("Hoppa över kartan")).click();
        assertThat(page.switchTo().activeElement().getDomAttribute("id")).isEqualTo("map-tables");
    }

    @Test
    void twoMapViewsPinnedFromTheMapAreDrawnInTheDocumentWithoutViolations() {
        int year = se.lofte.testing.TestYears.lagesbild();
        WebDriver page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        for (String title : List.of("Torget i Åmål", "Torget med värmekarta")) {
            browser.openAsAdmin("/manage/situation/map?source=" + SOURCE + "&view=59.05,12.7,12"
                    + (title.contains("värme") ? "&heat=1" : ""));
            wait.until(d -> !d.findElements(By.cssSelector("#situation-map .leaflet-marker-icon")).isEmpty());
            // The pin form posts the view the map shows now, not the one the page was opened with.
            page.findElement(By.cssSelector("#situation-map .leaflet-control-zoom-in")).click();
            wait.until(d -> d.findElement(By.id("map-pin-query")).getDomProperty("value")
                    .contains("view=59.05000%2C12.70000%2C13"));
            page.findElement(By.cssSelector(".map-pin-offer summary")).click();
            MapPinForm.pinInAmal(browser, year, title);
            assertThat(page.getCurrentUrl()).contains("/manage/situation/lagesbild/").contains("/" + year);
        }

        wait.until(d -> d.findElements(By.cssSelector("article.pin .situation-map")).stream()
                .allMatch(m -> !m.findElements(By.cssSelector(".leaflet-marker-icon")).isEmpty()));
        List<WebElement> maps = page.findElements(By.cssSelector("article.pin .situation-map"));
        assertThat(maps).hasSize(2);
        assertThat(maps).allSatisfy(m -> assertThat(m.getDomAttribute("data-view")).isEqualTo("59.05000,12.70000,13"));
        assertThat(page.findElements(By.cssSelector("article.pin .map-status")).stream().map(WebElement::getText))
                .allSatisfy(text -> assertThat(text).startsWith("Kartan visar 24 händelser"));
        // Only the second stored the heat layer.
        assertThat(maps.get(0).findElements(By.cssSelector("canvas.leaflet-heatmap-layer"))).isEmpty();
        wait.until(d -> !maps.get(1).findElements(By.cssSelector("canvas.leaflet-heatmap-layer")).isEmpty());
        assertThat(page.findElements(By.linkText("Öppna kartan"))).hasSize(2);
        assertThat(page.findElements(By.cssSelector("article.pin table.map-pin-categories"))).hasSize(2);
        Axe.assertNoViolations(page);
        ((JavascriptExecutor) page).executeScript("document.getElementById('pins').scrollIntoView()");
        browser.screenshot("lagesbild-map-pins-desktop", Browser.DESKTOP);
    }

    /** Scrolls the map's heading to the top of the window, so that a screenshot shows the map. */
    private static void showMap(WebDriver page) {
        ((JavascriptExecutor) page).executeScript("document.getElementById('map-heading').scrollIntoView()");
    }

    /**
     * Points drawn one by one plus the number each cluster stands for, counted in one script: clusters are
     * rebuilt while they animate, so elements fetched one call earlier may already be gone.
     */
    private static long markersOnMap(WebDriver page) {
        Object count = ((JavascriptExecutor) page).executeScript("""
                const map = document.getElementById('situation-map');
                let n = map.querySelectorAll('.map-incident').length;
                for (const label of map.querySelectorAll('.marker-cluster span')) {
                  const number = /^\\s*(\\d+)/.exec(label.textContent);
                  if (number) { n += Number(number[1]); }
                }
                return n;""");
        return ((Number) count).longValue();
    }
}
