package se.lofte.progress;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.lofte.incidents.IncidentsChanged;
import se.lofte.measures.MeasuresChanged;
import se.lofte.promises.PromisePublished;

/**
 * Recomputes goals when their data changed, and once a day, since a deadline passes with no new data.
 *
 * <p>A change's recompute is a reaction of this module to another's event ({@link ApplicationModuleListener}):
 * Spring Modulith stores it with the change, in the same transaction, and runs it after the commit on the task
 * executor, in a transaction of its own. The change is never held up or rolled back by its recompute, and the
 * request that made it never needs a second connection. A recompute that fails, or is cut off by a crash,
 * stays in the event publication registry and runs again (operations.Reactions); recomputing twice gives the
 * same values and records no second change, so that is safe.
 */
@Component
class ProgressTriggers {

    private static final Logger log = LoggerFactory.getLogger(ProgressTriggers.class);

    /** A node that dies while recomputing frees the night's run after this long. */
    private static final Duration NIGHTLY_AT_MOST = Duration.ofHours(2);
    /** Longer than any two nodes' ticks of one night lie apart. */
    private static final Duration NIGHTLY_AT_LEAST = Duration.ofMinutes(10);

    private final ProgressComputation computation;
    private final LockingTaskExecutor locks;

    ProgressTriggers(ProgressComputation computation, LockingTaskExecutor locks) {
        this.computation = computation;
        this.locks = locks;
    }

    @ApplicationModuleListener
    void on(PromisePublished event) {
        computation.recompute(event.promiseId());
    }

    @ApplicationModuleListener
    void on(MeasuresChanged event) {
        computation.recompute(event.promise());
    }

    /** Any goal of a promise the organisation is party to may count its incidents. */
    @ApplicationModuleListener
    void on(IncidentsChanged event) {
        computation.recomputeParty(event.organisation());
    }

    /**
     * A serving site recomputes every published goal each night at three, Swedish time (so also on the days the
     * clocks change), on one node of several. Not at start: every choice of source and every new datum already
     * recomputed its goals, and a goal without a source is not measurable whenever it is read.
     */
    @Scheduled(cron = "0 0 3 * * *", zone = "Europe/Stockholm")
    void nightly() {
        locks.executeWithLock((Runnable) this::recomputeLogged, new LockConfiguration(Instant.now(),
                "progress-nightly", NIGHTLY_AT_MOST, NIGHTLY_AT_LEAST));
    }

    private void recomputeLogged() {
        long started = System.nanoTime();
        try {
            int promises = computation.recomputeAll();
            log.info("Nightly recompute: the goals of {} published promises in {} ms", promises,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Recomputing the goals failed", e);
        }
    }
}
