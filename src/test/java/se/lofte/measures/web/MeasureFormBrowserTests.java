package se.lofte.measures.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.measures.MeasurePromises;
import se.lofte.places.PlaceIndex;
import se.lofte.promises.PromiseId;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A police editor logs a measure in Chromium: a first try with mistakes comes back with the messages and
 * what was typed, a click on the small map gives the point, and the measure is listed as held back and shown
 * with its area. Every page passes axe. The tile server is an address where nothing answers, as without
 * network: the map still takes a click.
 */
@MapBrowserTest
@Import(MovableClock.Config.class)
class MeasureFormBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final MeasurePromises measurePromises = new MeasurePromises();
    @Autowired
    MovableClock clock;
    @Autowired
    MeasureManagement measures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlaceIndex placeIndex;

    MeasureFixtures.Parties parties;
    PromiseId promise;
    int year;
    long area;

    @BeforeEach
    void aPoliceEditorWithAPromiseAndAnArea() {
        parties = measurePromises.parties();
        // The map opens around the parties' areas, so they need one; other tests may add more.
        area = ReportFixtures.area(jdbc, parties.municipality().id().value(), "1460", "Insatsområde Öst", 21.10, 66.10,
                21.20, 66.15);
        placeIndex.refresh();
        year = TestYears.next();
        // Measures lie within their promise's period; the form proposes today.
        clock.setDay(LocalDate.of(year, 6, 15));
        promise = measurePromises.draft(year);
    }

    @AfterEach
    void removeTheArea() {
        MeasureFixtures.removePlaces(jdbc, List.of(area), List.of());
        placeIndex.refresh();
    }

    @Test
    void aPoliceEditorLogsAMeasureWithAPointFromTheMapAndHoldsItBack() {
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.signInAsStaff("insats.polis", parties.police().id(), Role.EDITOR);
        browser.open(browser.url("/manage/measures/promises/" + promise.value()));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.linkText("Logga en insats"));

        WebElement map = waitForTheMap();
        Axe.assertNoViolations(browser.driver());
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("Trafikkontroll");
        browser.driver().findElement(By.id("outputs-0-quantity")).sendKeys("-20");
        browser.driver().findElement(By.id("outputs-0-unit")).sendKeys("fordon kontrollerade");
        browser.driver().findElement(By.id("description")).sendKeys("Kontroll vid skolan, 121212-1212.");
        browser.clickAndWait(By.cssSelector("form.measure-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.id("error-summary")).getText())
                .contains("Välj minst ett åtagande").contains("121212-1212").contains("Antalet kan inte vara mindre än noll");
        assertThat(browser.driver().findElement(By.id("outputs-0-unit")).getDomProperty("value"))
                .isEqualTo("fordon kontrollerade");
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("measure-form-errors-phone", Browser.PHONE);
        browser.driver().manage().window().setSize(Browser.DESKTOP);

        browser.driver().findElement(By.id("commitment-c1")).click();
        new Select(browser.driver().findElement(By.id("responsible"))).selectByVisibleText(parties.police().name());
        replace("outputs-0-quantity", "20");
        replace("description", "Hastighetskontroll vid skolan.");
        // A date input takes typing in the browser's own format; set the value as a date picker would.
        browser.driver().executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.id("publicFrom")), LocalDate.of(year + 1, 12, 1).toString());
        browser.driver().findElement(By.id("areaOnly")).click();
        map = waitForTheMap();
        new Actions(browser.driver()).moveToElement(map).click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("latitude")).getDomProperty("value").isEmpty());
        double latitude = Double.parseDouble(browser.driver().findElement(By.id("latitude")).getDomProperty("value"));
        double longitude = Double.parseDouble(browser.driver().findElement(By.id("longitude")).getDomProperty("value"));
        assertThat(latitude).isBetween(Double.parseDouble(map.getDomAttribute("data-south")),
                Double.parseDouble(map.getDomAttribute("data-north")));
        assertThat(longitude).isBetween(Double.parseDouble(map.getDomAttribute("data-west")),
                Double.parseDouble(map.getDomAttribute("data-east")));
        assertThat(browser.driver().findElement(By.id("measure-map-status")).isDisplayed()).isTrue();
        assertThat(new Select(browser.driver().findElement(By.id("place"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("point");
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("measure-form-desktop", Browser.DESKTOP);
        browser.clickAndWait(By.cssSelector("form.measure-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText()).contains("Insatsen är loggad");
        assertThat(browser.driver().findElement(By.cssSelector("main table")).getText())
                .contains("Publiceras 1 december " + (year + 1)).contains("Visas med området")
                .contains("20 fordon kontrollerade");
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("measure-list-desktop", Browser.DESKTOP);
        browser.screenshot("measure-list-phone", Browser.PHONE);

        var logged = measures.ofPromise(promise, MeasureFixtures.editorOfBoth(parties)).getFirst();
        assertThat(logged.place()).isInstanceOf(MeasurePlace.AtPoint.class);
        var point = (MeasurePlace.AtPoint) logged.place();
        assertThat(point.latitude()).isCloseTo(latitude, within(0.000001));
        assertThat(point.longitude()).isCloseTo(longitude, within(0.000001));
    }

    private void replace(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Leaflet draws the small map (no tiles load) and it is shown. */
    private WebElement waitForTheMap() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#measure-map.leaflet-container")).isEmpty());
        WebElement map = browser.driver().findElement(By.id("measure-map"));
        assertThat(map.isDisplayed()).isTrue();
        return map;
    }
}
