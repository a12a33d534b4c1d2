/**
 * The public site, feeds and open data: read-only views of what the other modules publish.
 */
@ApplicationModule(allowedDependencies = {"accounts", "citizenreports", "dialogue", "followup", "measures", "organisations", "places", "progress", "promises", "situation", "subscriptions", "surveys", "shared"})
package se.lofte.publishing;

import org.springframework.modulith.ApplicationModule;
