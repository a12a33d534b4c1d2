package se.lofte.followup.web;

/** A "did it work" choice as typed into the form of one offer ({@link FollowUpPage.Offer}), shown back beside its problems. */
public record EffectTyped(int offer, String control, String buffer, String category) {

    public EffectTyped {
        control = control == null ? "" : control;
        buffer = buffer == null ? "" : buffer.strip();
        category = category == null ? "" : category;
    }
}
