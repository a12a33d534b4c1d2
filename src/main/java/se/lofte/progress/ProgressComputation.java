package se.lofte.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;

/**
 * Computes the value and status of every numeric goal of a published promise from its source, keeps them,
 * and records a change (telling listeners) whenever either moved. Anything else residents see that moved is
 * told as {@link GoalShown}, so that pages are rendered anew without news in feeds and mails.
 */
@Service
class ProgressComputation {

    private final PublishedPromises published;
    private final ProgressStore store;
    private final IndicatorSources sources;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressComputation(PublishedPromises published, ProgressStore store, IndicatorSources sources,
                        ApplicationEventPublisher events, Clock clock) {
        this.published = published;
        this.store = store;
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.SWEDEN));
    }

    /** Recomputes the goals of the promise's latest published revision; nothing for a promise never published. */
    @Transactional
    void recompute(PromiseId promise) {
        Optional<PublishedRevision> revision = published.latest(promise);
        if (revision.isEmpty()) {
            return;
        }
        store.lockRecompute(promise);
        PromiseContent content = revision.get().content();
        Map<String, IndicatorChoice> choices = store.indicators(promise);
        Map<String, GoalProgress> before = store.states(promise);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = today();
        for (PromiseContent.Goal goal : content.goals()) {
            if (!goal.isNumeric()) {
                continue;
            }
            GoalContext context = new GoalContext(promise, content, goal, today);
            GoalProgress after = compute(context, choices.get(goal.key()), now);
            GoalProgress previous = before.get(goal.key());
            store.saveState(after);
            if (changed(previous, after)) {
                long change = store.recordChange(promise, goal.key(), previous == null ? null : previous.value(),
                        after.value(), after.status(), now);
                events.publishEvent(new GoalProgressChanged(promise, goal.key(), change));
            } else if (shownDifferently(previous, after)) {
                events.publishEvent(new GoalShown(promise, goal.key()));
            }
        }
    }

    /** Recomputes every published promise, since a deadline may pass with no new data; returns how many. */
    @Transactional
    int recomputeAll() {
        var promises = published.all();
        promises.forEach(r -> recompute(r.promiseId()));
        return promises.size();
    }

    /** Recomputes the published promises the organisation is party to. */
    @Transactional
    void recomputeParty(OrganisationId organisation) {
        published.ofParty(organisation).forEach(r -> recompute(r.promiseId()));
    }

    /** Recomputes the published promises the organisation is party to that have a goal measured by a source of the kind. */
    @Transactional
    void recomputeParty(OrganisationId organisation, String kind) {
        published.ofParty(organisation).stream().map(PublishedRevision::promiseId)
                .filter(promise -> store.indicators(promise).values().stream().anyMatch(c -> c.kind().equals(kind)))
                .forEach(this::recompute);
    }

    /** What the goal's source reads now, with the status the rule gives it. */
    GoalProgress compute(GoalContext goal, IndicatorChoice choice, OffsetDateTime now) {
        Optional<IndicatorSource> source = sources.find(choice == null ? null : choice.kind());
        // No source chosen, or one whose kind no bean offers any more: nothing can read the goal's data.
        IndicatorReading reading = source.map(s -> s.read(choice.values(), goal))
                .orElse(IndicatorReading.unreadable("", ""));
        PromiseContent.NumericTarget target = goal.goal().numeric();
        GoalStatus status = StatusRule.decide(reading.readable(), target.direction(), target.baseline(),
                target.target(), goal.content().start(), goal.deadline(), reading.value(), goal.today());
        return new GoalProgress(goal.promise(), goal.goal().key(), reading.value(), reading.asOf(), status,
                reading.series(), reading.sourceSv(), reading.sourceEn(), now);
    }

    /**
     * A change is news for residents (a feed entry, a mail): a value that moved, or a status that moved. Going
     * between the two states without a value (measuring has not started; cannot be measured) is not: it is
     * what a new promise's goals do when their sources are chosen, and when a deadline passes with no data.
     */
    private static boolean changed(GoalProgress previous, GoalProgress after) {
        boolean withoutValue = after.value() == null && after.status().withoutValue();
        if (previous == null) {
            return !withoutValue;
        }
        if (withoutValue && previous.value() == null && previous.status().withoutValue()) {
            return false;
        }
        return !sameNumber(previous, after) || previous.status() != after.status();
    }

    /** Whether a page showing the goal as it was would now be wrong: anything but the time it was computed moved. */
    private static boolean shownDifferently(GoalProgress previous, GoalProgress after) {
        if (previous == null) {
            return true;
        }
        return !sameNumber(previous, after) || previous.status() != after.status()
                || !Objects.equals(previous.asOf(), after.asOf()) || !sameSeries(previous, after)
                || !Objects.equals(previous.sourceSv(), ProgressStore.fitted(after.sourceSv()))
                || !Objects.equals(previous.sourceEn(), ProgressStore.fitted(after.sourceEn()));
    }

    private static boolean sameSeries(GoalProgress a, GoalProgress b) {
        if (a.series().size() != b.series().size()) {
            return false;
        }
        for (int i = 0; i < a.series().size(); i++) {
            ProgressPoint x = a.series().get(i);
            ProgressPoint y = b.series().get(i);
            if (!x.date().equals(y.date()) || x.value().compareTo(y.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(GoalProgress a, GoalProgress b) {
        if (a.value() == null || b.value() == null) {
            return Objects.equals(a.value(), b.value());
        }
        return a.value().compareTo(b.value()) == 0;
    }
}
