/**
 * Measures (insatser): what each party does against the promise's problems (traffic controls, school
 * visits, social-services outreach, safety walks, lighting fixes …), logged by staff against commitments
 * with a date or period, a place, the party responsible and outputs as numbers with units. Police measures
 * may be held back from the public until a date, or shown with their place coarsened to the area
 * (operational security).
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "places", "promises", "shared"})
package se.lofte.measures;

import org.springframework.modulith.ApplicationModule;
