package se.lofte.promises.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member writes the 2027 promise of LPO Östra Fyrbodal and Åmål in Chromium: mistakes are caught
 * next to their fields, publishing waits for both signatures, and a revised goal is republished with the
 * change shown to residents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        byId("title").clear();
        click("main button[type=submit]");
        assertThat(text("#title-error")).isEqualTo("Fyll i fältet.");
        assertThat(new Select(byId("municipalityId")).getFirstSelectedOption().getText()).isEqualTo("Åmål kommun (1492)");
        Axe.assertNoViolations(browser.driver());
        byId("title").sendKeys("Medborgarlöfte för 2027");
        click("main button[type=submit]");

        type("lead", "Polisen och kommunen lovar ett tryggare centrum i Åmål.");
        type("situation", "Otryggheten vid busstationen har ökat. Kontakt: 121212-1212.");
        click("button[value=add-commitment]");
        type("commitments-0-title", "Fler trafikkontroller");
        byCss("input[name='commitments[0].responsible']").click();
        click("button[value=add-commitment]");
        type("commitments-1-title", "Bättre belysning vid busstationen");
        browser.driver().findElements(By.cssSelector("input[name='commitments[1].responsible']")).get(1).click();
        click("button[value=add-goal]");
        new Select(byId("goals-0-owner")).selectByVisibleText("LPO Östra Fyrbodal");
        type("goals-0-text", "Polisen ska genomföra minst fem trafikkontroller.");
        byCss("input[name='goals[0].kind'][value=NUMERIC]").click();
        type("goals-0-indicator", "Genomförda trafikkontroller");
        type("goals-0-unit", "kontroller");
        type("goals-0-baseline", "0");
        type("goals-0-target", "5");
        setDate("goals-0-deadline", "2027-12-31");
        click("button[value=add-goal]");
        type("goals-1-text", "Fler ska känna sig trygga vid busstationen.");
        type("followAlong", "Vi berättar hur det går på kommunens och polisens webbplatser.");
        click("button[value=add-signatory]");
        type("signatories-0-name", "Anna Andersson");
        type("signatories-0-role", "lokalpolisområdeschef");
        new Select(byId("signatories-0-party")).selectByVisibleText("LPO Östra Fyrbodal");
        click("button[value=add-signatory]");
        type("signatories-1-name", "Bo Berg");
        type("signatories-1-role", "kommunstyrelsens ordförande");
        new Select(byId("signatories-1-party")).selectByVisibleText("Åmål kommun");
        click("button[value=save]");

        assertThat(text("#situation-error")).contains("121212-1212");
        assertThat(byId("goals-0-target").getDomProperty("value")).isEqualTo("5");
        Axe.assertNoViolations(browser.driver());
        byId("situation").clear();
        type("situation", "Otryggheten vid busstationen har ökat enligt trygghetsmätningen.");
        click("button[value=save]");

        assertThat(text(".alert-success")).isEqualTo("Ändringarna är sparade.");
        Axe.assertNoViolations(browser.driver());
        click("form[action$='/publish'] button");
        assertThat(text(".alert-error")).contains("alla parter har undertecknat");
        signAllAndPublish();

        browser.open(browser.url("/kommun/amal/medborgarlofte/2027"));
        assertThat(text("h1")).isEqualTo("Medborgarlöfte för 2027");
        assertThat(text(".goal-target")).contains("minst 5 kontroller");
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/manage/promises"));
        browser.clickAndWait(By.linkText("Medborgarlöfte för 2027"));
        browser.clickAndWait(By.linkText("Revidera"));
        byId("goals-0-target").clear();
        type("goals-0-target", "8");
        click("button[value=save]");
        assertThat(text(".alert-success")).contains("har underskrifterna tagits bort");
        signAllAndPublish();

        browser.open(browser.url("/kommun/amal/medborgarlofte/2027"));
        assertThat(browser.driver().findElements(By.cssSelector(".version-list > li"))).hasSize(2);
        assertThat(text(".changes")).contains("Mål 1 – målvärde").contains("5").contains("8");
        assertThat(text(".goal-target")).contains("minst 8 kontroller");
        Axe.assertNoViolations(browser.driver());
        browser.screenshots("amal-2027");
    }

    @Test
    void typingThatWasNeverSavedSurvivesLeavingThePageAndIsOfferedBack() {
        signIn();
        int year = TestYears.next();
        newPromiseForAmal(year);
        byId("title").clear();
        type("title", "Medborgarlöfte som aldrig sparades " + year);
        click("main button[type=submit]");
        String editor = browser.driver().getCurrentUrl();

        type("lead", "Skrivet men aldrig sparat.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> text("#draft-status").contains("hålls kvar"));
        // Leaving now asks first (the browser's own question; a test can only see that the page asked for it).
        assertThat((Boolean) browser.driver().executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;")).isTrue();

        browser.open(editor);
        assertThat(text("#unsaved-typing")).contains("Du har ändringar i löftet som aldrig sparades");
        assertThat(byId("lead").getDomProperty("value")).isEmpty();
        Axe.assertNoViolations(browser.driver());
        click("#unsaved-typing a.button");
        assertThat(byId("lead").getDomProperty("value")).isEqualTo("Skrivet men aldrig sparat.");
        assertThat((Boolean) browser.driver().executeScript("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;")).isFalse();
        Axe.assertNoViolations(browser.driver());
        browser.screenshot("editor-unsaved-typing-restored-phone", Browser.PHONE);
        click("button[value=save]");
        assertThat(text(".alert-success")).isEqualTo("Ändringarna är sparade.");
    }

    /** The new-promise form, filled in for LPO Östra Fyrbodal and Åmål for the year, not yet sent. */
    private void newPromiseForAmal(int year) {
        browser.open(browser.url("/manage/promises/new"));
        new Select(byId("policeId")).selectByVisibleText("LPO Östra Fyrbodal");
        new Select(byId("municipalityId")).selectByVisibleText("Åmål kommun (1492)");
        setDate("start", year + "-01-01");
        setDate("end", year + "-12-31");
    }

    private void signAllAndPublish() {
        click("form[action$='/sign'] button");
        assertThat(text(".alert-success")).isEqualTo("Underskriften är registrerad.");
        click("form[action$='/sign'] button");
        Axe.assertNoViolations(browser.driver());
        click("form[action$='/publish'] button");
        Reactions.settle(jdbc);
        assertThat(text("h2")).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error"))).isEmpty();
    }

    private void signIn() {
        browser.open(browser.url("/manage"));
        Axe.assertNoViolations(browser.driver());
        type("username", username);
        type("password", password);
        click("main form button[type=submit]");
        assertThat(java.net.URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/manage");
        assertThat(text("h1")).isEqualTo("Översikt");
        Axe.assertNoViolations(browser.driver());
    }

    private void setDate(String id, String isoDate) {
        // Typing into a date input depends on the browser's locale; setting its value does not.
        browser.driver().executeScript("arguments[0].value = arguments[1]", byId(id), isoDate);
    }

    private void type(String id, String value) {
        byId(id).sendKeys(value);
    }

    private void click(String css) {
        browser.clickAndWait(By.cssSelector(css));
    }

    private WebElement byId(String id) {
        return browser.driver().findElement(By.id(id));
    }

    private WebElement byCss(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private String text(String css) {
        return byCss(css).getText();
    }
}
