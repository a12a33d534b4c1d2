package se.lofte.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import com.sun.net.httpserver.HttpServer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduled fetch of the police events API against a JDK HTTP server in the test serving the sample
 * file: each fetch is a polisen-events job, the second adds nothing, and Löfte names itself. Two nodes
 * ticking together fetch once.
 */
@SpringBootTest
class PolisenFetchIntegrationTests {

    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;
    @Autowired
    LockingTaskExecutor locks;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    HttpServer server;
    final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void policeApi() throws IOException {
        byte[] sample = Files.readAllBytes(ImportFiles.POLISEN);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/events", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, sample.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(sample);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchingTwiceImportsTheEventsOnceAndNamesLofte() {
        long amal = organisations.municipalityBySlug("amal").orElseThrow().id().value();
        var fetch = new PolisenFetch(imports, "http://127.0.0.1:" + server.getAddress().getPort() + "/api/events",
                Duration.ofMinutes(30), amal, "https://lofte.example", locks);

        ImportJob first = fetch.fetch().orElseThrow();
        ImportJob second = fetch.fetch().orElseThrow();

        assertThat(first.format()).isEqualTo(ImportFormat.POLISEN_EVENTS);
        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(first.rowsRead()).isEqualTo(500);
        assertThat(second.rowsRead()).isEqualTo(500);
        assertThat(second.accepted()).isZero();
        assertThat(second.duplicates()).isEqualTo(500);
        assertThat(userAgent.get()).startsWith("Lofte/").contains("https://lofte.example");
    }

    @Test
    void twoNodesTickingTogetherFetchOnceAndTheNextTickWithinTheIntervalSkips() throws Exception {
        long ale = organisations.municipalityBySlug("ale").orElseThrow().id().value();
        String api = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/events";
        // Each node has its own lock executor on the shared database, as two processes would.
        var nodes = List.of(new PolisenFetch(imports, api, Duration.ofMinutes(30), ale, "https://lofte.example",
                        nodeLocks()),
                new PolisenFetch(imports, api, Duration.ofMinutes(30), ale, "https://lofte.example", nodeLocks()));
        jdbc.sql("delete from shedlock where name = 'polisen-fetch'").update(); // an earlier run's fetch
        long before = jobsOf(ale);

        var together = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            var ticks = nodes.stream().map(node -> threads.submit(() -> {
                together.await();
                node.tick();
                return null;
            })).toList();
            together.countDown();
            for (var tick : ticks) {
                tick.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(jobsOf(ale) - before).as("fetches by two nodes ticking together").isEqualTo(1);

        nodes.get(1).tick();
        nodes.get(0).tick();
        assertThat(jobsOf(ale) - before).as("ticks within the interval after the fetch").isEqualTo(1);
    }

    private LockingTaskExecutor nodeLocks() {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    private long jobsOf(long organisation) {
        return jdbc.sql("select count(*) from import_job where organisation_id = ? and format = 'polisen-events'")
                .param(organisation).query(Long.class).single();
    }

    @Test
    void anIntervalUnderTenMinutesIsRefused() {
        assertThatThrownBy(() -> new PolisenFetch(imports, "http://127.0.0.1/api/events", Duration.ofMinutes(5), 1L,
                "https://lofte.example", locks)).isInstanceOf(IllegalStateException.class).hasMessageContaining("PT10M");
    }
}
