package se.lofte.situation.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import se.lofte.incidents.Imports;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.Organisations;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff map with both shared samples imported (the police events of all of Sweden and a month of the City
 * of London, over a thousand incidents) once was some 14,000 pixels tall: every table came before the page
 * ended. Now the filter and the whole map fit the first screen of a 1280x800 desktop, and on a phone 390
 * pixels wide the filter fits it with the map right below; the tables are closed disclosures that say how much
 * they hold, so the page stays under three screens; a keyboard opens them, and a page of the incident list
 * opens with its list open. The offer to pin the view in a lägesbild waits behind a disclosure too, and a map
 * view pinned there keeps its tables closed the same way.
 */
@MapBrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageFitsAScreenBrowserTests {

    private static final Dimension SMALL_DESKTOP = new Dimension(1280, 800);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;

    @BeforeAll
    void importTheSharedSamples() throws IOException {
        var amal = organisations.municipalityBySlug("amal").orElseThrow().id();
        for (var sample : List.of(Map.entry(ImportFormat.POLISEN_EVENTS, "polisen-events-2025-06-07.json"),
                Map.entry(ImportFormat.POLICE_UK, "police-uk-city-of-london-2019-01.csv"))) {
            // An import deletes its file when it ends.
            Path copy = Files.createTempFile("lofte-map-sample-", ".upload");
            Files.copy(Path.of("src/test/resources/situation", sample.getValue()), copy,
                    StandardCopyOption.REPLACE_EXISTING);
            imports.runNow(new Imports.Order(amal, sample.getKey(), null, sample.getValue(), null),
                    Parsers.forFormat(sample.getKey(), null), copy);
        }
    }

    @Test
    void theFilterAndTheMapFitTheFirstScreenAndTheTablesWaitBehindDisclosures() {
        // All time: the samples are from 2019 and 2025.
        browser.openAsAdmin("/manage/situation/map?period=");
        var page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(20));
        wait.until(d -> d.findElement(By.id("map-status")).getText().startsWith("Kartan visar"));
        long total = Long.parseLong(page.findElement(By.cssSelector(".map-count")).getText().replaceAll("\\D", ""));
        assertThat(total).isGreaterThan(1000);

        for (Dimension screen : List.of(SMALL_DESKTOP, Browser.PHONE)) {
            Layout layout = layout(screen);
            String at = screen.getWidth() + "x" + screen.getHeight();
            assertThat(layout.filterBottom()).as("filter, periods and count at %s", at).isLessThanOrEqualTo(screen.getHeight());
            if (screen == SMALL_DESKTOP) {
                assertThat(layout.mapTop()).as("map at %s", at).isGreaterThan(0);
                assertThat(layout.mapBottom()).as("map at %s", at).isLessThanOrEqualTo(screen.getHeight());
                assertThat(layout.mapBottom() - layout.mapTop()).as("map height at %s", at).isGreaterThanOrEqualTo(400);
            } else {
                // On a phone the staff menu takes a quarter of the screen: the map starts where the filter ends.
                assertThat(layout.mapTop()).as("map at %s", at).isLessThan(screen.getHeight());
            }
            assertThat(layout.pageHeight()).as("page height at %s", at).isLessThan(3 * screen.getHeight());
            assertThat(layout.scrollWidth()).as("no sideways scroll at %s", at).isLessThanOrEqualTo(screen.getWidth());
        }
        browser.screenshots("situation-map-first-screen");

        // By category, by municipality, by area where there are areas, and the incidents one by one.
        List<WebElement> tables = page.findElements(By.cssSelector("#map-tables details"));
        assertThat(tables).hasSizeBetween(3, 4).noneMatch(details -> details.getDomAttribute("open") != null);
        List<String> summaries = tables.stream().map(d -> d.findElement(By.tagName("summary")).getText()).toList();
        assertThat(summaries.get(0)).matches("Händelser per kategori \\(\\d+ kategorier\\)");
        assertThat(summaries.get(1)).matches("Händelser per kommun \\(\\d+ kommuner\\)");
        assertThat(summaries.getLast()).startsWith("Alla händelser i urvalet, en per rad (").endsWith(")");
        assertThat(summaries.getLast().replaceAll("\\D", "")).isEqualTo(Long.toString(total));
        Axe.assertNoViolations(page);

        // The keyboard opens the list: its summary takes the focus, and Enter opens it.
        WebElement list = page.findElement(By.id("map-incidents"));
        WebElement summary = list.findElement(By.tagName("summary"));
        ((org.openqa.selenium.JavascriptExecutor) page).executeScript("arguments[0].focus()", summary);
        assertThat(page.switchTo().activeElement()).isEqualTo(summary);
        summary.sendKeys(Keys.ENTER);
        wait.until(d -> list.getDomAttribute("open") != null);
        assertThat(page.findElements(By.cssSelector("#incident-table tbody tr"))).hasSize(SituationMapController.PAGE_SIZE);
        assertThat(page.findElement(By.id("incident-table")).isDisplayed()).isTrue();
        Axe.assertNoViolations(page);

        // The next page of the list opens with the list open, where the reader was.
        browser.clickAndWait(By.cssSelector("#map-incidents a[rel=next]"));
        assertThat(page.getCurrentUrl()).contains("page=2").endsWith("#map-incidents");
        assertThat(page.findElement(By.id("map-incidents")).getDomAttribute("open")).isNotNull();
        assertThat(page.findElement(By.id("incident-table")).isDisplayed()).isTrue();
        browser.clickAndWait(By.cssSelector("#map-incidents a[rel=prev]"));
        assertThat(page.getCurrentUrl()).contains("page=1");
        assertThat(page.findElement(By.id("map-incidents")).getDomAttribute("open")).isNotNull();
    }

    @Test
    void aPinnedMapViewInTheLagesbildKeepsItsTablesClosed() {
        browser.openAsAdmin("/manage/situation/map?period=");
        var page = browser.driver();
        WebElement offer = page.findElement(By.cssSelector("details.map-pin-offer"));
        assertThat(offer.getDomAttribute("open")).isNull();
        offer.findElement(By.tagName("summary")).click();
        MapPinForm.pinInAmal(browser, TestYears.lagesbild(), "Hela landet och London");
        assertThat(page.getCurrentUrl()).contains("/manage/situation/lagesbild/");

        List<WebElement> disclosures = page.findElements(By.cssSelector("article.pin details"));
        assertThat(disclosures).isNotEmpty().noneMatch(details -> details.getDomAttribute("open") != null);
        assertThat(disclosures.getFirst().findElement(By.tagName("summary")).getText())
                .matches("Händelser per kategori \\(\\d+ kategorier\\)");
        // The pinned view is its map, its counts and the closed tables: less than a screen whatever it counts.
        assertThat(page.findElement(By.cssSelector("article.pin")).getRect().getHeight())
                .isLessThan(Browser.DESKTOP.getHeight());
        Axe.assertNoViolations(page);
    }

    /** Where the parts of the page are, in CSS pixels from the page's top, on a screen of this size. */
    private record Layout(long filterBottom, long mapTop, long mapBottom, long pageHeight, long scrollWidth) {
    }

    private static Layout layout(Dimension screen) {
        var driver = browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", screen.getWidth(),
                "height", screen.getHeight(), "deviceScaleFactor", 1, "mobile", screen.getWidth() < 600));
        try {
            List<?> numbers = (List<?>) driver.executeScript("""
                    window.scrollTo(0, 0);
                    const bottom = s => { const e = document.querySelector(s); return e ? e.getBoundingClientRect().bottom : 0; };
                    const map = document.getElementById('situation-map');
                    const box = map ? map.getBoundingClientRect() : {top: 0, bottom: 0};
                    return [Math.max(bottom('form.map-filter'), bottom('.map-periods'), bottom('.map-count')),
                            box.top, box.bottom, document.documentElement.scrollHeight,
                            document.documentElement.scrollWidth];""");
            return new Layout(number(numbers.get(0)), number(numbers.get(1)), number(numbers.get(2)),
                    number(numbers.get(3)), number(numbers.get(4)));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static long number(Object value) {
        return Math.round(((Number) value).doubleValue());
    }
}
