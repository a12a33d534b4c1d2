package se.lofte.progress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;

/** What residents may read of progress: the goals as last computed, their changes and published updates. */
@Service
class Progress implements ProgressReading {

    private final PublishedPromises published;
    private final ProgressStore store;
    private final Updates updates;

    Progress(PublishedPromises published, ProgressStore store, Updates updates) {
        this.published = published;
        this.store = store;
        this.updates = updates;
    }

    @Override
    public List<GoalProgress> goals(PromiseId promise) {
        return published.latest(promise).map(this::goals).orElse(List.of());
    }

    @Override
    public List<GoalProgress> goals(PublishedRevision latest) {
        PromiseId promise = latest.promiseId();
        Map<String, GoalProgress> states = store.states(promise);
        List<PromiseContent.Goal> numeric = latest.content().goals().stream().filter(PromiseContent.Goal::isNumeric)
                .toList();
        if (numeric.stream().allMatch(g -> states.containsKey(g.key()))) {
            return numeric.stream().map(g -> states.get(g.key())).toList();
        }
        // Not computed yet (a moment after publishing): a goal with a source chosen waits for its first value.
        Map<String, IndicatorChoice> chosen = store.indicators(promise);
        return numeric.stream().map(g -> states.getOrDefault(g.key(), new GoalProgress(promise, g.key(), null, null,
                        chosen.containsKey(g.key()) ? GoalStatus.NOT_YET_MEASURED : GoalStatus.NOT_MEASURABLE,
                        List.of(), "", "", null)))
                .toList();
    }

    @Override
    public List<ProgressChange> changes(Collection<PromiseId> promises, int limit) {
        return store.changes(promises, limit);
    }

    @Override
    public List<ProgressChange> changes(int limit) {
        return store.changes(null, limit);
    }

    @Override
    public Optional<ProgressChange> change(long id) {
        return store.change(id);
    }

    @Override
    public List<ProgressUpdate> updates(Collection<PromiseId> promises, int limit) {
        return updates.published(promises, limit).stream().map(StaffUpdate::published).toList();
    }

    @Override
    public List<ProgressUpdate> updates(int limit) {
        return updates.published(null, limit).stream().map(StaffUpdate::published).toList();
    }

    @Override
    public Optional<ProgressUpdate> update(UpdateId id) {
        return updates.find(id).filter(u -> u.state() == UpdateState.PUBLISHED).map(StaffUpdate::published);
    }
}
