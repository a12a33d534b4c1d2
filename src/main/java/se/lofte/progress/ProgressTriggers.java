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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.WebApplicationContext;

import se.lofte.measures.MeasuresChanged;
import se.lofte.promises.PromisePublished;
import se.lofte.situation.IncidentsChanged;

/**
 * Recomputes goals when their data changed, once that change is committed, and once a day, since a
 * deadline passes with no new data.
 */
@Component
class ProgressTriggers {

    private static final Logger log = LoggerFactory.getLogger(ProgressTriggers.class);

    private static final LocalTime NIGHTLY = LocalTime.of(3, 0);

    private final ProgressComputation computation;

    ProgressTriggers(ProgressComputation computation) {
        this.computation = computation;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PromisePublished event) {
        computation.recompute(event.promiseId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MeasuresChanged event) {
        computation.recompute(event.promise());
    }

    /** Any goal of a promise the organisation is party to may count its incidents. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(IncidentsChanged event) {
        computation.recomputeParty(event.organisation());
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
