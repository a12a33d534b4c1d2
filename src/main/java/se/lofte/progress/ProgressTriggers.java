package se.lofte.progress;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.measures.MeasuresChanged;
import se.lofte.promises.PromisePublished;
import se.lofte.situation.IncidentsChanged;

/**
 * Recomputes goals when their data changed, inside the transaction that changed it, just before it commits,
 * and once a day, since a deadline passes with no new data.
 *
 * <p>Before the commit, not after: after the commit the changing transaction still holds its connection
 * until the listeners are done, so a recompute in a transaction of its own would hold a second one, and a
 * request needing two connections at once can wait forever for a pool its neighbours hold. The recompute
 * runs in a savepoint instead, on the same connection; if it fails, only the savepoint is rolled back and
 * logged, and the change itself is committed, as it was when the recompute ran after it. The nightly run
 * catches up.
 */
@Component
class ProgressTriggers {

    private static final Logger log = LoggerFactory.getLogger(ProgressTriggers.class);

    /** A node that dies while recomputing frees the night's run after this long. */
    private static final Duration NIGHTLY_AT_MOST = Duration.ofHours(2);
    /** Longer than any two nodes' ticks of one night lie apart. */
    private static final Duration NIGHTLY_AT_LEAST = Duration.ofMinutes(10);

    private final ProgressComputation computation;
    private final TransactionTemplate savepoint;
    private final LockingTaskExecutor locks;

    ProgressTriggers(ProgressComputation computation, PlatformTransactionManager transactions,
                     LockingTaskExecutor locks) {
        this.computation = computation;
        this.locks = locks;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PromisePublished event) {
        recompute("promise " + event.promiseId().value(), () -> computation.recompute(event.promiseId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(MeasuresChanged event) {
        recompute("promise " + event.promise().value(), () -> computation.recompute(event.promise()));
    }

    /** Any goal of a promise the organisation is party to may count its incidents. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(IncidentsChanged event) {
        recompute("organisation " + event.organisation().value(),
                () -> computation.recomputeParty(event.organisation()));
    }

    private void recompute(String what, Runnable recomputation) {
        try {
            savepoint.executeWithoutResult(status -> recomputation.run());
        } catch (RuntimeException e) {
            log.warn("Recomputing the goals of {} failed; the nightly run tries again", what, e);
        }
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
