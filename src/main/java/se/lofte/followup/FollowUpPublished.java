package se.lofte.followup;

import se.lofte.promises.PromiseId;

/** A joint follow-up was published as revision {@code revision} of its promise. */
public record FollowUpPublished(FollowUpId followUp, PromiseId promise, int revision, int year, FollowUpKind kind) {
}
