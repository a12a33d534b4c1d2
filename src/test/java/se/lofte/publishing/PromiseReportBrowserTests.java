package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.SeedText;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed promise's report as a resident reaches it from the promise page in Chromium, in both languages. */
@BrowserTest
class PromiseReportBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void thePromisePageLinksToThePdfAndThePrintableReportIsCompleteAndAccessible() {
        browser.open(browser.url("/kommun/bengtsfors/medborgarlofte/2019"));
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.linkText("Ladda ner som PDF")).getAttribute("href"))
                .endsWith("/kommun/bengtsfors/medborgarlofte/2019/rapport.pdf");
        browser.clickAndWait(By.linkText("Rapport för utskrift"));
        assertThat(page.getCurrentUrl()).endsWith("/kommun/bengtsfors/medborgarlofte/2019/rapport");

        String text = SeedText.normalise(page.findElement(By.tagName("body")).getText());
        // The seed's last lines are the promise page's own footer; the report says the same in its last section.
        assertThat(SeedText.sentences()).filteredOn(sentence -> !sentence.equals("Skriv ut")
                        && !sentence.startsWith("Senast uppdaterad") && !sentence.startsWith("Sidan publicerad av"))
                .allSatisfy(sentence -> assertThat(text).contains(sentence));
        assertThat(text).contains("Publicerad 15 februari 2019", "Sidan publicerad av Sofia Magnusson");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Medborgarlöfte för 2019");
        assertThat(page.findElements(By.cssSelector("h2")).stream().map(h -> h.getText()).toList())
                .startsWith("Situationen idag", "Det här ska vi göra");
        assertThat(page.findElement(By.linkText("Ladda ner som PDF")).getAttribute("href")).endsWith("/rapport.pdf");
        Axe.assertNoViolations(page);
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("report-seed");

        browser.clickAndWait(By.linkText("In English"));
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(page.findElement(By.id("commitments-heading")).getText()).isEqualTo("What we will do");
        Axe.assertNoViolations(page);
    }
}
