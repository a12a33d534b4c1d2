package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import se.lofte.accounts.Role;
import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePromises;
import se.lofte.promises.PromiseId;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone 390 CSS pixels wide no page scrolls sideways: long words wrap and wide tables scroll inside
 * their own labelled region. A first-month trial found the municipality list and the measures list wider
 * than the screen.
 */
// The same configuration as MeasureFormBrowserTests, so that both run in one application context.
@MapBrowserTest
@Import(MovableClock.Config.class)
class PhoneWidthBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final MeasurePromises measurePromises = new MeasurePromises();
    @Autowired
    MeasureManagement measures;
    @Autowired
    MovableClock clock;

    @Test
    void publicPagesDoNotScrollSidewaysOnAPhone() {
        for (String path : List.of("/", "/kommun", "/kommun/bengtsfors", "/kommun/bengtsfors/medborgarlofte/2019",
                "/?lang=en", "/kommun?lang=en", "/kommun/bengtsfors?lang=en",
                "/kommun/bengtsfors/medborgarlofte/2019?lang=en")) {
            browser.open(browser.url(path));
            browser.assertNoSidewaysScrollOnAPhone();
            Axe.assertNoViolations(browser.driver());
        }
        browser.open(browser.url("/kommun"));
        browser.screenshot("municipalities-phone", Browser.PHONE);
        browser.screenshot("municipalities-desktop", Browser.DESKTOP);
    }

    @Test
    void theStaffMeasuresListDoesNotScrollSidewaysOnAPhone() {
        var parties = measurePromises.parties();
        int year = TestYears.next();
        PromiseId promise = measurePromises.draft(year);
        // A measure is logged once it has happened, within its promise's year.
        clock.setDay(LocalDate.of(year, 6, 15));
        var measure = MeasureFixtures.withDescription(
                MeasureFixtures.withOutputs(MeasureFixtures.trafficControl(parties, LocalDate.of(year, 6, 14), "24",
                                "hastighetsöverträdelserapporteringstillfällen"),
                        List.of(new MeasureInput.OutputLine("24", "hastighetsöverträdelserapporteringstillfällen"))),
                "Trafiksäkerhetskontrollverksamhetsuppföljning vid Bengtsforsvägen–Dalslandsgatan.");
        assertThat(measures.log(promise, measure, MeasureFixtures.editorOfBoth(parties)).problems()).isEmpty();
        browser.signInAsStaff("bredd.polis", parties.police().id(), Role.EDITOR);
        for (String lang : List.of("sv", "en")) {
            String path = "/manage/measures/promises/" + promise.value() + "?lang=" + lang;
            browser.open(browser.url(path));
            browser.assertNoSidewaysScrollOnAPhone();
            Axe.assertNoViolations(browser.driver());
        }
        browser.screenshot("measures-list-phone", Browser.PHONE);
        browser.screenshot("measures-list-desktop", Browser.DESKTOP);
    }
}
