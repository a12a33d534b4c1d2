package se.lofte.promises.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.BrowserTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member writes the 2027 promise of LPO Östra Fyrbodal and Åmål in Chromium: mistakes are caught
 * next to their fields, publishing waits for both signatures, and a revised goal is republished with the
 * change shown to residents.
 */
@BrowserTest
class StaffFlowBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Value("${lofte.admin.username}")
    String username;

    @Value("${lofte.admin.password}")
    String password;

    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void adminWritesAndSignsForBothParties() {
        staff.member(username, staff.localPoliceArea("LPO Östra Fyrbodal"), Role.EDITOR, Role.SIGNATORY);
        staff.member(username, staff.municipality("amal"), Role.EDITOR, Role.SIGNATORY);
    }

    @Test
    void writeSignPublishReviseAndRepublishAPromiseForAmal2027() {
        signIn();
        newPromiseForAmal(2027);
        browser.byId("title").clear();
        browser.click("main button[type=submit]");
        assertThat(browser.text("#title-error")).isEqualTo("Fyll i fältet.");
        assertThat(new Select(browser.byId("municipalityId")).getFirstSelectedOption().getText()).isEqualTo("Åmål kommun (1492)");
        Axe.assertNoViolations(browser.driver());
        browser.byId("title").sendKeys("Medborgarlöfte för 2027");
        browser.click("main button[type=submit]");

        browser.type("lead", "Polisen och kommunen lovar ett tryggare centrum i Åmål.");
        browser.type("situation", "Otryggheten vid busstationen har ökat. Kontakt: 121212-1212.");
        browser.click("button[value=add-commitment]");
        browser.type("commitments-0-title", "Fler trafikkontroller");
        browser.byCss("input[name='commitments[0].responsible']").click();
        browser.click("button[value=add-commitment]");
        browser.type("commitments-1-title", "Bättre belysning vid busstationen");
        browser.driver().findElements(By.cssSelector("input[name='commitments[1].responsible']")).get(1).click();
        PromiseEditorForm.addNumericGoal(browser, 0, "LPO Östra Fyrbodal", "Polisen ska genomföra minst fem trafikkontroller.",
                "Genomförda trafikkontroller", "kontroller", "0", "5", "2027-12-31");
        browser.click("button[value=add-goal]");
        browser.type("goals-1-text", "Fler ska känna sig trygga vid busstationen.");
        browser.type("followAlong", "Vi berättar hur det går på kommunens och polisens webbplatser.");
        PromiseEditorForm.addSignatory(browser, 0, "Anna Andersson", "lokalpolisområdeschef", "LPO Östra Fyrbodal");
        PromiseEditorForm.addSignatory(browser, 1, "Bo Berg", "kommunstyrelsens ordförande", "Åmål kommun");
        browser.click("button[value=save]");

        assertThat(browser.text("#situation-error")).contains("121212-1212");
        assertThat(browser.byId("goals-0-target").getDomProperty("value")).isEqualTo("5");
        Axe.assertNoViolations(browser.driver());
        browser.byId("situation").clear();
        browser.type("situation", "Otryggheten vid busstationen har ökat enligt trygghetsmätningen.");
        browser.click("button[value=save]");

        assertThat(browser.text(".alert-success")).isEqualTo("Ändringarna är sparade.");
        Axe.assertNoViolations(browser.driver());
        browser.click("form[action$='/publish'] button");
        assertThat(browser.text(".alert-error")).contains("alla parter har undertecknat");
        signAllAndPublish();

        browser.open(browser.url("/kommun/amal/medborgarlofte/2027"));
        assertThat(browser.text("h1")).isEqualTo("Medborgarlöfte för 2027");
        assertThat(browser.text(".goal-target")).contains("minst 5 kontroller");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/manage/promises"));
        browser.clickAndWait(By.linkText("Medborgarlöfte för 2027"));
        browser.clickAndWait(By.linkText("Revidera"));
        browser.byId("goals-0-target").clear();
        browser.type("goals-0-target", "8");
        browser.click("button[value=save]");
        assertThat(browser.text(".alert-success")).contains("har underskrifterna tagits bort");
        signAllAndPublish();

        browser.open(browser.url("/kommun/amal/medborgarlofte/2027"));
        assertThat(browser.driver().findElements(By.cssSelector(".version-list > li"))).hasSize(2);
        assertThat(browser.text(".changes")).contains("Mål 1 – målvärde").contains("5").contains("8");
        assertThat(browser.text(".goal-target")).contains("minst 8 kontroller");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("amal-2027");
    }

    @Test
    void typingThatWasNeverSavedSurvivesLeavingThePageAndIsOfferedBack() {
        signIn();
        int year = TestYears.next();
        newPromiseForAmal(year);
        browser.byId("title").clear();
        browser.type("title", "Medborgarlöfte som aldrig sparades " + year);
        browser.click("main button[type=submit]");
        String editor = browser.driver().getCurrentUrl();

        browser.type("lead", "Skrivet men aldrig sparat.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> browser.text("#draft-status").contains("hålls kvar"));
        // Leaving now asks first (the browser's own question; a test can only see that the page asked for it).
        assertThat((Boolean) browser.driver().executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;")).isTrue();

        browser.open(editor);
        assertThat(browser.text("#unsaved-typing")).contains("Du har ändringar i löftet som aldrig sparades");
        assertThat(browser.byId("lead").getDomProperty("value")).isEmpty();
        Axe.assertNoViolations(browser.driver());
        browser.click("#unsaved-typing a.button");
        assertThat(browser.byId("lead").getDomProperty("value")).isEqualTo("Skrivet men aldrig sparat.");
        assertThat((Boolean) browser.driver().executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;")).isFalse();
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("editor-unsaved-typing-restored-phone", Browser.PHONE);
        browser.click("button[value=save]");
        assertThat(browser.text(".alert-success")).isEqualTo("Ändringarna är sparade.");
    }

    /** The new-promise form, filled in for LPO Östra Fyrbodal and Åmål for the year, not yet sent. */
    private void newPromiseForAmal(int year) {
        browser.open(browser.url("/manage/promises/new"));
        new Select(browser.byId("policeId")).selectByVisibleText("LPO Östra Fyrbodal");
        new Select(browser.byId("municipalityId")).selectByVisibleText("Åmål kommun (1492)");
        browser.setDate("start", year + "-01-01");
        browser.setDate("end", year + "-12-31");
    }

    private void signAllAndPublish() {
        browser.click("form[action$='/sign'] button");
        assertThat(browser.text(".alert-success")).isEqualTo("Underskriften är registrerad.");
        browser.click("form[action$='/sign'] button");
        Axe.assertNoViolations(browser.driver());
        browser.click("form[action$='/publish'] button");
        Reactions.settle(jdbc);
        assertThat(browser.text("h2")).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error"))).isEmpty();
    }

    private void signIn() {
        browser.open(browser.url("/manage"));
        Axe.assertNoViolations(browser.driver());
        browser.type("username", username);
        browser.type("password", password);
        browser.click("main form button[type=submit]");
        assertThat(java.net.URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/manage");
        assertThat(browser.text("h1")).isEqualTo("Översikt");
        Axe.assertNoViolations(browser.driver());
    }
}
