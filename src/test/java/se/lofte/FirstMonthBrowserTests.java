package se.lofte;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.web.PromiseEditorForm;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.MapBrowserTest;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first month of a new promise, as LPO Östra Fyrbodal and Åmål kommun would live it, in Chromium: the
 * police editor is invited and gets in, both editors write their own parts of a new promise, the analysts
 * import the shared sample files and make a focus place, measures are logged, goals get their sources, the
 * promise is signed and published, an update is written, and a resident reads it all on a phone. Each page
 * is checked with axe-core and for sideways scrolling at 390 px, and photographed at phone and desktop width
 * in {@code target/screenshots/first-month-*}. Each step asserts that what a trial of this month found
 * misleading, lost or stuck is no longer so.
 */
// The same configuration as the measure form's browser tests, so that they share one application context.
@MapBrowserTest
@Import(MovableClock.Config.class)
class FirstMonthBrowserTests {

    private static final String POLICE_PASSWORD = "tre glada grävlingar i Åmål";
    private static final Path DATA = Path.of("src/test/resources/situation");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    TestStaff staff;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    private int step;
    private int year;

    @Test
    void theFirstMonthOfANewPromiseLeavesNobodyStuckMisledOrWithoutTheirWork() {
        OrganisationId police = staff.localPoliceArea("LPO Östra Fyrbodal");
        OrganisationId amal = staff.municipality("amal");
        year = TestYears.next();
        clock.setDay(LocalDate.of(year, 2, 3));
        String policeEditor = invitedPoliceEditorGetsIn(police);
        String municipalityEditor = "forsta.manaden.kommun." + year;
        String municipalityPassword = staff.signingIn(municipalityEditor, amal, Role.EDITOR, Role.SIGNATORY,
                Role.ANALYST);

        String editor = policeEditorStartsThePromise();
        policeEditorWritesItsPart();
        signOut();

        browser.signIn(browser.url("/login"), municipalityEditor, municipalityPassword);
        municipalityEditorWritesItsPartAndSigns(editor);
        analystsImportTheSampleFiles();
        municipalityMakesAFocusPlace();
        signOut();

        browser.signIn(browser.url("/login"), policeEditor, POLICE_PASSWORD);
        String promise = editor.replaceAll("/edit$", "");
        policeSignsAndPublishes(promise);
        String id = promise.substring(promise.lastIndexOf('/') + 1);
        policeLogsMeasures(id);
        policeMeasuresItsGoalFromTheMeasures(id);
        policeWritesAnUpdate(id);
        signOut();

        browser.signIn(browser.url("/login"), municipalityEditor, municipalityPassword);
        municipalityCountsItsGoalByHand(id);
        signOut();

        residentReadsThePromiseOnAPhone();
        administratorSeesThePromise();
    }

    /** Point 1: the administrator sees where the invitation's link leads, and the link lets the person in. */
    private String invitedPoliceEditorGetsIn(OrganisationId police) {
        String email = "stina-" + UUID.randomUUID() + "@polisen.example";
        browser.signInAsAdmin();
        browser.open(browser.url("/manage/accounts/invite"));
        assertThat(browser.text("main")).contains("Länken leder till http://localhost:8080");
        look("invite");
        browser.type("email", email);
        browser.type("displayName", "Stina Polisson");
        new Select(browser.byId("organisation")).selectByVisibleText("LPO Östra Fyrbodal");
        for (String role : List.of("EDITOR", "SIGNATORY", "ANALYST")) {
            browser.byCss("input[name=roles][value=" + role + "]").click();
        }
        browser.click("main button[type=submit]");
        assertThat(browser.text(".alert-success")).startsWith("En inbjudan har skickats till " + email);
        signOut();

        String link = TestMail.link(TestMail.await(email, 1));
        assertThat(link).startsWith("http://localhost:8080/konto/inbjudan/");
        browser.open(link.replace("http://localhost:8080", browser.url("")));
        assertThat(browser.text("h1")).isEqualTo("Välkommen till Löfte");
        look("invitation");
        browser.type("password", POLICE_PASSWORD);
        browser.type("passwordRepeat", POLICE_PASSWORD);
        browser.click("main button[type=submit]");
        browser.submitSignIn(email, POLICE_PASSWORD);
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/manage");
        return email;
    }

    /**
     * Point 7: the municipality list holds only the LPO's own four; point 4: adding a block keeps what was
     * typed, even when the editor then leaves the page.
     */
    private String policeEditorStartsThePromise() {
        browser.open(browser.url("/manage/promises/new"));
        assertThat(new Select(browser.byId("municipalityId")).getOptions()).extracting(WebElement::getText)
                .filteredOn(name -> name.contains("kommun"))
                .containsExactlyInAnyOrder("Åmål kommun (1492)", "Bengtsfors kommun (1460)", "Dals-Ed kommun (1438)",
                        "Mellerud kommun (1461)");
        new Select(browser.byId("municipalityId")).selectByVisibleText("Åmål kommun (1492)");
        browser.setDate("start", year + "-01-01");
        browser.setDate("end", year + "-12-31");
        browser.byId("title").clear();
        browser.type("title", "Medborgarlöfte för Åmål " + year);
        look("new-promise");
        browser.click("main button[type=submit]");
        String editor = browser.driver().getCurrentUrl();

        browser.type("lead", "Polisen och kommunen lovar ett tryggare centrum i Åmål.");
        browser.type("situation", "Buskörning på Kungsgatan stör de boende på kvällarna.");
        browser.click("button[value=add-commitment]");
        browser.type("commitments-0-title", "Fler patrulleringar på Kungsgatan");
        browser.open(browser.url("/manage"));
        browser.open(editor);
        assertThat(browser.byId("lead").getDomProperty("value")).isEqualTo("Polisen och kommunen lovar ett tryggare centrum i Åmål.");
        assertThat(browser.text("#unsaved-typing")).contains("aldrig sparades");
        browser.click("#unsaved-typing a.button");
        assertThat(browser.byId("commitments-0-title").getDomProperty("value")).isEqualTo("Fler patrulleringar på Kungsgatan");
        look("editor-restored");
        return editor;
    }

    /** Point 7: an error names its block and links to its field; point 10: the formatting hint. */
    private void policeEditorWritesItsPart() {
        browser.type("commitments-0-text", "Polisen patrullerar Kungsgatan varje fredag och lördag kväll.");
        browser.byCss("input[name='commitments[0].responsible']").click();
        PromiseEditorForm.addNumericGoal(browser, 0, "LPO Östra Fyrbodal", "Polisen patrullerar Kungsgatan minst 24 gånger.",
                "Patrulleringar på Kungsgatan", "patrulleringar", "0", "24", "2099-12-31");
        PromiseEditorForm.addSignatory(browser, 0, "Anna Andersson", "lokalpolisområdeschef", "LPO Östra Fyrbodal");
        assertThat(browser.text("main")).contains("Tom rad ger nytt stycke");
        browser.click("button[value=save]");

        assertThat(browser.byCss(".error-summary").getText()).contains("Mål 1: ");
        assertThat(browser.driver().findElements(By.cssSelector(".error-summary a")))
                .extracting(a -> a.getDomAttribute("href")).contains("#goals-0-deadline");
        look("editor-error");
        browser.setDate("goals-0-deadline", year + "-12-31");
        browser.click("button[value=save]");
        assertSuccess("Ändringarna är sparade.");
    }

    /**
     * Point 7: the police's blocks are read-only for the municipality, with the police named; the municipality
     * adds its own commitment and goal and signs.
     */
    private void municipalityEditorWritesItsPartAndSigns(String editor) {
        browser.open(editor);
        assertThat(browser.byId("commitments-0-title").getDomAttribute("readonly")).isNotNull();
        assertThat(browser.byId("goals-0-text").getDomAttribute("readonly")).isNotNull();
        assertThat(browser.text("main")).contains("LPO Östra Fyrbodal");
        look("editor-municipality");
        browser.click("button[value=add-commitment]");
        browser.type("commitments-1-title", "Bättre belysning på Kungsgatan");
        browser.type("commitments-1-text", "Kommunen byter gatlamporna längs Kungsgatan.");
        browser.driver().findElements(By.cssSelector("input[name='commitments[1].responsible']")).get(1).click();
        PromiseEditorForm.addNumericGoal(browser, 1, "Åmål kommun", "Kommunen byter minst 40 gatlampor.",
                "Utbytta gatlampor", "gatlampor", "0", "40", year + "-12-31");
        browser.type("followAlong", "Vi berättar hur det går på kommunens och polisens webbplatser.");
        PromiseEditorForm.addSignatory(browser, 1, "Bo Berg", "kommunstyrelsens ordförande", "Åmål kommun");
        browser.click("button[value=save]");
        assertSuccess("Ändringarna är sparade.");
        browser.open(editor.replaceAll("/edit$", ""));
        browser.click("form[action$='/sign'] button");
        assertThat(browser.text(".alert-success")).isEqualTo("Underskriften är registrerad.");
        look("signed-by-municipality");
    }

    /**
     * Points 2 and 8: the sample files of all Sweden and of London go in, and the LPO's and Åmål's lägesbild
     * shows neither, naming the municipalities it shows; the trends claim no change where data is missing.
     */
    private void analystsImportTheSampleFiles() {
        importFile("polisen-events", "polisen-events-2025-06-07.json");
        importFile("police-uk", "police-uk-city-of-london-2019-01.csv");
        browser.open(browser.url("/manage/situation/imports"));
        look("imports");
        browser.open(browser.url("/manage/situation"));
        assertThat(browser.text("main")).contains("Åmål");
        look("lagesbild");
        browser.open(browser.url("/manage/situation/trends"));
        assertThat(browser.text("main")).doesNotContainIgnoringCase("mer än slumpen");
        look("trends");
        browser.open(browser.url("/manage/situation/map"));
        look("map");
    }

    private void importFile(String format, String file) {
        browser.open(browser.url("/manage/situation/imports"));
        new Select(browser.byId("format")).selectByValue(format);
        browser.byId("file").sendKeys(DATA.resolve(file).toAbsolutePath().toString());
        browser.click("form[action='/manage/situation/imports'] button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> d.findElement(By.cssSelector("[data-field=stateText]")).getText().equals("Klar"));
    }

    private void municipalityMakesAFocusPlace() {
        browser.open(browser.url("/manage/situation/places"));
        browser.byId("file").sendKeys(DATA.resolve("amal-places.geojson").toAbsolutePath().toString());
        browser.click("form[action='/manage/situation/places'] button[type=submit]");
        assertThat(browser.text(".alert-success")).startsWith("Inläst:");
        browser.open(browser.url("/manage/situation/places/focus/new"));
        browser.type("name", "Kungsgatan");
        browser.driver().findElement(By.xpath("//label[text()='Kungsgatan']/preceding-sibling::input")).click();
        browser.click("main form button[type=submit]");
        assertThat(browser.text(".alert-success")).isEqualTo("Fokusplatsen är skapad.");
        look("focus-place");
    }

    /** Point 9: what waits is said; point 10: signatures by name, never by e-mail address. */
    private void policeSignsAndPublishes(String promise) {
        browser.open(browser.url("/manage"));
        assertThat(browser.text("main")).contains("Väntar på underskrift av LPO Östra Fyrbodal");
        look("overview-police");
        browser.open(promise);
        browser.click("form[action$='/sign'] button");
        assertThat(browser.text("main")).contains("Stina Polisson").doesNotContain("@polisen.example");
        look("signed-by-both");
        browser.click("form[action$='/publish'] button");
        Reactions.settle(jdbc);
        assertThat(browser.driver().findElements(By.cssSelector(".alert-error"))).isEmpty();
        look("published");
    }

    /** Point 5: a measure dated before the promise's period is refused, saying the period. */
    private void policeLogsMeasures(String id) {
        browser.open(browser.url("/manage/measures/promises/" + id + "/new"));
        new Select(browser.byId("kind")).selectByVisibleText("Patrullering");
        browser.byCss("input[name=commitments]").click();
        new Select(browser.byId("responsible")).selectByVisibleText("LPO Östra Fyrbodal");
        browser.setDate("start", (year - 1) + "-12-20");
        browser.setDate("end", (year - 1) + "-12-20");
        browser.type("outputs-0-quantity", "3");
        browser.type("outputs-0-unit", "patrulleringar");
        browser.type("description", "Patrullering på Kungsgatan före jul.");
        browser.click("form.measure-form button[type=submit]");
        assertThat(browser.text("#error-summary")).contains("Insatsen måste ligga inom löftets period");
        look("measure-outside-period");

        browser.setDate("start", year + "-01-29");
        browser.setDate("end", year + "-01-29");
        browser.click("form.measure-form button[type=submit]");
        assertThat(browser.text(".alert-success")).contains("Insatsen är loggad");
        look("measures");
    }

    /** Point 6: the unit is chosen from what the measures use, and the saved source shows as chosen. */
    private void policeMeasuresItsGoalFromTheMeasures(String id) {
        browser.open(browser.url("/manage/progress/promises/" + id));
        WebElement goal = browser.byCss("section[id^=goal-]");
        String key = goal.getDomAttribute("id").substring("goal-".length());
        goal.findElement(By.cssSelector("input[name=kind][value=measure-output]")).click();
        assertThat(browser.text("#goal-" + key)).contains("patrulleringar (1 insats)");
        browser.type(key + "-measure-output-unit", "patrulleringar");
        browser.click("#goal-" + key + " form[action$='/indicator'] button");
        assertThat(browser.text("main")).contains("Datakällan är sparad");
        assertThat(browser.byCss("#goal-" + key + " input[name=kind][value=measure-output]").isSelected()).isTrue();
        look("goal-source");
    }

    private void policeWritesAnUpdate(String id) {
        browser.open(browser.url("/manage/progress/promises/" + id));
        browser.click("a[href$='/updates/new']");
        browser.byCss("input[name=kind][value=NOT_DONE]").click();
        browser.type("title", "Två kvällar i januari blev utan patrull");
        browser.type("text", "Personalen behövdes vid en trafikolycka på E45.");
        browser.click("main form button[type=submit]");
        browser.click("form[action$='/publish'] button");
        assertThat(browser.text("main")).contains("Uppdateringen är publicerad");
        look("update");
    }

    /** Point 3: a goal counted by hand but not yet counted is not a failure. */
    private void municipalityCountsItsGoalByHand(String id) {
        browser.open(browser.url("/manage/progress/promises/" + id));
        WebElement goal = browser.driver().findElements(By.cssSelector("section[id^=goal-]")).get(1);
        String key = goal.getDomAttribute("id").substring("goal-".length());
        goal.findElement(By.cssSelector("input[name=kind][value=manual]")).click();
        browser.click("#goal-" + key + " form[action$='/indicator'] button");
        assertThat(browser.text("main")).contains("Datakällan är sparad");
        look("goal-manual");
    }

    /** Points 3 and 10, and the goal counted from the measures: what a resident sees. */
    private void residentReadsThePromiseOnAPhone() {
        Reactions.settle(jdbc);
        browser.open(browser.url("/kommun/amal/medborgarlofte/" + year));
        String page = browser.text("main");
        assertThat(page).contains("Fler patrulleringar på Kungsgatan", "3 av minst 24 patrulleringar",
                "mätningen har inte börjat", "Två kvällar i januari blev utan patrull")
                .doesNotContain("kan inte mätas", "@polisen.example");
        look("public-promise");
        browser.open(browser.url("/kommun/amal/medborgarlofte/" + year + "?lang=en"));
        look("public-promise-en");
        browser.open(browser.url("/kommun/amal/medborgarlofte/" + year + "?lang=sv"));
        browser.open(browser.url("/widget/kommun/amal/medborgarlofte/" + year));
        assertThat(browser.text("body")).doesNotContain("kan inte mätas");
        look("widget");
        browser.open(browser.url("/kommun/amal"));
        look("municipality");
    }

    /** Point 9: the system administrator's list holds every promise in the country. */
    private void administratorSeesThePromise() {
        browser.signInAsAdmin();
        browser.open(browser.url("/manage/promises"));
        assertThat(browser.text("main")).contains("Medborgarlöfte för Åmål " + year, "Medborgarlöfte för 2019");
        look("administrator-list");
    }

    /** The page open now: no axe-core violation, no sideways scroll on a phone, and a photo at both widths. */
    private void look(String name) {
        Axe.assertNoViolations(browser.driver());
        browser.assertNoSidewaysScrollOnAPhone();
        browser.screenshots("first-month-%02d-%s".formatted(++step, name));
    }

    /** The page says this in its success notice; where it does not, the message shows what it says instead. */
    private void assertSuccess(String notice) {
        var found = browser.driver().findElements(By.cssSelector(".alert-success"));
        assertThat(found).as("a success notice on %s, which says: %s", browser.driver().getCurrentUrl(),
                found.isEmpty() ? browser.text("main") : "").isNotEmpty();
        assertThat(found.getFirst().getText()).isEqualTo(notice);
    }

    private void signOut() {
        browser.click("form[action='/logout'] button");
    }
}
