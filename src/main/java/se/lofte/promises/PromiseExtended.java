package se.lofte.promises;

/** A published promise was extended by a year. */
public record PromiseExtended(PromiseId promiseId) {
}
