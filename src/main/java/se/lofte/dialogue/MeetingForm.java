package se.lofte.dialogue;

import java.util.Arrays;
import java.util.Optional;

/** How residents were met; {@code code} is what forms post and the database keeps. */
public enum MeetingForm {
    MOTE("mote"),
    TRYGGHETSVANDRING("trygghetsvandring"),
    FOKUSGRUPP("fokusgrupp"),
    SKOLDIALOG("skoldialog"),
    DIGITALT("digitalt");

    private final String code;

    MeetingForm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The message key of its name. */
    public String key() {
        return "dialogue.form." + code;
    }

    public static Optional<MeetingForm> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
