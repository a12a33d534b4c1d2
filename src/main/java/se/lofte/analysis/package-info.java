/**
 * The crime analyst's statistics for the lägesbild: hotspots (Getis-Ord Gi and Gi* over a grid, street
 * segments or points with distance-band weights, with a false-discovery-rate correction), kernel density, the
 * concentration of incidents on few street segments, and whether a measure at a place worked (weighted
 * displacement difference and quotient, relative effect, the E-test of two Poisson rates). Plain
 * computation on numbers and coordinates given to it: it reads no database and knows no other module, so
 * the lägesbild pages and the {@code analyse} command ({@link se.lofte.analysis.Analyse}) give the same
 * figures.
 */
@ApplicationModule(allowedDependencies = {})
package se.lofte.analysis;

import org.springframework.modulith.ApplicationModule;
