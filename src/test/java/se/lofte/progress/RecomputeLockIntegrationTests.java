package se.lofte.progress;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.promises.PromiseId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two recomputes of one promise take turns, also the very first two, which both find no lock row yet: the
 * second waits for the first's transaction instead of failing a staff member's request on the row's key.
 */
@SpringBootTest
class RecomputeLockIntegrationTests {

    @Autowired
    ProgressStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecondOfTwoFirstRecomputesWaitsForTheFirst() throws Exception {
        // A promise id no recompute has locked before; the lock row needs no promise behind it.
        var promise = new PromiseId(jdbc.sql("select coalesce(max(promise_id), 0) + 1000 from goal_recompute")
                .query(Long.class).single());
        var firstHolds = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<Long> first = threads.submit(() -> transactions.execute(status -> {
                store.lockRecompute(promise);
                firstHolds.countDown();
                sleep(500);
                return System.nanoTime();
            }));
            assertThat(firstHolds.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = threads.submit(() -> transactions.execute(status -> {
                store.lockRecompute(promise);
                return System.nanoTime();
            }));

            long firstDone = first.get(20, TimeUnit.SECONDS);
            long secondLocked = second.get(20, TimeUnit.SECONDS);
            assertThat(secondLocked).as("the second took the lock after the first committed").isGreaterThan(firstDone);
        }
        assertThat(jdbc.sql("select count(*) from goal_recompute where promise_id = ?").param(promise.value())
                .query(Long.class).single()).isOne();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
