package se.lofte.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * How far the public site has changed: a version that moves on with every change residents could see (a
 * publication, a closed or extended promise, a measure, an update, a goal's progress, a lägesbild, an
 * organisation), kept in the database so that every node sees another node's change within seconds. What is
 * derived from public data may be kept for as long as the version stays the same.
 */
public interface PublicChanges {

    /** The version now; -1 while it could never be read. */
    long current();

    /**
     * The version and the moment it was reached, read afresh from the database: for responses that are not kept
     * (the open-data downloads) and answer conditional requests from it. Empty while the database does not answer.
     */
    Optional<Stamp> stamp();

    /** A version of the public site and when it was reached (database time, the same on every node). */
    record Stamp(long version, Instant changedAt) {
    }
}
