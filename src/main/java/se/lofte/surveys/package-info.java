/**
 * Safety surveys (trygghetsundersökningar) of a municipality: staff build a survey from its questions (or from the
 * template of the problem index and the late-evening safety question), hand it out by an open link or by one-time
 * codes on letters, residents answer it anonymously, and the results are counted per question and district with
 * small cells suppressed. Another body's aggregated results (the police's national safety survey) are imported from
 * a CSV file and shown beside them, suppressed alike.
 */
@ApplicationModule(allowedDependencies = {"accounts", "organisations", "places", "shared"})
package se.lofte.surveys;

import org.springframework.modulith.ApplicationModule;
