package se.lofte.followup;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import se.lofte.accounts.Role;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor makes next year's promise from a year-end follow-up published here (never the seed promise's) in
 * Chromium: "Gör nästa års löfte", the page that says what was carried and what was left out, the draft in the editor
 * with the carried commitment; once the draft is signed and published, both public pages show the years and the
 * carried commitment links to last year's. Every page passes axe; the public pages fit a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class NextYearBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final FollowUpFixtures fixtures = new FollowUpFixtures();

    @Autowired
    MovableClock clock;
    @Autowired
    FollowUpManagement followUps;
    @Autowired
    PromiseManagement promises;

    @Test
    void anEditorMakesNextYearsPromiseAndTheYearsAreLinkedInPublic() throws Exception {
        int first;
        do {
            first = TestYears.next();
        } while (TestYears.next() != first + 1);
        int year = first;
        clock.setDay(LocalDate.of(year, 1, 5));
        PromiseId id = fixtures.published(year);
        clock.setDay(LocalDate.of(year, 12, 20));
        FollowUpId followUp = publishedFollowUp(id, year);

        browser.signInAsStaff("nextyear.browser.polis", fixtures.police().id(), Role.EDITOR);
        browser.open(browser.url("/manage/promises/" + id.value() + "/followups/" + followUp.value()));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.cssSelector("form[action$='/next-year'] button"));
        assertThat(text()).contains("Utkastet till nästa års löfte är gjort", "Förs över till nästa år",
                "Åtagande 2: Belysning – Delvis uppfyllt", "Lämnas kvar (uppfyllt)",
                "Åtagande 1: Trafikkontroller – Uppfyllt");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("next-year-made");

        browser.clickAndWait(By.linkText("Öppna löftet för " + (year + 1) + " i redigeraren"));
        List<String> texts = browser.driver().findElements(By.tagName("textarea")).stream()
                .map(WebElement::getText).toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Fortsätter från " + year
                + ": delvis uppfyllt – resurser"));
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains("Kontroller på Storgatan."));
        Axe.assertNoViolations(browser.driver());

        PromiseId next = followUps.nextYear(followUp, fixtures.both()).made().orElseThrow();
        for (var party : List.of(fixtures.police(), fixtures.municipality())) {
            promises.sign(next, party.id(), fixtures.both());
        }
        promises.publish(next, fixtures.both(), "Eva Redaktör");

        browser.open(browser.url("/kommun/bengtsfors/medborgarlofte/" + (year + 1)));
        assertThat(browser.text("nav.lineage")).isEqualTo("Tidigare år: " + year + " → " + (year + 1));
        assertThat(browser.byCss("nav.lineage a[aria-current=page]").getText()).isEqualTo(Integer.toString(year + 1));
        assertThat(browser.text("#commitment-c2 p.continues")).isEqualTo("Fortsättning på åtagande 2 i " + year
                + " års löfte");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("next-year-public");

        browser.clickAndWait(By.cssSelector("#commitment-c2 p.continues a"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/medborgarlofte/" + year + "#commitment-c2");
        assertThat(browser.byCss("nav.lineage a[aria-current=page]").getText()).isEqualTo(Integer.toString(year));
        assertThat(browser.byCss("nav.lineage a:not([aria-current])").getText()).isEqualTo(Integer.toString(year + 1));
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
    }

    /** The follow-up browser test's steps, through the service: c2 and g1 not fulfilled, c1 and g2 fulfilled. */
    private FollowUpId publishedFollowUp(PromiseId id, int year) {
        var editor = fixtures.both();
        var opened = followUps.open(id, year, FollowUpKind.YEAR_END, editor);
        var view = followUps.find(opened.id(), editor).orElseThrow();
        var saved = followUps.save(view.id(), view.version(), List.of(
                new Assessment(ItemKind.COMMITMENT, "c1", Verdict.FULFILLED, null, ""),
                new Assessment(ItemKind.COMMITMENT, "c2", Verdict.PARTLY_FULFILLED, Reason.RESOURCES,
                        "Hälften av lamporna kom upp."),
                new Assessment(ItemKind.GOAL, "g1", Verdict.NOT_FULFILLED, Reason.RESOURCES, "Färre poliser."),
                new Assessment(ItemKind.GOAL, "g2", Verdict.FULFILLED, null, "")), editor);
        assertThat(saved.problems()).isEmpty();
        followUps.sign(view.id(), fixtures.police().id(), editor);
        followUps.sign(view.id(), fixtures.municipality().id(), editor);
        followUps.publish(view.id(), editor, "Eva Redaktör");
        return view.id();
    }

    private static String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
