package se.lofte.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after the reactions across modules (the {@code @ApplicationModuleListener}s: goal recomputes, subscriber
 * news) that Spring Modulith keeps in {@code event_publication}. Outstanding ones run again when a node starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), and one left unfinished too long is
 * marked failed ({@code spring.modulith.events.staleness.*}). Here, once across nodes: failed reactions are
 * resubmitted every few minutes, up to {@link #MAX_ATTEMPTS} times (a reaction that fails that often fails for
 * a reason a person must look at, and the log says which); completed ones are forgotten after a week.
 */
@Component
class Reactions {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    /** About a day of tries, five minutes apart. */
    static final int MAX_ATTEMPTS = 288;
    static final Duration KEEP_COMPLETED = Duration.ofDays(7);
    private static final Duration RESUBMIT_AT_MOST = Duration.ofMinutes(4);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final LockingTaskExecutor locks;

    Reactions(FailedEventPublications failed, CompletedEventPublications completed, LockingTaskExecutor locks) {
        this.failed = failed;
        this.completed = completed;
        this.locks = locks;
    }

    @Scheduled(initialDelay = 5, fixedDelay = 5, timeUnit = TimeUnit.MINUTES)
    void resubmitFailed() {
        locks.executeWithLock((Runnable) () -> {
            try {
                failed.resubmit(ResubmissionOptions.defaults().withBatchSize(100)
                        .withFilter(publication -> tryAgain(publication.getCompletionAttempts(),
                                publication.getEvent())));
            } catch (RuntimeException e) {
                log.warn("Resubmitting the failed reactions failed", e);
            }
        }, new LockConfiguration(Instant.now(), "reactions-resubmit", RESUBMIT_AT_MOST, Duration.ofMinutes(1)));
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Stockholm")
    void forgetCompleted() {
        locks.executeWithLock((Runnable) () -> completed.deletePublicationsOlderThan(KEEP_COMPLETED),
                new LockConfiguration(Instant.now(), "reactions-forget", Duration.ofHours(1), Duration.ofMinutes(10)));
    }

    private static boolean tryAgain(int attempts, Object event) {
        if (attempts < MAX_ATTEMPTS) {
            return true;
        }
        if (attempts == MAX_ATTEMPTS) {
            log.error("A reaction to {} failed {} times and is no longer tried; event_publication holds it", event,
                    attempts);
        }
        return false;
    }
}
