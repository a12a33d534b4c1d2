/**
 * Incidents: what happened, when, where and how exactly the place is known, imported from the police, the
 * municipality and partners (the parsers in {@code sources}, import jobs, the scheduled police events fetch)
 * or reported on a place by staff. {@link se.lofte.incidents.Incidents} owns the incident table: every count,
 * list and change of incidents goes through it, and {@link se.lofte.incidents.IncidentsChanged} tells the
 * other modules when incidents were added or removed.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "places", "shared"})
package se.lofte.incidents;

import org.springframework.modulith.ApplicationModule;
