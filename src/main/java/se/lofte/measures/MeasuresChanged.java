package se.lofte.measures;

import se.lofte.promises.PromiseId;

/** A measure of this promise was logged, changed or removed: whatever is computed from them is stale. */
public record MeasuresChanged(PromiseId promise) {
}
