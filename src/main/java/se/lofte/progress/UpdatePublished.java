package se.lofte.progress;

import se.lofte.promises.PromiseId;

/** Staff published an update: subscribers may be told. */
public record UpdatePublished(UpdateId id, PromiseId promise) {
}
