package se.lofte.promises;

/** A published promise was closed: its period is over, and the public page says so. */
public record PromiseClosed(PromiseId promiseId) {
}
