/**
 * Dialogue with residents: meetings, safety walks, focus groups, school dialogues and digital meetings that the
 * municipality and its local police area hold, planned and held, with who took part (counts per group only),
 * what was raised, a public summary, photos, and the commitments of the promise they led to. Its public face
 * lists a municipality's meetings, one meeting, its calendar and the meetings behind a promise's commitments.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "places", "promises", "shared"})
package se.lofte.dialogue;

import org.springframework.modulith.ApplicationModule;
