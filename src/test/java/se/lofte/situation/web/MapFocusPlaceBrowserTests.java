package se.lofte.situation.web;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Making a focus place on the situation map in Chromium, without background tiles, as an analyst of Åmål
 * ({@link MapFixture}'s Kungsgatan through the map's centre, and Storgatan a kilometre west): an area drawn by
 * clicks on the map becomes a focus place of the street within it; streets ticked in the list (found by
 * their name, ticked from the keyboard) and clicked on the map become one of those streets, the chosen ones
 * drawn thicker and dashed. The page has no WCAG 2.1 A/AA violations while drawing or choosing.
 */
@MapBrowserTest
class MapFocusPlaceBrowserTests {

    private static final String SOURCE = "kartfokus-webbläsartest";
    /** Kungsgatan runs west to east through the centre of this view, some 230 pixels each way. */
    private static final String MAP = "/manage/situation/map?source=" + SOURCE + "&view=59.05,12.7,15";
    private static final String DRAWN = "Kartfokus ritad";
    private static final String CHOSEN = "Kartfokus vald";

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final MapFixture fixture = MapFixture.inAmalAndMellerud(SOURCE).removingFocusPlace(DRAWN)
            .removingFocusPlace(CHOSEN);
    @Autowired
    JdbcClient jdbc;

    long storgatan;

    @BeforeEach
    void storgatanAndAnAnalyst() {
        Organisation amal = fixture.amal();
        storgatan = fixture.street(amal, "Storgatan", 12.67, 59.05, 12.68, 59.05);
        browser.signInAsStaff("kartfokus.webbanalytiker", amal.id(), Role.ANALYST);
    }

    @Test
    void anAreaDrawnByClicksBecomesAFocusPlaceOfTheStreetWithinIt() {
        WebDriver page = open();
        page.findElement(By.cssSelector("label:has(input[name=map-mode][value=draw])")).click();
        assertThat(page.findElement(By.id("map-focus-done")).isDisplayed()).isTrue();
        assertThat(page.findElement(By.id("map-focus-offer")).getDomAttribute("open")).isNotNull();

        // Too few corners are not an area yet.
        clickMap(page, -60, -60);
        clickMap(page, 60, -60);
        page.findElement(By.id("map-focus-done")).click();
        assertThat(page.findElement(By.id("map-focus-status")).getText())
                .isEqualTo("Sätt minst tre hörn innan du trycker Klar.");
        // A slip is undone, and the square around the middle of Kungsgatan finished.
        clickMap(page, 150, 150);
        assertThat(page.findElement(By.id("map-focus-status")).getText()).isEqualTo("Hörn satta: 3.");
        page.findElement(By.id("map-focus-undo")).click();
        clickMap(page, 60, 60);
        clickMap(page, -60, 60);
        page.findElement(By.id("map-focus-done")).click();
        assertThat(page.findElement(By.id("map-focus-status")).getText()).isEqualTo("Området är klart med 4 hörn."
                + " Namnge och spara fokusplatsen i formuläret under kartan.");
        assertThat(page.findElement(By.id("map-focus-shape-state")).getText()).isEqualTo("Ett område med 4 hörn är ritat.");
        String polygon = page.findElement(By.id("map-focus-polygon")).getDomProperty("value");
        assertThat(polygon).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[");
        // The area is drawn filled, its corners marked.
        assertThat(page.findElements(By.cssSelector("#situation-map path[fill='#ffcc00']"))).hasSize(1);
        Axe.assertNoViolations(page);
        browser.screenshot("map-focus-drawn-desktop", Browser.DESKTOP);

        page.findElement(By.id("name")).sendKeys(DRAWN);
        browser.clickAndWait(By.cssSelector("#map-focus-form button[type=submit]"));
        assertThat(page.getCurrentUrl()).contains("/manage/situation/places/focus/");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(DRAWN);
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Fokusplatsen är skapad.");
        assertThat(streets(DRAWN)).containsExactly("Kungsgatan");
    }

    @Test
    void streetsFoundInTheListAndClickedOnTheMapBecomeAFocusPlace() {
        WebDriver page = open();
        WebElement offer = page.findElement(By.id("map-focus-offer"));
        offer.findElement(By.tagName("summary")).click();
        // The list is the way without the map: a street is found by its name and ticked from the keyboard.
        page.findElement(By.id("map-focus-filter-text")).sendKeys("stor");
        assertThat(page.findElement(By.id("map-focus-filter-count")).getText()).isEqualTo("1 av 2 gator visas.");
        assertThat(page.findElement(By.id("segment-" + fixture.segment())).isDisplayed()).isFalse();
        WebElement storgatanBox = page.findElement(By.id("segment-" + storgatan));
        storgatanBox.sendKeys(Keys.SPACE);
        assertThat(storgatanBox.isSelected()).isTrue();
        assertThat(chosenOnTheMap(page)).hasSize(1);
        page.findElement(By.id("map-focus-filter-text")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        var wait = new WebDriverWait(page, Duration.ofSeconds(5));
        wait.until(d -> d.findElement(By.id("segment-" + fixture.segment())).isDisplayed());

        // On the map, a click on Kungsgatan east of the clusters chooses it, and ticks it in the list.
        page.findElement(By.cssSelector("label:has(input[name=map-mode][value=streets])")).click();
        clickMap(page, 150, 0);
        wait.until(d -> d.findElement(By.id("segment-" + fixture.segment())).isSelected());
        assertThat(chosenOnTheMap(page)).hasSize(2);
        assertThat(page.findElement(By.id("map-focus-status")).getText()).isEqualTo("Valda gatusträckor: 2.");
        Axe.assertNoViolations(page);
        browser.screenshot("map-focus-chosen-desktop", Browser.DESKTOP);
        ((JavascriptExecutor) page).executeScript("document.getElementById('focus-place').scrollIntoView();");
        browser.screenshot("map-focus-form-desktop", Browser.DESKTOP);
        browser.assertNoSidewaysScrollOnAPhone();

        page.findElement(By.id("name")).sendKeys(CHOSEN);
        browser.clickAndWait(By.cssSelector("#map-focus-form button[type=submit]"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(CHOSEN);
        assertThat(streets(CHOSEN)).containsExactly("Kungsgatan", "Storgatan");
    }

    private WebDriver open() {
        browser.open(browser.url(MAP));
        WebDriver page = browser.driver();
        var wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textMatches(By.id("map-status"), Pattern.compile("Kartan visar")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map-focus-tools")));
        return page;
    }

    /**
     * Clicks the map this far right and down of its centre, with the whole map in the window: a click is aimed
     * at the middle of what shows of the map, so a map partly scrolled away would be clicked elsewhere.
     */
    private static void clickMap(WebDriver page, int right, int down) {
        WebElement map = page.findElement(By.id("situation-map"));
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'});", map);
        new Actions(page).moveToElement(map, right, down).click().perform();
    }

    /** Segments drawn as chosen: thicker and dashed, not only in another colour. */
    private static List<WebElement> chosenOnTheMap(WebDriver page) {
        return page.findElements(By.cssSelector("#situation-map path[stroke-dasharray='12 6'][stroke-width='9']"));
    }

    private List<String> streets(String name) {
        return jdbc.sql("""
                        select s.name from focus_place f join focus_place_part p on p.focus_place_id = f.id
                        join street_segment s on s.id = p.segment_id where f.name = ? order by s.name""")
                .param(name).query(String.class).list();
    }
}
