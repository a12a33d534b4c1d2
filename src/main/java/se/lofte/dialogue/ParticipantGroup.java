package se.lofte.dialogue;

import java.util.Arrays;
import java.util.Optional;

/** The groups participants are counted in. Only counts are kept, never who came. */
public enum ParticipantGroup {
    BOENDE("boende"),
    UNGA("unga"),
    FORETAGARE("foretagare"),
    FORENINGAR("foreningar"),
    PERSONAL("personal"),
    ANNAT("annat");

    private final String code;

    ParticipantGroup(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String key() {
        return "dialogue.group." + code;
    }

    public static Optional<ParticipantGroup> of(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
