package se.lofte.publishing;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.dialogue.CommitmentRef;
import se.lofte.dialogue.DialogueFixtures;
import se.lofte.dialogue.DialogueManagement;
import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.MeetingId;
import se.lofte.dialogue.MeetingInput;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Dates;
import se.lofte.testing.Http;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public side of dialogue meetings over HTTP, through the page cache: the municipality's list, a meeting with
 * its small counts suppressed and its commitments, the promise page's links to the meetings behind it, the
 * photos, and the calendar file read back by a real iCalendar parser (ical4j) field by field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class DialoguePublicPagesIntegrationTests {

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    DialogueManagement dialogue;
    @Autowired
    TestStaff staff;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    OrganisationId bengtsfors;
    StaffMember editor;
    LocalDate today;

    @BeforeEach
    void anEditorOfBengtsfors() {
        bengtsfors = staff.municipality("bengtsfors");
        editor = staff.member("dialogue.bengtsfors", bengtsfors, Role.EDITOR);
        jdbc.sql("delete from dialogue_meeting where municipality_id = ?").param(bengtsfors.value()).update();
        today = LocalDate.ofInstant(clock.instant(), Dates.SWEDEN);
    }

    @Test
    void aHeldMeetingShowsItsSummarySmallCountsSuppressedPhotoAndCommitmentsAndThePromiseLinksBack() {
        var promise = promises.publish(c -> c);
        String key = promises.latest(promise.id()).content().commitments().getFirst().key();
        MeetingInput walk = DialogueFixtures.walk(today.minusDays(10), bengtsfors,
                List.of(new CommitmentRef(promise.id(), key)));
        MeetingId id = dialogue.record(bengtsfors, new MeetingInput(walk.title(), walk.form(), walk.day(), walk.start(),
                walk.end(), walk.place(), null, walk.organisers(), walk.organisersText(), walk.participants(),
                walk.topics(), walk.summary(), false, walk.commitments(),
                new MeetingInput.NewPhoto("bild.png", DialogueFixtures.png(), "Gångvägen vid skolan i skymning"),
                List.of()), editor).id();
        String address = "/kommun/bengtsfors/dialog/" + id.value();

        Document list = Jsoup.parse(http.get("/kommun/bengtsfors/dialog", null).body());
        assertThat(list.select("h1").text()).isEqualTo("Dialog i Bengtsfors kommun");
        assertThat(list.select("a[href=" + address + "]").text()).isEqualTo("Trygghetsvandring i centrum");
        assertThat(list.select("a[href=/kommun/bengtsfors/dialog.ics]")).isNotEmpty();
        assertThat(list.text()).contains("Inga möten är planerade just nu.");

        Http.Answer answer = http.get(address, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.setCookie("SESSION")).isEmpty();
        assertThat(answer.headers().keySet()).doesNotContain("set-cookie");
        Document meeting = Jsoup.parse(answer.body());
        assertThat(meeting.select("dl.facts").text()).contains("Trygghetsvandring", "18.00–19.30",
                "Samling vid biblioteket, Storgatan 5", "Bengtsfors kommun, Hyresgästföreningen",
                "Boende 12", "Unga färre än 5");
        assertThat(meeting.text()).doesNotContain("Totalt").contains("Mörk gångväg vid skolan",
                "Vi gick runt centrum; belysningen tas upp.");
        String photo = meeting.select("img[alt=Gångvägen vid skolan i skymning]").attr("src");
        assertThat(photo).matches("/dialog/bilder/[0-9a-f]{64}");
        assertThat(meeting.select("a[href=" + promise.path() + "#commitment-" + key + "]")).isNotEmpty();

        Http.Answer image = http.get(photo, null);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.headers().get("content-type")).containsExactly("image/jpeg");
        assertThat(image.headers().get("cache-control").getFirst()).contains("max-age=31536000", "immutable");

        Document promisePage = Jsoup.parse(http.get(promise.path(), null).body());
        assertThat(promisePage.select("#dialogue-behind").text()).isEqualTo("Dialog bakom löftet");
        assertThat(promisePage.select("#commitment-" + key + " p.dialogue-behind a[href=" + address + "]")).isNotEmpty();

        Document english = Jsoup.parse(http.get(address, null, "Cookie", "lofte-lang=en").body());
        assertThat(english.text()).contains("Safety walk", "Residents 12", "Young people fewer than 5");
    }

    @Test
    void aKeptPageAnswersNotModifiedAndShowsAChangeAtOnce() {
        MeetingId id = dialogue.record(bengtsfors, DialogueFixtures.walk(today.plusDays(10), bengtsfors, List.of()),
                editor).id();
        Http.Answer first = http.get("/kommun/bengtsfors/dialog", null);
        String etag = first.headers().get("etag").getFirst();
        assertThat(http.get("/kommun/bengtsfors/dialog", null, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(Jsoup.parse(first.body()).text()).contains("Trygghetsvandring i centrum", "Inga möten har hållits ännu.");

        Meeting before = dialogue.find(id, editor);
        dialogue.update(id, DialogueFixtures.withTitle(DialogueFixtures.walk(today.plusDays(10), bengtsfors, List.of()),
                "Trygghetsvandring, ändrad"), editor);
        Http.Answer after = http.get("/kommun/bengtsfors/dialog", null);
        assertThat(after.body()).contains("Trygghetsvandring, ändrad").doesNotContain(before.title() + "<");
        assertThat(http.get("/kommun/bengtsfors/dialog", null, "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void aKeptPageShowsAMeetingAsHeldOnceItEnds() {
        // The walk is from 18:00 to 19:30 Swedish time: read it while it goes on, and again after it ended.
        ZonedDateTime during = today.atTime(19, 25).atZone(Dates.SWEDEN);
        clock.set(during.toInstant());
        dialogue.record(bengtsfors, DialogueFixtures.walk(today, bengtsfors, List.of()), editor);
        Http.Answer first = http.get("/kommun/bengtsfors/dialog", null);
        assertThat(Jsoup.parse(first.body()).text()).contains("Inga möten har hållits ännu.");
        String etag = first.headers().get("etag").getFirst();
        assertThat(http.get("/kommun/bengtsfors/dialog", null, "If-None-Match", etag).status()).isEqualTo(304);

        // Well within the cache's lifetime of a page, but the meeting has ended.
        clock.set(during.plusMinutes(6).toInstant());
        Http.Answer after = http.get("/kommun/bengtsfors/dialog", null);
        assertThat(Jsoup.parse(after.body()).text()).doesNotContain("Inga möten har hållits ännu.")
                .contains("Trygghetsvandring i centrum");
    }

    @Test
    void theCalendarIsRfc5545ReadBackByAParserFieldByField() throws Exception {
        MeetingInput walk = DialogueFixtures.walk(today.plusDays(10), bengtsfors, List.of());
        MeetingId id = dialogue.record(bengtsfors, DialogueFixtures.withTitle(walk,
                "Trygghetsvandring; centrum, torget och en mycket lång rubrik som måste vikas på flera rader i filen"),
                editor).id();
        Meeting recorded = dialogue.find(id, editor);

        Http.Answer answer = http.get("/kommun/bengtsfors/dialog.ics", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("content-type").getFirst()).isEqualTo("text/calendar;charset=UTF-8");
        String body = answer.body();
        assertThat(body).endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(body).contains("SUMMARY:Trygghetsvandring\\; centrum\\, torget");

        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertThat(value(calendar.getProperty(Property.PRODID))).isEqualTo("-//Lofte//Dialog//SV");
        assertThat(value(calendar.getProperty(Property.VERSION))).isEqualTo("2.0");
        assertThat(value(calendar.getProperty(Property.CALSCALE))).isEqualTo("GREGORIAN");
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(value(calendar.getProperty("X-WR-CALNAME"))).isEqualTo("Dialog i Bengtsfors kommun");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(value(event.getProperty(Property.UID))).isEqualTo(recorded.uid());
        assertThat(value(event.getProperty(Property.SUMMARY))).isEqualTo(recorded.title());
        assertThat(value(event.getProperty(Property.LOCATION))).isEqualTo("Samling vid biblioteket, Storgatan 5");
        assertThat(value(event.getProperty(Property.DESCRIPTION))).isEqualTo(
                "Trygghetsvandring\n\nFrågor som togs upp:\nMörk gångväg vid skolan\nMopedtrafik på torget\n\n"
                        + "Vi gick runt centrum; belysningen tas upp.");
        assertThat(value(event.getProperty(Property.URL))).endsWith("/kommun/bengtsfors/dialog/" + id.value());
        assertThat(value(event.getProperty(Property.STATUS))).isEqualTo("CONFIRMED");
        assertThat(value(event.getProperty(Property.SEQUENCE))).isEqualTo("0");
        assertThat(instant(event.getProperty(Property.DTSTART))).isEqualTo(recorded.startsAt().toInstant());
        assertThat(instant(event.getProperty(Property.DTEND))).isEqualTo(recorded.endsAt().toInstant());
        assertThat(value(event.getProperty(Property.DTSTAMP))).matches("\\d{8}T\\d{6}Z");

        dialogue.update(id, DialogueFixtures.cancelled(walk), editor);
        VEvent changed = new CalendarBuilder().build(new StringReader(http.get("/kommun/bengtsfors/dialog.ics", null)
                .body())).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(changed.getProperty(Property.UID))).isEqualTo(recorded.uid());
        assertThat(value(changed.getProperty(Property.SEQUENCE))).isEqualTo("1");
        assertThat(value(changed.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
    }

    @Test
    void aMunicipalityWithoutMeetingsHasAValidEmptyCalendar() throws Exception {
        String body = http.get("/kommun/fargelanda/dialog.ics", null).body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(value(calendar.getProperty(Property.METHOD))).isEqualTo("PUBLISH");
        assertThat(Arrays.asList(body.split("\r\n"))).startsWith("BEGIN:VCALENDAR", "VERSION:2.0")
                .endsWith("END:VCALENDAR");
        assertThat(http.get("/kommun/atlantis/dialog.ics", null).status()).isEqualTo(404);
        assertThat(http.get("/kommun/bengtsfors/dialog/999999999", null).status()).isEqualTo(404);
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static Instant instant(java.util.Optional<? extends Property> property) {
        return Instant.from(((net.fortuna.ical4j.model.property.DateProperty<?>) property.orElseThrow()).getDate());
    }
}
