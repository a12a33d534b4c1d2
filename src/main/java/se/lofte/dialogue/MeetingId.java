package se.lofte.dialogue;

/** A dialogue meeting's id. */
public record MeetingId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
