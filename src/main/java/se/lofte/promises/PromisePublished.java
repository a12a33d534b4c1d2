package se.lofte.promises;

/** A promise was published, or republished as a new revision. */
public record PromisePublished(PromiseId promiseId, int revision) {
}
