package se.lofte.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The kit itself, on pages written here rather than by the app: a check that never fails checks nothing,
 * so this proves axe runs, finds a known violation and reports it readably.
 */
class AxeBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void findsAnUnlabelledInputAndAnImageWithoutText() {
        browser.open(page("<main><h1>Test</h1><img src='x.png'><input type='text' name='q'></main>"));

        assertThat(Axe.violations(browser.driver())).extracting(Axe.Violation::id)
                .contains("image-alt", "label");
        assertThatThrownBy(() -> Axe.assertNoViolations(browser.driver()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt (critical): Images must have alternative text")
                .hasMessageContaining("<img src=\"x.png\">")
                .hasMessageContaining("label (critical)");
    }

    @Test
    void passesACleanPage() {
        browser.open(page("<main><h1>Test</h1><label for='q'>Sök</label><input id='q' type='text'></main>"));

        Axe.assertNoViolations(browser.driver());
    }

    @Test
    void screenshotsHaveTheRequestedSize() throws IOException {
        browser.open(page("<main><h1>Test</h1></main>"));

        BufferedImage phone = ImageIO.read(browser.screenshot("kit-phone", Browser.PHONE).toFile());
        BufferedImage desktop = ImageIO.read(browser.screenshot("kit-desktop", Browser.DESKTOP).toFile());

        assertThat(phone.getWidth()).isEqualTo(390);
        assertThat(phone.getHeight()).isEqualTo(844);
        assertThat(desktop.getWidth()).isEqualTo(1280);
        assertThat(desktop.getHeight()).isEqualTo(900);
    }

    private static String page(String body) {
        return "data:text/html;charset=utf-8," + URLEncoder.encode("<!DOCTYPE html><html lang='sv'><head>"
                + "<title>Test</title></head><body>" + body + "</body></html>", StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
