package se.lofte.situation.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.organisations.Organisations;
import se.lofte.situation.ImportFormat;
import se.lofte.situation.ImportJob;
import se.lofte.situation.ImportState;
import se.lofte.situation.Imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scheduled fetch of the police events API against a JDK HTTP server in the test serving the sample
 * file: each fetch is a polisen-events job, the second adds nothing, and Löfte names itself.
 */
@SpringBootTest
class PolisenFetchIntegrationTests {

    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;

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
                Duration.ofMinutes(30), amal, "https://lofte.example");

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
    void anIntervalUnderTenMinutesIsRefused() {
        assertThatThrownBy(() -> new PolisenFetch(imports, "http://127.0.0.1/api/events", Duration.ofMinutes(5), 1L,
                "https://lofte.example")).isInstanceOf(IllegalStateException.class).hasMessageContaining("PT10M");
    }
}
