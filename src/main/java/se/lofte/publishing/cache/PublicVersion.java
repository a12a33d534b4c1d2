package se.lofte.publishing.cache;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.lofte.citizenreports.CitizenReportsChanged;
import se.lofte.dialogue.MeetingsChanged;
import se.lofte.followup.FollowUpPublished;
import se.lofte.measures.MeasuresChanged;
import se.lofte.organisations.OrganisationChanged;
import se.lofte.places.FocusPlacesChanged;
import se.lofte.progress.GoalProgressChanged;
import se.lofte.progress.GoalShown;
import se.lofte.progress.UpdatePublished;
import se.lofte.progress.UpdateWithdrawn;
import se.lofte.promises.PromiseClosed;
import se.lofte.promises.PromiseExtended;
import se.lofte.promises.PromisePublished;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.PublicChanges;
import se.lofte.situation.LagesbildSaved;
import se.lofte.surveys.SurveyResultsChanged;

/**
 * The version of everything the public site shows, one counter in the database that all nodes share.
 *
 * <p>Every change a public page can show bumps it inside the change's own transaction (the events are heard
 * synchronously, where they are published), so the bump is committed exactly when the change is, and
 * survives a crash with it. This node sees its own bumps at once;
 * other nodes read the counter at most {@code check-interval} later, which bounds how long any node serves a
 * page rendered before a change.
 */
@Component
class PublicVersion implements PublicChanges {

    private static final Logger log = LoggerFactory.getLogger(PublicVersion.class);

    private final JdbcClient jdbc;
    private final long checkIntervalNanos;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile long known = -1;
    private volatile long readAt;

    PublicVersion(JdbcClient jdbc, LofteProperties properties) {
        this.jdbc = jdbc;
        this.checkIntervalNanos = properties.publicCache().checkInterval().toNanos();
    }

    /**
     * The version as last read, read again when it is older than the check interval; -1 while it could never
     * be read. One request at a time reads it; the others go on with the value before.
     */
    @Override
    public long current() {
        if ((known < 0 || System.nanoTime() - readAt >= checkIntervalNanos) && reading.compareAndSet(false, true)) {
            try {
                known = jdbc.sql("select version from public_version where id = 1").query(Long.class).single();
            } catch (RuntimeException e) {
                // The database is away: pages already rendered stay valid until it answers again.
                log.warn("Could not read the public version: {}", e.getMessage());
            } finally {
                readAt = System.nanoTime();
                reading.set(false);
            }
        }
        return known;
    }

    @Override
    public Optional<Stamp> stamp() {
        try {
            return jdbc.sql("select version, changed_at from public_version where id = 1")
                    .query((rs, row) -> {
                        var at = rs.getObject(2, OffsetDateTime.class);
                        return new Stamp(rs.getLong(1), at == null ? Instant.EPOCH : at.toInstant());
                    })
                    .optional();
        } catch (RuntimeException e) {
            log.warn("Could not read the public version: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Makes the next {@link #current()} read the database, so that this node's own change shows at once. */
    private void readAgain() {
        readAt = System.nanoTime() - checkIntervalNanos;
    }

    /**
     * Everything residents see that can change: a publication (of the text or a joint follow-up), a closed or
     * extended promise, a measure, an
     * update published or withdrawn, a goal's progress or anything else shown of it, a lägesbild, an
     * organisation's name or coverage, a focus place's shape (the report's map), a resident's report published,
     * hidden, merged, answered or supported, a survey's results published or withdrawn.
     * Imports reach the public site only through goal progress, which has its own event.
     */
    @EventListener(classes = {
            PromisePublished.class, FollowUpPublished.class, PromiseClosed.class, PromiseExtended.class, MeasuresChanged.class,
            UpdatePublished.class, UpdateWithdrawn.class, GoalProgressChanged.class, GoalShown.class,
            LagesbildSaved.class, MeetingsChanged.class,
            OrganisationChanged.class, FocusPlacesChanged.class, CitizenReportsChanged.class,
            SurveyResultsChanged.class})
    void changed() {
        jdbc.sql("update public_version set version = version + 1, changed_at = current_timestamp where id = 1").update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    readAgain();
                }
            });
        } else {
            readAgain();
        }
    }
}
