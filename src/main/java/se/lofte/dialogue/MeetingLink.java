package se.lofte.dialogue;

import java.time.OffsetDateTime;

/** A meeting as another page links to it: what, when, and its public address. */
public record MeetingLink(String title, MeetingForm form, OffsetDateTime startsAt, String address) {
}
