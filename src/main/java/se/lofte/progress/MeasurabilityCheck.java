package se.lofte.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.promises.DraftCheck;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;

/**
 * Whether each goal can be followed up: a goal without an indicator (qualitative, or numeric without a data
 * source), without a target, without a deadline, without a place (no focus place on its source nor on the
 * promise) or without an owner (a joint goal counted by hand has nobody to report it) will leave residents
 * without an answer. Warnings only: a promise may hold such goals on purpose.
 */
@Component
class MeasurabilityCheck implements DraftCheck {

    private final ProgressStore store;
    private final IndicatorSources sources;

    MeasurabilityCheck(ProgressStore store, IndicatorSources sources) {
        this.store = store;
        this.sources = sources;
    }

    @Override
    public List<Warning> warnings(PromiseId promise, PromiseContent content) {
        Map<String, IndicatorChoice> choices = promise == null ? Map.of() : store.indicators(promise);
        List<Warning> warnings = new ArrayList<>();
        for (PromiseContent.Goal goal : content.goals()) {
            String key = goal.key();
            if (!goal.isNumeric()) {
                warnings.add(warning(key, "progress.check.qualitative"));
                continue;
            }
            IndicatorChoice choice = choices.get(key);
            Optional<IndicatorSource> source = sources.find(choice == null ? null : choice.kind());
            if (source.isEmpty()) {
                warnings.add(warning(key, "progress.check.noSource"));
            }
            if (goal.numeric().target() == null) {
                warnings.add(warning(key, "progress.check.noTarget"));
            }
            if (goal.numeric().deadline() == null) {
                warnings.add(warning(key, "progress.check.noDeadline"));
            }
            boolean placed = source.map(s -> s.placed(choice.values())).orElse(false);
            if (!placed && content.focusPlaceRefs().isEmpty()) {
                warnings.add(warning(key, "progress.check.noPlace"));
            }
            if (goal.owner() == null && source.map(IndicatorSource::enteredByHand).orElse(false)) {
                warnings.add(warning(key, "progress.check.noOwner"));
            }
        }
        return warnings;
    }

    private static Warning warning(String goalKey, String code) {
        return new Warning(goalKey, code, List.of());
    }
}
