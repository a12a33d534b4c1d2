/**
 * Safety surveys (trygghetsundersökningar) of a municipality: staff build a survey from its questions (or from the
 * template of the problem index and the late-evening safety question), hand it out by an open link or by one-time
 * codes on letters, residents answer it anonymously, and the results are counted per question and district with
 * small cells suppressed. Another body's aggregated results (the police's national safety survey) are imported from
 * a CSV file and shown beside them, suppressed alike. Published results measure goals
 * ({@code progress.IndicatorSource}), give the follow-up the survey change as evidence
 * ({@code followup.EvidenceSource}), and one question's results can be pinned into the municipality's lägesbild
 * ({@code situation}), which draws them through this module's {@code situation.PinRenderer}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "followup", "organisations", "places", "progress", "promises",
        "situation", "shared"})
package se.lofte.surveys;

import org.springframework.modulith.ApplicationModule;
