package se.lofte.situation.web;

/** The "did it work" choice as typed, shown back in the form. */
public record EffectForm(String place, String control, String from, String to, String buffer, String category) {

    public EffectForm {
        place = place == null ? "" : place;
        control = control == null ? "" : control;
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        buffer = buffer == null ? "" : buffer.strip();
        category = category == null ? "" : category;
    }
}
