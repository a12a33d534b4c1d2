package se.lofte.promises;

/**
 * Where a promise is in its life. A draft becomes published when every party has signed; a published
 * promise may be revised (its working copy edited, signed again and republished) until it is closed.
 */
public enum PromiseState {
    DRAFT, PUBLISHED, CLOSED
}
