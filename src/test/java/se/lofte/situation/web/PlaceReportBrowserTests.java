package se.lofte.situation.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A reporter on a phone (390 × 844) signs in, lands on the form, makes a mistake, corrects it and sends
 * the report choosing the place from the list; another reporter clicks the small map to send a point.
 * Every page passes axe with the map drawn. The tile server is an address on this machine where nothing
 * answers, as when there is no network: the map still takes a click.
 */
@MapBrowserTest
class PlaceReportBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final ReportPlaces aStreetInMellerud = new ReportPlaces()
            .area("mellerud", "Mellerud centrum", 12.43, 58.69, 12.48, 58.72)
            .street("mellerud", "Storgatan", 12.45, 58.70, 12.46, 58.701);
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReporterOnAPhoneSendsAReportChoosingThePlaceFromTheList() throws Exception {
        browser.driver().manage().window().setSize(Browser.PHONE);
        browser.signInAsStaff("mobil.rapportor", browser.municipality("mellerud"), Role.REPORTER);

        assertThat(browser.driver().getCurrentUrl()).endsWith("/manage/situation/reports/new");
        waitForTheMap();
        Axe.assertNoViolations(browser.driver());
        new Select(browser.driver().findElement(By.id("place"))).selectByVisibleText("Storgatan");
        browser.driver().findElement(By.id("text")).sendKeys("Trasig lampa vid 121212-1212.");
        // Night (00–06) of today has always begun, whatever the hour the test runs.
        browser.driver().findElement(By.id("partOfDay-natt")).click();
        browser.clickAndWait(By.cssSelector("form.report-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.id("error-summary")).getText())
                .contains("Kryssa i minst en sak").contains("121212-1212");
        assertThat(new Select(browser.driver().findElement(By.id("place"))).getFirstSelectedOption().getText())
                .isEqualTo("Storgatan");
        assertThat(browser.driver().findElement(By.id("partOfDay-natt")).isSelected()).isTrue();
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

    @Test
    void aClickOnTheSmallMapSendsAPointReport() {
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.signInAsStaff("karta.rapportor", browser.municipality("mellerud"), Role.REPORTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/manage/situation/reports/new");

        WebElement map = waitForTheMap();
        assertThat(browser.driver().findElement(By.id("latitude")).getDomProperty("value")).isEmpty();
        // The middle of the map is the middle of Mellerud's places: inside the area "Mellerud centrum".
        new Actions(browser.driver()).moveToElement(map).click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("latitude")).getDomProperty("value").isEmpty());
        double latitude = Double.parseDouble(browser.driver().findElement(By.id("latitude")).getDomProperty("value"));
        double longitude = Double.parseDouble(browser.driver().findElement(By.id("longitude")).getDomProperty("value"));
        assertThat(latitude).isBetween(58.69, 58.72);
        assertThat(longitude).isBetween(12.43, 12.48);
        assertThat(browser.driver().findElement(By.id("report-map-status")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElements(By.cssSelector("#report-map .leaflet-marker-icon"))).hasSize(1);
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("place-report-map-desktop", Browser.DESKTOP);

        browser.driver().findElement(By.id("text")).sendKeys("Klotter på muren.");
        browser.driver().findElement(By.xpath("//label[span[text()='Klotter']]")).click();
        browser.clickAndWait(By.cssSelector("form.report-form button[type=submit]"));

        assertThat(browser.driver().findElement(By.cssSelector(".alert-success")).getText()).contains("Rapporten är sparad");
        var incident = jdbc.sql("select i.place_precision, i.latitude, i.longitude, a.name from incident i"
                        + " join place_report r on i.source_id like r.id || '/%' join area a on a.id = i.area_id"
                        + " where i.source = 'platsrapport' and r.reported_by = 'karta.rapportor'"
                        + " order by r.reported_at desc")
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4)))
                .list().getFirst();
        assertThat(incident.get(0)).isEqualTo("POINT");
        assertThat((Double) incident.get(1)).isCloseTo(latitude, within(0.000001));
        assertThat((Double) incident.get(2)).isCloseTo(longitude, within(0.000001));
        assertThat(incident.get(3)).isEqualTo("Mellerud centrum");
        Axe.assertNoViolations(browser.driver());
    }

    /** Leaflet draws the small map (no tiles load) and it is shown. */
    private WebElement waitForTheMap() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector("#report-map.leaflet-container")).isEmpty());
        WebElement map = browser.driver().findElement(By.id("report-map"));
        assertThat(map.isDisplayed()).isTrue();
        return map;
    }
}
