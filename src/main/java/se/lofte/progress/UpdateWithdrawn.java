package se.lofte.progress;

import se.lofte.promises.PromiseId;

/** A published update was taken away from residents. */
public record UpdateWithdrawn(UpdateId id, PromiseId promise) {
}
