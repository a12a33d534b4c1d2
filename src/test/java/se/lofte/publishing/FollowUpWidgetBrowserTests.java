package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The widget of a promise with a published joint follow-up: its summary shown, in both languages, axe-clean. */
@BrowserTest
class FollowUpWidgetBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void theWidgetShowsTheFollowUpsSummaryAndStaysAccessible() {
        var promise = promises.publish(c -> c);
        promises.publishFollowUp(promise, Verdict.PARTLY_FULFILLED, Reason.SITUATION_CHANGED, "Läget ändrades.");
        int goals = promises.latest(promise.id()).content().goals().size();
        String widget = browser.url("/widget" + promise.path());

        browser.open(widget);
        assertThat(browser.byCss(".lofte-followup").getText()).contains("Uppföljning: 0 av " + goals + " mål nådda",
                "Helårsuppföljning " + promise.year());
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.open(widget + "?lang=en");
        assertThat(browser.driver().findElement(By.cssSelector(".lofte-followup")).getText())
                .contains("Follow-up: 0 of " + goals + " goals reached");
        Axe.assertNoViolations(browser.driver());
    }
}
