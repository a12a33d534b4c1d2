/**
 * How the promise is going ("Följ med i hur det går!"): each numeric goal's indicator with its data source,
 * the value computed from that source whenever the data changes, the goal's status against its target, and
 * the updates staff write for residents, including what was not done and why.
 */
@ApplicationModule(allowedDependencies = {"accounts", "incidents", "measures", "organisations", "places", "promises", "shared"})
package se.lofte.progress;

import org.springframework.modulith.ApplicationModule;
