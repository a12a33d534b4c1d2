package se.lofte.dialogue.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.dialogue.DialogueFixtures;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.MeetingInput;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.testing.Axe;
import se.lofte.testing.Browser;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor of Lysekil municipality records a meeting in Chromium, a first try with a personal identity number and no title
 * coming back with the messages and what was typed, then a photo with its text; residents read the municipality's
 * meetings and one held meeting, on a phone too. Every page, staff and public, in Swedish and English, passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DialogueBrowserTests {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DialogueManagement dialogue;
    @Autowired
    TestStaff staff;

    OrganisationId lysekil;
    LocalDate today;

    @BeforeEach
    void noMeetingsInLysekil() {
        lysekil = staff.municipality("lysekil");
        jdbc.sql("delete from dialogue_meeting where municipality_id = ?").param(lysekil.value()).update();
        today = LocalDate.now(Dates.SWEDEN);
    }

    @Test
    void anEditorRecordsAMeetingWithAPhotoAndEveryStaffPagePassesAxe() throws IOException {
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.signInAsStaff("dialog.lysekil", lysekil, Role.EDITOR);
        browser.open(browser.url("/manage/dialogue"));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.cssSelector("a[href='/manage/dialogue/municipalities/" + lysekil.value() + "']"));
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.linkText("Nytt möte"));
        Axe.assertNoViolations(browser.driver());

        new Select(browser.byId("form")).selectByVisibleText("Trygghetsvandring");
        browser.setDate("day", today.plusDays(7).toString());
        browser.driver().executeScript("arguments[0].value = '18:00'", browser.byId("start"));
        browser.driver().executeScript("arguments[0].value = '19:30'", browser.byId("end"));
        browser.type("place", "Samling vid Torget");
        browser.byId("organiser-" + lysekil.value()).click();
        browser.type("participants-boende", "9");
        browser.type("summary", "Frågor till 19121212-1212.");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

        assertThat(browser.text("#error-summary")).contains("Skriv en rubrik.", "19121212-1212");
        assertThat(browser.byId("place").getDomProperty("value")).isEqualTo("Samling vid Torget");
        assertThat(browser.byId("participants-boende").getDomProperty("value")).isEqualTo("9");
        Axe.assertNoViolations(browser.driver());

        browser.type("title", "Trygghetsvandring på Torget");
        browser.byId("summary").clear();
        Path photo = Files.createTempFile("torget", ".png");
        Files.write(photo, DialogueFixtures.png());
        browser.byId("newPhotoFile").sendKeys(photo.toString());
        browser.type("newPhotoAlt", "Torget i kvällsljus");
        browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));

        assertThat(browser.text("div.alert-success")).isEqualTo("Mötet är sparat.");
        assertThat(browser.text("table")).contains("Trygghetsvandring på Torget", "9");
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.partialLinkText("Ändra"));
        assertThat(browser.byCss("img[src^='/dialog/bilder/']").isDisplayed()).isTrue();
        Axe.assertNoViolations(browser.driver());

        browser.open(browser.url("/manage/dialogue/municipalities/" + lysekil.value() + "?lang=en"));
        assertThat(browser.text("h1")).isEqualTo("Dialogue in " + staff.organisations().find(lysekil).orElseThrow().name());
        Axe.assertNoViolations(browser.driver());
        browser.clickAndWait(By.partialLinkText("Change"));
        Axe.assertNoViolations(browser.driver());
        browser.open(browser.url("/manage/dialogue/municipalities/" + lysekil.value() + "?lang=sv"));
    }

    @Test
    void residentsReadTheMeetingsOnAPhoneAndEveryPublicPagePassesAxe() {
        var by = staff.member("dialog.lysekil.redaktor", lysekil, Role.EDITOR);
        MeetingInput walk = DialogueFixtures.walk(today.minusDays(3), lysekil, List.of());
        long held = dialogue.record(lysekil, new MeetingInput(walk.title(), walk.form(), walk.day(), walk.start(),
                walk.end(), walk.place(), null, walk.organisers(), walk.organisersText(), walk.participants(),
                walk.topics(), walk.summary(), false, List.of(),
                new MeetingInput.NewPhoto("bild.png", DialogueFixtures.png(), "Gångvägen vid skolan"), List.of()),
                by).id().value();
        dialogue.record(lysekil, DialogueFixtures.withTitle(DialogueFixtures.walk(today.plusDays(5), lysekil,
                List.of()), "Dialogmöte om parken"), by);

        for (String language : List.of("sv", "en")) {
            browser.open(browser.url("/kommun/lysekil/dialog?lang=" + language));
            Axe.assertNoViolations(browser.driver());
            browser.assertNoSidewaysScrollOnAPhone();
            browser.open(browser.url("/kommun/lysekil/dialog/" + held + "?lang=" + language));
            Axe.assertNoViolations(browser.driver());
            browser.assertNoSidewaysScrollOnAPhone();
        }
        assertThat(browser.text("main")).contains("Young people", "fewer than 5", "Residents");
        browser.open(browser.url("/kommun/lysekil/dialog?lang=sv"));
        assertThat(browser.text("main")).contains("Dialogmöte om parken", "Trygghetsvandring i centrum",
                "Prenumerera på kalendern");
        browser.screenshots("dialogue-public-list");
    }
}
