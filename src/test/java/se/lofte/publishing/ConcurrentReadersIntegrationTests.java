package se.lofte.publishing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import se.lofte.measures.MeasurePlace;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PromiseFixtures;
import se.lofte.promises.PublishedRevision;
import se.lofte.testing.MovableClock;
import se.lofte.testing.OneConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many residents reading at once: every public page and open-data answer, asked 64 times at the same moment,
 * answers 200 each time, with ONE database connection in the pool. A request that needs a second connection
 * while it holds one can never get it from a pool of one, so it fails, where in production enough of them
 * at once hold the whole pool and wait for each other until every reader gets an error.
 *
 * <p>The pool waits ten seconds here, not {@link OneConnection}'s quarter second: 64 requests take turns at the one
 * connection, which is the point, and a turn must not count as a failure. All readers come from one address
 * here, so the integrity report's limit per client is lifted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OneConnection
@TestPropertySource(properties = {"spring.datasource.hikari.connection-timeout=10000",
        "lofte.api.integrity-requests-per-minute=1000"})
@Import(MovableClock.Config.class)
class ConcurrentReadersIntegrationTests {

    private static final int READERS = 64;

    @LocalServerPort
    int port;
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();
    @Autowired
    MovableClock clock;

    TestPromises.Published promise;

    /** A promise with two revisions, a goal counted by hand, a measure and an update: every part a page shows. */
    @BeforeEach
    void aPromiseWithProgress() {
        promise = promises.publish(c -> c);
        promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, c.title() + " (reviderat)"));
        PublishedRevision latest = promises.latest(promise.id());
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        fixtures.count(latest, "3", LocalDate.of(promise.year(), 6, 1));
        fixtures.logTrafficControl(latest, LocalDate.of(promise.year(), 6, 2), "Trafikkontroll vid skolan",
                new MeasurePlace.Nowhere(), false, null);
        fixtures.publishUpdate(latest, UpdateKind.PROGRESS, "Kontrollen är gjord",
                "Vi kontrollerade 20 fordon vid skolan.");
    }

    @Test
    void everyPublicPageServesSixtyFourReadersAtOnceWithOneConnection() throws Exception {
        String page = promise.path();
        long id = promise.id().value();
        List<String> paths = List.of("/", "/kommun", "/kommun/bengtsfors", page, page + "?utskrift",
                page + "/version/1", ProgressFixtures.SEED, "/widget" + page, "/widget" + page + ".html",
                "/flode.atom", "/kommun/bengtsfors/flode.atom", page + "/flode.atom", page + "/delningsbild.png",
                "/api/promises", "/api/promises/" + id, "/api/promises/" + id + "/revisions",
                "/api/promises/" + id + "/revisions/1", "/api/promises/integrity", "/tillganglighet",
                page + "/prenumerera", "/kommun/bengtsfors/prenumerera");

        Map<String, List<Integer>> notOk = new LinkedHashMap<>();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            for (String path : paths) {
                List<Integer> statuses = readAtOnce(client, path);
                assertThat(statuses).as(path).hasSize(READERS);
                List<Integer> failed = statuses.stream().filter(s -> s != 200).toList();
                if (!failed.isEmpty()) {
                    notOk.put(path, failed);
                }
            }
        }
        assertThat(notOk).as("answers other than 200, by page").isEmpty();
    }

    /** The status of each of 64 requests for the path, all sent together once every one is ready. */
    private List<Integer> readAtOnce(HttpClient client, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
        var start = new CountDownLatch(1);
        var ready = new CountDownLatch(READERS);
        List<Future<Integer>> answers = new ArrayList<>();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < READERS; i++) {
                answers.add(readers.submit(() -> {
                    ready.countDown();
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            ready.await();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        }
    }
}
