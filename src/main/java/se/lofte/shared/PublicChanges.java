package se.lofte.shared;

/**
 * How far the public site has changed: a version that moves on with every change residents could see (a
 * publication, a closed or extended promise, a measure, an update, a goal's progress, a lägesbild, an
 * organisation), kept in the database so that every node sees another node's change within seconds. What is
 * derived from public data may be kept for as long as the version stays the same.
 */
public interface PublicChanges {

    /** The version now; -1 while it could never be read. */
    long current();
}
