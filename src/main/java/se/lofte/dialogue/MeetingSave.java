package se.lofte.dialogue;

import java.util.List;

import se.lofte.shared.Problem;

/** A save's outcome: the meeting's id, or the problems that refused it (each at its field). */
public record MeetingSave(MeetingId id, List<Problem> problems) {

    public MeetingSave {
        problems = List.copyOf(problems);
    }

    static MeetingSave refused(List<Problem> problems) {
        return new MeetingSave(null, problems);
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
