/**
 * Citizen promises (medborgarlöften): their text, commitments (åtaganden), goals, signatories, the
 * lifecycle from draft through signing to publication, and the immutable published revisions.
 */
package se.lofte.promises;
