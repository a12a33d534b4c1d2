package se.lofte.dialogue.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.dialogue.DialogueFixtures;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.MeetingId;
import se.lofte.organisations.OrganisationId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * The staff pages of dialogue meetings as a police editor of Bengtsfors's local police area uses them, and what a
 * viewer and another municipality's editor may do there. Meetings are recorded in Dals-Ed, which no other test
 * uses, so the lists here hold only this test's meetings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@WithMockUser(username = "dialogue.polis")
class DialoguePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    DialogueManagement dialogue;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    OrganisationId dalsEd;
    OrganisationId police;
    String base;

    @BeforeEach
    void staffOfDalsEd() {
        dalsEd = staff.municipality("dals-ed");
        police = staff.localPoliceArea("LPO Östra Fyrbodal");
        staff.member("dialogue.polis", police, Role.EDITOR);
        staff.member("dialogue.insyn", dalsEd, Role.VIEWER);
        staff.member("dialogue.amal", staff.municipality("amal"), Role.EDITOR);
        clock.setDay(LocalDate.of(2031, 3, 1));
        jdbc.sql("delete from dialogue_meeting where municipality_id = ?").param(dalsEd.value()).update();
        base = "/manage/dialogue/municipalities/" + dalsEd.value();
    }

    @Test
    void anEditorOfTheLocalPoliceAreaRecordsAMeetingWithAPhotoAndSeesItPlanned() throws Exception {
        assertThat(html(mvc.perform(get("/manage/dialogue"))).select("a[href=" + base + "]")).isNotEmpty();
        var photo = new MockMultipartFile("newPhotoFile", "bild.png", "image/png", DialogueFixtures.png());
        mvc.perform(multipart(base + "/new").file(photo).with(csrf())
                        .param("title", "Trygghetsvandring vid stationen").param("form", "trygghetsvandring")
                        .param("day", "2031-03-12").param("start", "18:00").param("end", "19.30")
                        .param("place", "Samling vid stationen").param("organisers", Long.toString(police.value()))
                        .param("organisers", Long.toString(dalsEd.value()))
                        .param("participants[boende]", "12").param("participants[unga]", "3")
                        .param("topics", "Mörk gångväg\n\nMopeder på torget").param("summary", "")
                        .param("newPhotoAlt", "Stationen i kvällsljus"))
                .andExpect(status().is3xxRedirection());

        Meeting meeting = dialogue.ofMunicipality(dalsEd, staff.member("dialogue.polis")).getFirst();
        assertThat(meeting.title()).isEqualTo("Trygghetsvandring vid stationen");
        assertThat(meeting.startsAt().toInstant()).hasToString("2031-03-12T17:00:00Z");
        assertThat(meeting.endsAt().toInstant()).hasToString("2031-03-12T18:30:00Z");
        assertThat(meeting.organisers()).containsExactly(police, dalsEd);
        assertThat(meeting.topics()).containsExactly("Mörk gångväg", "Mopeder på torget");
        assertThat(meeting.participantsTotal()).isEqualTo(15);
        assertThat(meeting.sequence()).isZero();
        assertThat(meeting.photos()).singleElement().satisfies(p -> assertThat(p.alt()).isEqualTo("Stationen i kvällsljus"));
        byte[] stored = jdbc.sql("select data from dialogue_meeting_photo where meeting_id = ?")
                .param(meeting.id().value()).query(byte[].class).single();
        assertThat(stored[0] & 0xFF).as("cleaned to a JPEG").isEqualTo(0xFF);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

        Document list = html(mvc.perform(get(base)));
        assertThat(list.select("#planned-caption").text()).isEqualTo("Planerade");
        assertThat(list.select("table").first().text()).contains("Trygghetsvandring vid stationen", "12 mars 2031",
                "18.00–19.30", "15");
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'dialogue_meeting' and subject_id = ?")
                .param(meeting.id().toString()).query(String.class).list()).containsExactly("created");
    }

    @Test
    void aPersonalIdentityNumberAndAPhotoWithoutTextAreRefusedAtTheirFieldsWithEverythingTypedKept() throws Exception {
        var photo = new MockMultipartFile("newPhotoFile", "bild.png", "image/png", DialogueFixtures.png());
        Document form = html(mvc.perform(multipart(base + "/new").file(photo).with(csrf())
                .param("title", "Möte om torget").param("form", "mote").param("day", "2031-03-12")
                .param("start", "18:00").param("end", "17:00").param("place", "Medborgarhuset")
                .param("organisersText", "Föreningen Torget").param("participants[boende]", "7")
                .param("summary", "Kontakt: 19121212-1212 om detta.")));

        assertThat(form.select("#summary-error").text()).contains("19121212-1212");
        assertThat(form.select("#summary").text()).isEqualTo("Kontakt: 19121212-1212 om detta.");
        assertThat(form.select("#title").val()).isEqualTo("Möte om torget");
        assertThat(form.select("#organisersText").val()).isEqualTo("Föreningen Torget");
        assertThat(form.select("#participants-boende").val()).isEqualTo("7");
        assertThat(form.select("#end-error").text()).isEqualTo("Mötet måste sluta efter att det har börjat.");
        assertThat(form.select("#newPhotoAlt-error").text()).isEqualTo("Beskriv bilden för den som inte ser den.");
        assertThat(form.select("#error-summary a[href=#summary]")).isNotEmpty();
        assertThat(dialogue.ofMunicipality(dalsEd, staff.member("dialogue.polis"))).isEmpty();

        form = html(mvc.perform(post(base + "/new").with(csrf())
                .param("title", "Möte om torget").param("form", "mote").param("day", "2031-03-12")
                .param("start", "18:00").param("end", "19:00").param("place", "Medborgarhuset")
                .param("organisersText", "Föreningen Torget").param("participants[boende]", "tolv")));
        assertThat(form.select("#participants-boende-error").text()).isEqualTo("Skriv antalet med siffror.");
        assertThat(form.select("#participants-boende").val()).isEqualTo("tolv");
        assertThat(dialogue.ofMunicipality(dalsEd, staff.member("dialogue.polis"))).isEmpty();
    }

    @Test
    void namesAndPhoneNumbersAreFlaggedForTheEditorNotRefused() throws Exception {
        var by = staff.member("dialogue.polis");
        var saved = dialogue.record(dalsEd, DialogueFixtures.withTitle(
                DialogueFixtures.walk(LocalDate.of(2031, 2, 10), police, List.of()), "Samtal med Anna Svensson, 070-123 45 67"), by);
        assertThat(saved.saved()).isTrue();

        Document list = html(mvc.perform(get(base)));
        assertThat(list.select("#held-caption").text()).isEqualTo("Genomförda");
        assertThat(list.text()).contains("Kanske ett namn: Anna Svensson", "Kanske ett telefonnummer: 070-123 45 67");
        Document edit = html(mvc.perform(get("/manage/dialogue/" + saved.id().value() + "/edit")));
        assertThat(edit.select("div.alert[role=status]").text()).contains("Anna Svensson");
    }

    @Test
    void aChangeRaisesTheSequenceAndKeepsTheUidAndADeletionIsAudited() throws Exception {
        var by = staff.member("dialogue.polis");
        MeetingId id = dialogue.record(dalsEd, DialogueFixtures.walk(LocalDate.of(2031, 3, 20), police, List.of()), by).id();
        Meeting before = dialogue.find(id, by);
        Document edit = html(mvc.perform(get("/manage/dialogue/" + id.value() + "/edit")));
        assertThat(edit.select("#start").val()).isEqualTo("18:00");
        assertThat(edit.select("#participants-boende").val()).isEqualTo("12");

        mvc.perform(post("/manage/dialogue/" + id.value() + "/edit").with(csrf())
                        .param("title", "Trygghetsvandring, ny tid").param("form", "trygghetsvandring")
                        .param("day", "2031-03-21").param("start", "17:00").param("end", "18:00")
                        .param("place", before.place()).param("organisers", Long.toString(police.value()))
                        .param("cancelled", "true"))
                .andExpect(status().is3xxRedirection());
        Meeting after = dialogue.find(id, by);
        assertThat(after.uid()).isEqualTo(before.uid());
        assertThat(after.sequence()).isEqualTo(1);
        assertThat(after.cancelled()).isTrue();
        assertThat(after.participants()).isEmpty();

        mvc.perform(post("/manage/dialogue/" + id.value() + "/delete").with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(dialogue.ofMunicipality(dalsEd, by)).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'dialogue_meeting' and subject_id = ?"
                + " order by id").param(id.toString()).query(String.class).list())
                .containsExactly("created", "updated", "deleted");
    }

    @Test
    void aViewerSeesButMayNotRecordAndAnotherMunicipalitysEditorSeesNothing() throws Exception {
        mvc.perform(get(base).with(user("dialogue.insyn"))).andExpect(status().isOk());
        mvc.perform(get(base + "/new").with(user("dialogue.insyn"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/new").with(user("dialogue.insyn")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(user("dialogue.amal"))).andExpect(status().isForbidden());
        assertThat(html(mvc.perform(get("/manage/dialogue").with(user("dialogue.amal"))))
                .select("a[href=" + base + "]")).isEmpty();
    }
}
