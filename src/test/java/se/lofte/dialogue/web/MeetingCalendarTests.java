package se.lofte.dialogue.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding and escaping of the calendar's content lines (RFC 5545 §3.1 and §3.3.11). */
class MeetingCalendarTests {

    @Test
    void aLongLineIsFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "å".repeat(100);
        String folded = MeetingCalendar.fold(line);

        assertThat(folded).endsWith("\r\n");
        String[] physical = folded.substring(0, folded.length() - 2).split("\r\n");
        assertThat(physical).hasSizeGreaterThan(2);
        for (int i = 0; i < physical.length; i++) {
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(physical[i]).startsWith(" ");
            }
            // Each physical line is whole UTF-8: no "å" (two octets) is cut in two.
            assertThat(new String(physical[i].getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(physical[i]);
        }
        // "SUMMARY:" is 8 octets: 33 "å" fill 74, the 34th would make 76.
        assertThat(physical[0]).isEqualTo("SUMMARY:" + "å".repeat(33));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void aShortLineIsLeftWhole() {
        assertThat(MeetingCalendar.fold("VERSION:2.0")).isEqualTo("VERSION:2.0\r\n");
        assertThat(MeetingCalendar.fold("X".repeat(75))).isEqualTo("X".repeat(75) + "\r\n");
        assertThat(MeetingCalendar.fold("X".repeat(76))).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertThat(MeetingCalendar.escape("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }
}
