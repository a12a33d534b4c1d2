package se.lofte.incidents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.LofteProperties;

/**
 * Fetches the police events API ({@code lofte.situation.polisen.url}, e.g. https://polisen.se/api/events;
 * empty, the default, turns it off) every {@code lofte.situation.polisen.interval} (default PT30M) and
 * imports the answer as a job of format polisen-events for {@code lofte.situation.polisen.organisation}
 * (an organisation id). The API answers with the latest 500 events, so windows overlap; the dedup key
 * (the event id) makes the overlap add nothing. Runs in the web application only, not in commands, and with
 * several nodes on one node per interval: the fetch takes a lock that is held for nearly the interval, so the
 * other nodes skip their ticks until the node that fetched would tick again (a node that dies hands the work on
 * within one interval).
 *
 * <p>The interval is refused below ten minutes: the police ask API clients not to poll often, and an
 * interval of minutes gains nothing on a feed that changes a few times an hour, so Löfte keeps a
 * conservative floor rather than quote a limit.
 */
@Component
class PolisenFetch {

    static final Duration SHORTEST = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(PolisenFetch.class);

    private final Imports imports;
    private final String url;
    private final Duration interval;
    private final Long organisation;
    private final String userAgent;
    // Only when fetching is on: building an HttpClient sets up TLS (the default SSLContext and its trust
    // store) and cost a few hundred milliseconds of every start, most of which have no URL set.
    private final HttpClient http;
    private final LockingTaskExecutor locks;

    @Autowired
    PolisenFetch(Imports imports, LofteProperties properties, LockingTaskExecutor locks) {
        this(imports, properties.situation().polisen().url(), properties.situation().polisen().interval(),
                properties.situation().polisen().organisation(), properties.baseUrl(), locks);
    }

    PolisenFetch(Imports imports, String url, Duration interval, Long organisation, String baseUrl,
                 LockingTaskExecutor locks) {
        this.imports = imports;
        this.locks = locks;
        // Names Löfte and where it runs, so the police can tell who asks.
        this.userAgent = "Lofte/1 (citizen promises, situation picture; +" + baseUrl + ")";
        this.url = url == null ? "" : url.strip();
        this.interval = interval;
        this.organisation = organisation;
        this.http = this.url.isEmpty() ? null : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        if (!this.url.isEmpty()) {
            if (interval.compareTo(SHORTEST) < 0) {
                throw new IllegalStateException("lofte.situation.polisen.interval is " + interval
                        + "; fetching the police events API more often than every " + SHORTEST + " is refused");
            }
            if (organisation == null) {
                throw new IllegalStateException("lofte.situation.polisen.url is set but lofte.situation.polisen"
                        + ".organisation (the id of the organisation to import for) is not");
            }
        }
    }

    /** At start and then every interval after the last fetch ended. */
    @Scheduled(fixedDelayString = "${lofte.situation.polisen.interval:PT30M}")
    void tick() {
        if (url.isEmpty()) {
            return;
        }
        // A minute short of the interval: the fetching node's next tick, an interval after this one ended, finds
        // the lock free again, while every other node's tick in between finds it held.
        locks.executeWithLock((Runnable) this::fetchLogged, new LockConfiguration(Instant.now(), "polisen-fetch",
                interval, interval.minus(Duration.ofMinutes(1))));
    }

    private void fetchLogged() {
        try {
            fetch().ifPresent(job -> log.info("Police events fetched: job {} {}, read {}, added {}, duplicates {}",
                    job.id(), job.state(), job.rowsRead(), job.accepted(), job.duplicates()));
        } catch (RuntimeException e) {
            log.warn("Fetching the police events from {} failed", url, e);
        }
    }

    /** Fetches once and imports what came; empty when the fetch failed (logged) or is turned off. */
    public Optional<ImportJob> fetch() {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Path file = null;
        try {
            file = Files.createTempFile("lofte-polisen-", ".json");
            HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("User-Agent", userAgent)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200) {
                log.warn("The police events API at {} answered {}", url, response.statusCode());
                return Optional.empty();
            }
            return Optional.of(imports.runNow(new Imports.Order(new OrganisationId(organisation),
                    ImportFormat.POLISEN_EVENTS, null, "polisen-events", null),
                    Parsers.forFormat(ImportFormat.POLISEN_EVENTS, null), file));
        } catch (IOException e) {
            log.warn("Fetching the police events from {} failed: {}", url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.debug("Could not delete {}", file, e);
                }
            }
        }
    }
}
