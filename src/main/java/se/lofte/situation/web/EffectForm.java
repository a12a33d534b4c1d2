package se.lofte.situation.web;

import se.lofte.shared.Typed;

/** The "did it work" choice as typed, shown back in the form. */
public record EffectForm(String place, String control, String from, String to, String buffer, String category) {

    public EffectForm {
        place = place == null ? "" : place;
        control = control == null ? "" : control;
        from = Typed.text(from);
        to = Typed.text(to);
        buffer = Typed.text(buffer);
        category = category == null ? "" : category;
    }
}
