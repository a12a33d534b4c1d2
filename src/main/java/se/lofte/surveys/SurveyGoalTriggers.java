package se.lofte.surveys;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.lofte.progress.ProgressManagement;

/**
 * Recomputes the goals measured from the municipality's survey when its results are published or withdrawn. Progress
 * cannot hear {@link SurveyResultsChanged} itself, since this module depends on it for {@link SurveyShareSource}; so
 * this module reacts to its own event. As a module listener the recompute is stored with the publication and runs
 * after its commit in a transaction of its own, and runs again if it fails (as progress's own triggers do).
 */
@Component
class SurveyGoalTriggers {

    private final ProgressManagement progress;

    SurveyGoalTriggers(ProgressManagement progress) {
        this.progress = progress;
    }

    @ApplicationModuleListener
    void on(SurveyResultsChanged event) {
        progress.recomputeGoals(event.municipality(), SurveyShareSource.KIND);
    }
}
