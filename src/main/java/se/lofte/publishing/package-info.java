/**
 * The public site, feeds and open data: read-only views of what the other modules publish.
 */
@ApplicationModule(allowedDependencies = {"accounts", "citizenreports", "followup", "measures", "organisations", "places", "progress", "promises", "situation", "subscriptions", "shared"})
package se.lofte.publishing;

import org.springframework.modulith.ApplicationModule;
