package se.lofte.publishing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embed code works when tried from an HTML file opened from the disk, whose origin is "null": a first
 * month's trial found the frame blank there, because "frame-ancestors *" matches only http(s) pages.
 */
@BrowserTest
class WidgetFramingBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path folder;

    @Test
    void aPageOpenedFromALocalFileShowsTheWidget() throws Exception {
        String widget = browser.url(ProgressFixtures.WIDGET);
        Path file = Files.writeString(folder.resolve("prov.html"), """
                <!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Prov</title></head>
                <body><iframe src="%s" title="Medborgarlöftet" width="400" height="600"></iframe></body></html>
                """.formatted(widget));
        browser.open(file.toUri().toString());
        var driver = browser.driver();
        driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
        try {
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Medborgarlöfte");
        } finally {
            driver.switchTo().defaultContent();
        }
        browser.open(widget);
        Axe.assertNoViolations(driver);
        browser.open(widget + "?lang=en");
        Axe.assertNoViolations(driver);
    }
}
