/**
 * The lägesbild (situation picture): the shared picture of what happens where, that the parties of a
 * promise look at together. How incident counts change over time (trends), the map, place reports by staff
 * (which become incidents through {@code incidents}), and each municipality's yearly lägesbild document: the
 * joint analysis staff write beside the numbers, with charts, tables and map views pinned into it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "analysis", "incidents", "organisations", "places", "shared"})
package se.lofte.situation;

import org.springframework.modulith.ApplicationModule;
