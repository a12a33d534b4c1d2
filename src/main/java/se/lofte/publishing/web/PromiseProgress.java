package se.lofte.publishing.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.lofte.measures.PublicMeasure;
import se.lofte.progress.GoalProgress;
import se.lofte.progress.ProgressUpdate;
import se.lofte.promises.PromiseContent;

/**
 * How a published promise is going, as residents may see it: each numeric goal's progress by goal key, the
 * public measures newest first with the number held back, and the staff's updates newest first.
 */
public record PromiseProgress(Map<String, GoalProgress> goals, List<PublicMeasure> measures, int delayed,
                              List<ProgressUpdate> updates) {

    public PromiseProgress {
        goals = Map.copyOf(goals);
        measures = List.copyOf(measures);
        updates = List.copyOf(updates);
    }

    static PromiseProgress of(List<GoalProgress> goals, List<PublicMeasure> measures, int delayed,
                              List<ProgressUpdate> updates) {
        return new PromiseProgress(goals.stream().collect(Collectors.toMap(GoalProgress::goalKey,
                Function.identity(), (first, second) -> first)), measures, delayed, updates);
    }

    /** The goal's progress, or null when the goal is qualitative or has none yet. */
    public GoalProgress goal(String key) {
        return goals.get(key);
    }

    public List<PublicMeasure> measuresOf(String commitmentKey) {
        return measures.stream().filter(m -> m.commitmentKeys().contains(commitmentKey)).toList();
    }

    /** Measures logged against none of the promise's commitments, so that none is left unshown. */
    public List<PublicMeasure> unlinked(PromiseContent content) {
        var keys = content.commitments().stream().map(PromiseContent.Commitment::key).toList();
        return measures.stream().filter(m -> m.commitmentKeys().stream().noneMatch(keys::contains)).toList();
    }

    /** The 1-based number of the commitment residents read, or the key when the revision no longer has it. */
    public static String commitmentNumber(PromiseContent content, String key) {
        for (int i = 0; i < content.commitments().size(); i++) {
            if (content.commitments().get(i).key().equals(key)) {
                return Integer.toString(i + 1);
            }
        }
        return key;
    }
}
