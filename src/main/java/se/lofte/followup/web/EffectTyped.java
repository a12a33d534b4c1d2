package se.lofte.followup.web;

import se.lofte.shared.Typed;

/** A "did it work" choice as typed into the form of one offer ({@link FollowUpPage.Offer}), shown back beside its problems. */
public record EffectTyped(int offer, String control, String buffer, String category) {

    public EffectTyped {
        control = control == null ? "" : control;
        buffer = Typed.text(buffer);
        category = category == null ? "" : category;
    }
}
