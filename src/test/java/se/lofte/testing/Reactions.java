package se.lofte.testing;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the reactions across modules (goal recomputes, subscriber news) that the last action set off. They
 * run after its commit on the task executor, so a test that reads their result must wait for them, as a person
 * reloading a page a moment later would. A reaction is waited for while its publication is outstanding
 * (published, processing or resubmitted); one that failed is not waited for: the test reads what it left.
 *
 * <p>Only publications of the last minute count: the PostgreSQL pass shares one database between the test
 * contexts, and one closed while a reaction was outstanding leaves it there for the next start to resubmit.
 */
public final class Reactions {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private Reactions() {
    }

    /** Returns when no reaction of the last minute is outstanding; fails after ten seconds. */
    public static void settle(JdbcClient jdbc) {
        settle(jdbc, "");
    }

    /**
     * Returns when no reaction of the last minute by a listener whose id holds {@code listener} (its class name) is
     * outstanding; fails after ten seconds. For a test that waits for one reaction on PostgreSQL, where the other
     * test JVM's reactions stand in the same table: a crowd of those (recomputes of a municipality that many tests
     * use) is not what the test waits for, and it is the other JVM that runs them.
     */
    public static void settle(JdbcClient jdbc, String listener) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (outstanding(jdbc, listener) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Reactions still outstanding after " + AT_MOST.toSeconds() + " s: "
                        + jdbc.sql("select listener_id || ' ' || serialized_event || ' ' || coalesce(status, '')"
                                + " from event_publication where completion_date is null").query(String.class).list());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for reactions", e);
            }
        }
    }

    private static long outstanding(JdbcClient jdbc, String listener) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))"
                        + " and publication_date > ? and listener_id like ?")
                .params(OffsetDateTime.now().minusMinutes(1), "%" + listener + "%").query(Long.class).single();
    }
}
