package se.lofte.dialogue.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.MeetingId;
import se.lofte.dialogue.PhotoFile;
import se.lofte.dialogue.PublicMeetings;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.NotFound;
import se.lofte.shared.SiteAddress;
import se.lofte.shared.Ui;

/**
 * The public pages of a municipality's dialogue: its meetings (coming and held), one meeting with its summary,
 * the calendar file, and the photos. Read-only and without a session, so the page cache keeps them
 * (docs/caching.md) until a meeting changes.
 */
@Controller
class PublicDialoguePages {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PublicMeetings meetings;
    private final Organisations organisations;
    private final SiteAddress site;
    private final Clock clock;

    PublicDialoguePages(PublicMeetings meetings, Organisations organisations, LofteProperties properties, Clock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.site = properties.site();
        this.clock = clock;
    }

    @GetMapping("/kommun/{slug}/dialog")
    String list(@PathVariable String slug, Model model, HttpServletResponse response) {
        Organisation municipality = municipality(slug);
        Instant now = clock.instant();
        List<Meeting> all = meetings.ofMunicipality(municipality.id());
        expiresWhenHeld(all, now, response);
        model.addAttribute("municipality", municipality);
        model.addAttribute("upcoming", all.stream().filter(m -> !m.held(now)).toList());
        model.addAttribute("held", all.stream().filter(m -> m.held(now)).toList().reversed());
        return "dialogue/public";
    }

    @GetMapping("/kommun/{slug}/dialog/{id:\\d{1,18}}")
    String meeting(@PathVariable String slug, @PathVariable long id, @ModelAttribute("ui") Ui ui, Model model,
                   HttpServletResponse response) {
        Organisation municipality = municipality(slug);
        Meeting meeting = meetings.find(municipality.id(), new MeetingId(id))
                .orElseThrow(() -> new NotFound("meeting"));
        expiresWhenHeld(List.of(meeting), clock.instant(), response);
        model.addAttribute("municipality", municipality);
        model.addAttribute("meeting", meeting);
        model.addAttribute("held", meeting.held(clock.instant()));
        model.addAttribute("participants", ParticipantLine.of(meeting.participants(), ui));
        model.addAttribute("total", ParticipantLine.total(meeting.participants()));
        model.addAttribute("commitments", meetings.commitments(meeting));
        List<String> organisers = new ArrayList<>(organisations.findAll(meeting.organisers()).stream()
                .map(Organisation::name).toList());
        if (!meeting.organisersText().isEmpty()) {
            organisers.add(meeting.organisersText());
        }
        model.addAttribute("organisers", String.join(", ", organisers));
        return "dialogue/meeting";
    }

    /** The calendar in the reader's language (Swedish unless chosen otherwise), valid with no meeting at all. */
    @GetMapping("/kommun/{slug}/dialog.ics")
    ResponseEntity<String> calendar(@PathVariable String slug, @ModelAttribute("ui") Ui ui) {
        Organisation municipality = municipality(slug);
        List<MeetingCalendar.Event> events = new ArrayList<>();
        for (Meeting m : meetings.ofMunicipality(municipality.id())) {
            String location = m.areaName() == null ? m.place() : m.place() + " (" + m.areaName() + ")";
            List<String> description = new ArrayList<>();
            description.add(ui.t(m.form().key()));
            if (!m.topics().isEmpty()) {
                description.add(ui.t("dialogue.public.topics") + ":\n" + String.join("\n", m.topics()));
            }
            if (!m.summary().isEmpty()) {
                description.add(m.summary());
            }
            events.add(new MeetingCalendar.Event(m, m.title(), location, String.join("\n\n", description),
                    site.absolute(PublicMeetings.address(slug, m.id()))));
        }
        String body = MeetingCalendar.of(ui.t("dialogue.public.title", municipality.name()), events);
        return ResponseEntity.ok().contentType(CALENDAR).body(body);
    }

    /** A photo never changes under its address (its SHA-256): readers may keep it for a year. */
    @GetMapping("/dialog/bilder/{sha256:[0-9a-f]{64}}")
    ResponseEntity<byte[]> photo(@PathVariable String sha256) {
        PhotoFile photo = meetings.photo(sha256).orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.data());
    }

    /**
     * A page that shows a meeting as coming up stops being true when the meeting ends and becomes "held": the
     * first such end is the page's {@code Expires}, which the public page cache keeps it no longer than.
     */
    private static void expiresWhenHeld(List<Meeting> shown, Instant now, HttpServletResponse response) {
        shown.stream().filter(m -> !m.held(now)).map(m -> m.endsAt().toInstant()).min(Comparator.naturalOrder())
                .ifPresent(end -> response.setDateHeader(HttpHeaders.EXPIRES, end.toEpochMilli()));
    }

    private Organisation municipality(String slug) {
        return organisations.municipalityBySlug(slug).orElseThrow(() -> new NotFound("municipality"));
    }
}
