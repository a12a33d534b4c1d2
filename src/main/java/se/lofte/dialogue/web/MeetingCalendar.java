package se.lofte.dialogue.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import se.lofte.dialogue.Meeting;

/**
 * A municipality's meetings as an iCalendar file (RFC 5545) that calendar programs subscribe to. Times are
 * written in UTC (form 2 of DATE-TIME), so no VTIMEZONE is needed and every reader agrees on the moment. A
 * meeting keeps its UID for life and its SEQUENCE rises with every change, so a subscribed calendar replaces
 * its copy; a cancelled meeting stays in the file with STATUS:CANCELLED, so calendars that hold it learn that.
 * Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is escaped.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int LINE_OCTETS = 75;

    private final List<String> lines = new ArrayList<>();

    /** One meeting as the calendar shows it: texts already in the reader's language. */
    record Event(Meeting meeting, String summary, String location, String description, String url) {
    }

    static String of(String name, List<Event> events) {
        MeetingCalendar calendar = new MeetingCalendar();
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Lofte//Dialog//SV");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            Meeting m = event.meeting();
            calendar.line("BEGIN:VEVENT");
            calendar.line("UID:" + m.uid());
            // When this copy of the meeting was made: its last change, so that the file stays the same between changes.
            calendar.line("DTSTAMP:" + utc(m.updatedAt()));
            calendar.line("LAST-MODIFIED:" + utc(m.updatedAt()));
            calendar.line("CREATED:" + utc(m.createdAt()));
            calendar.line("DTSTART:" + utc(m.startsAt()));
            calendar.line("DTEND:" + utc(m.endsAt()));
            calendar.line("SEQUENCE:" + m.sequence());
            calendar.line("STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
            calendar.line("SUMMARY:" + escape(event.summary()));
            calendar.line("LOCATION:" + escape(event.location()));
            calendar.line("DESCRIPTION:" + escape(event.description()));
            calendar.line("URL:" + event.url());
            calendar.line("END:VEVENT");
        }
        calendar.line("END:VCALENDAR");
        return String.join("", calendar.lines);
    }

    static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    private void line(String content) {
        lines.add(fold(content));
    }

    /**
     * The content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, each continuation begun
     * by a space, never inside a UTF-8 character. Every line ends in CRLF.
     */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 0;
                // The space that begins a continuation line is one of its 75 octets.
                limit = LINE_OCTETS - 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }
}
