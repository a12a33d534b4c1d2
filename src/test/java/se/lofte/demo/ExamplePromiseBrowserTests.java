package se.lofte.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.shared.Dates;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example promise's public pages as a newcomer meets them in Chromium, on a phone and on a desktop: with data,
 * marked "Exempel" where a resident sees them first, without accessibility violations or sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lofte.example-promise=true")
class ExamplePromiseBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String PROMISE = "/kommun/exempelby/medborgarlofte/"
            + LocalDate.now(Dates.SWEDEN).withDayOfMonth(1).minusMonths(11).getYear();

    @Test
    void thePromisePageShowsALivingPromiseMarkedAsAnExample() {
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            openAt(PROMISE, size);
            var page = browser.driver();
            assertThat(page.findElement(By.cssSelector(".example-note")).isDisplayed()).isTrue();
            assertThat(page.findElement(By.cssSelector(".example-note")).getText()).startsWith("Exempel");
            assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Exempel: ");
            assertThat(page.findElements(By.cssSelector("ol.commitments > li"))).hasSize(3);
            assertThat(page.findElement(By.id("goals")).findElement(By.xpath("..")).getText())
                    .contains("i fara").doesNotContain("inget värde ännu");
            assertThat(page.findElement(By.tagName("body")).getText())
                    .contains("Trafikkontroll", "fordon kontrollerade", "Belysningen i gångtunneln är inte klar");
            assertPhoneFitsAndNoViolations(size);
        }
        browser.screenshots("example-promise");
    }

    @Test
    void theOtherPublicPagesMarkTheExampleAndHaveNoViolations() {
        for (Dimension size : List.of(Browser.PHONE, Browser.DESKTOP)) {
            openAt("/kommun/exempelby", size);
            assertThat(browser.driver().findElement(By.cssSelector(".example-note")).isDisplayed()).isTrue();
            assertPhoneFitsAndNoViolations(size);

            openAt("/kommun", size);
            assertThat(browser.driver().findElement(By.cssSelector("p[role=status]")).getText())
                    .isEqualTo("290 kommuner");
            assertThat(browser.driver().findElement(By.xpath("//a[@href='/kommun/exempelby']/..")).getText())
                    .isEqualTo("Exempelby Exempel");
            assertPhoneFitsAndNoViolations(size);

            openAt("/medborgarloften/" + PROMISE.substring(PROMISE.lastIndexOf('/') + 1), size);
            assertThat(browser.driver().findElement(By.xpath("//a[@href='" + PROMISE + "']/..")).getText())
                    .startsWith("Exempelby Exempel");
            assertPhoneFitsAndNoViolations(size);

            openAt("/widget" + PROMISE, size);
            assertThat(browser.driver().findElement(By.id("lofte-widget-title")).getText()).contains("Exempel: ");
            assertPhoneFitsAndNoViolations(size);
        }
        browser.screenshots("example-municipalities");
    }

    /** Opens the page with the viewport at this size (a phone emulated as one), which stays for the checks. */
    private static void openAt(String path, Dimension size) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.getWidth(),
                "height", size.getHeight(), "deviceScaleFactor", 1, "mobile", size.getWidth() < 600));
        browser.open(browser.url(path));
    }

    private static void assertPhoneFitsAndNoViolations(Dimension size) {
        var driver = browser.driver();
        try {
            Axe.assertNoViolations(driver);
            List<?> widths = (List<?>) driver.executeScript(
                    "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];");
            assertThat(((Number) widths.get(0)).intValue()).as("scroll width of %s at %s", driver.getCurrentUrl(), size)
                    .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
