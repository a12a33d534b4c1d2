package se.lofte.accounts.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as an administrator meets it in Chromium: the list with its filter, the filter's error
 * state and one event's before → after view, each free of WCAG 2.1 A/AA violations axe-core can find. The
 * demo promise's publication is in every test database's trail.
 */
@BrowserTest
class AuditTrailBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theListFilterAndAnEventHaveNoViolations() {
        browser.openAsAdmin("/manage/accounts/audit?subject=promise&actor=demo");
        WebDriver page = browser.driver();

        assertThat(page.getTitle()).isEqualTo("Ändringslogg – Löfte");
        assertThat(page.findElements(By.cssSelector("main tbody tr"))).isNotEmpty();
        Axe.assertNoViolations(page);
        browser.screenshots("audit-trail");

        browser.clickAndWait(By.xpath("//tbody/tr[td[text()='Publicerat']]//a"));
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Händelse ");
        assertThat(page.findElement(By.xpath("//th[code='state']/following-sibling::td[2]")).getText())
                .isEqualTo("PUBLISHED");
        page.findElement(By.tagName("summary")).click();
        Axe.assertNoViolations(page);
        browser.screenshot("audit-event-desktop", Browser.DESKTOP);
    }

    @Test
    void aFilterThatCannotBeReadLinksItsErrorToTheFieldWithNoViolations() {
        browser.openAsAdmin("/manage/accounts/audit?from=2026-02-30");
        WebDriver page = browser.driver();

        assertThat(page.getTitle()).startsWith("Fel i filtret");
        assertThat(page.findElements(By.cssSelector(".error-summary a")))
                .extracting(link -> link.getDomAttribute("href")).containsExactly("#from");
        Axe.assertNoViolations(page);
    }
}
