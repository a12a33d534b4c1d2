/**
 * Citizen promises (medborgarlöften): their text, commitments (åtaganden), goals, signatories, the
 * lifecycle from draft through signing to publication, and the immutable published revisions.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "places", "shared"})
package se.lofte.promises;

import org.springframework.modulith.ApplicationModule;
