package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff tag a commitment of a published promise with a theme in Chromium, sign and publish the edit, and readers
 * find the promise by that theme on the national overview, in Swedish and English, with no accessibility problem.
 */
@BrowserTest
class ThemesBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffPickAThemeAndReadersChooseTheOverviewByIt() {
        var promise = promises.publish(c -> c);
        staff.signingIn("tema-redaktor", staff.localPoliceArea("LPO Östra Fyrbodal"), Role.EDITOR, Role.SIGNATORY);
        browser.signInAsStaff("tema-redaktor", staff.municipality("bengtsfors"), Role.EDITOR, Role.SIGNATORY);

        String edit = "/manage/promises/" + promise.id().value() + "/edit";
        browser.open(browser.url(edit));
        Select theme = new Select(browser.byId("commitments-0-theme"));
        assertThat(theme.getFirstSelectedOption().getText()).isEqualTo("Inte angivet");
        assertThat(theme.getOptions()).extracting(o -> o.getText()).contains("Trafik", "Våld i offentlig miljö",
                "Brottsförebyggande");
        Axe.assertNoViolations(browser.driver());
        theme.selectByVisibleText("Trafik");
        browser.click("button[value=save]");

        browser.open(browser.url(edit));
        assertThat(new Select(browser.byId("commitments-0-theme")).getFirstSelectedOption().getText())
                .isEqualTo("Trafik");
        assertThat(new Select(browser.byId("commitments-1-theme")).getFirstSelectedOption().getText())
                .isEqualTo("Inte angivet");

        browser.open(browser.url("/manage/promises/" + promise.id().value()));
        browser.click("form[action$='/sign'] button");
        browser.click("form[action$='/sign'] button");
        browser.click("form[action$='/publish'] button");
        Reactions.settle(jdbc);
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error"))).isEmpty();

        browser.open(browser.url(promise.path()));
        assertThat(browser.text(".commitments .theme")).isEqualTo("Tema: Trafik");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/medborgarloften?ar=" + promise.year()));
        new Select(browser.byId("filter-tema")).selectByValue("trafik");
        new Select(browser.byId("filter-uppfoljning")).selectByValue("ingen");
        browser.clickAndWait(By.cssSelector("form.overview-filter button"));
        assertThat(browser.driver().getCurrentUrl()).contains("ar=" + promise.year()).contains("tema=trafik")
                .contains("uppfoljning=ingen");
        assertThat(browser.driver().findElements(By.cssSelector("#list-caption ~ tbody a")))
                .extracting(a -> a.getDomAttribute("href")).containsExactly(promise.path());
        assertThat(browser.text("#themes-caption ~ tbody tr")).isEqualTo("Trafik " + promise.year()
                + " 1 0 Inte uppföljda än");
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();

        browser.open(browser.url("/medborgarloften?lang=en&ar=" + promise.year() + "&tema=trafik"));
        assertThat(browser.text("#themes-caption")).isEqualTo(
                "Share of commitments fulfilled by theme and year, in the selection");
        assertThat(browser.text("#themes-caption ~ tbody tr")).isEqualTo("Traffic " + promise.year()
                + " 1 0 Not followed up yet");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/medborgarloften?ar=" + promise.year() + "&tema=narkotika"));
        assertThat(browser.driver().findElements(By.cssSelector("#list-caption ~ tbody a"))).isEmpty();
        Axe.assertNoViolations(browser.driver());
    }
}
