package se.lofte.dialogue.web;

import java.util.List;

import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.Mention;

/** A meeting in the staff list: when, as words, and what in its texts the editor should check. */
public record MeetingRow(Meeting meeting, String when, List<Mention> mentions) {
}
