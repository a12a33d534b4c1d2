package se.lofte.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI runs under the pages' Content Security Policy, which allows no inline script or style: the
 * page must render its operations, and the browser must block nothing that matters.
 */
@BrowserTest
class ApiDocsBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    @SuppressWarnings("unchecked")
    void swaggerUiWorksWithoutUnsafeInline() {
        // Installed before any page script runs, so that every violation from the first byte is kept.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.cspViolations = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));

        browser.open(browser.url("/api/docs"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));

        assertThat(browser.driver().findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(e -> e.getText().replace("\u200B", ""))
                .contains("/api/promises", "/api/tokens/self");
        // The one thing the policy blocks is the <style> inside Swagger's SVG logo, which only colours the
        // logo. Nothing else inline is blocked, no script at all, so no exception to the policy is made.
        assertThat((List<String>) browser.driver().executeScript("return window.cspViolations"))
                .containsOnly("style-src-elem inline");
        assertThat((List<String>) browser.driver().executeScript(
                "return Array.from(document.querySelectorAll('style')).map(s => s.textContent)"))
                .allSatisfy(style -> assertThat(style).startsWith(".logo_small_svg__"));
        browser.screenshot("api-docs", Browser.DESKTOP);
    }
}
