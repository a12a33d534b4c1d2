/**
 * The lägesbild (situation picture): incidents imported from the police, the municipality and partners,
 * the places they happened (areas, street segments, focus places), how counts change over time, the map,
 * and the joint analysis staff write beside the numbers.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "shared"})
package se.lofte.situation;

import org.springframework.modulith.ApplicationModule;
