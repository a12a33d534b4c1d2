package se.lofte.progress;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

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

    private static final LocalTime NIGHTLY = LocalTime.of(3, 0);

    private final ProgressComputation computation;
    private final TransactionTemplate savepoint;

    ProgressTriggers(ProgressComputation computation, PlatformTransactionManager transactions) {
        this.computation = computation;
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
     * A serving site recomputes every published goal each night at three, Swedish time. Not at start: every
     * choice of source and every new datum already recomputed its goals, and a goal without a source is not
     * measurable whenever it is read.
     */
    @EventListener
    void start(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("progress-daily").daemon(true)
                .factory());
        ZonedDateTime now = ZonedDateTime.now(ProgressComputation.SWEDEN);
        ZonedDateTime next = now.toLocalDate().atTime(NIGHTLY).atZone(ProgressComputation.SWEDEN);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        daily.scheduleAtFixedRate(this::recomputeLogged, Duration.between(now, next).toSeconds(),
                TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    private void recomputeLogged() {
        try {
            computation.recomputeAll();
        } catch (RuntimeException e) {
            log.warn("Recomputing the goals failed", e);
        }
    }
}
