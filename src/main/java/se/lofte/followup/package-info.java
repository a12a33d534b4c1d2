/**
 * The joint follow-up (gemensam uppföljning) of a promise: the parties say together and in public, for each
 * commitment and goal of the promise, what was kept, what was not and why, with the evidence the system holds
 * beside each verdict. Opened by staff of either party, signed by every party, published as a sealed revision of
 * the promise (see {@code promises.RevisionHashing}). Evidence comes through {@link se.lofte.followup.EvidenceSource}
 * beans, so a module added later brings its own without this one knowing it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "analysis", "citizenreports", "incidents", "measures", "organisations", "places", "progress",
        "promises", "situation", "shared"})
package se.lofte.followup;

import org.springframework.modulith.ApplicationModule;
