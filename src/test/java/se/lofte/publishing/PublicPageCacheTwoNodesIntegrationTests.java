package se.lofte.publishing;

import java.time.Duration;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.lofte.Lofte;
import se.lofte.promises.PromiseFixtures;
import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: a change made through one is shown by the other within the check interval,
 * though the other had the page kept from before. The rule this proves is in docs/performance.md ("The page
 * cache"): no node serves a page older than the last change for longer than
 * {@code lofte.public-cache.check-interval}.
 */
class PublicPageCacheTwoNodesIntegrationTests {

    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);

    @Test
    void aChangeThroughOneNodeShowsOnTheOtherWithinTheCheckInterval() throws InterruptedException {
        try (ConfigurableApplicationContext one = node(null);
             ConfigurableApplicationContext two = node(one.getBean(HikariDataSource.class).getJdbcUrl())) {
            var promises = new TestPromises();
            promises.use(one);
            var promise = promises.publish(c -> c);
            Http onTwo = new Http(port(two));
            String kept = onTwo.get(promise.path(), null).body();
            assertThat(onTwo.get(promise.path(), null).headers()).containsKey("etag");
            String title = "Tryggare Bengtsfors " + UUID.randomUUID();

            promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, title));
            // The rule's bound, waited out: whatever node two served before, the first request after it must
            // read the changed version (a lower bound only, so a busy machine cannot make this fail).
            Thread.sleep(CHECK_INTERVAL.toMillis());

            assertThat(kept).doesNotContain(title);
            assertThat(onTwo.get(promise.path(), null).body()).contains(title);
        }
    }

    /** A node on the test database; the second is given the first one's, so that both share it. */
    private static ConfigurableApplicationContext node(String databaseUrl) {
        var builder = new SpringApplicationBuilder(Lofte.class);
        return databaseUrl == null
                ? builder.run("--server.port=0", "--lofte.public-cache.check-interval=" + CHECK_INTERVAL)
                : builder.run("--server.port=0", "--lofte.public-cache.check-interval=" + CHECK_INTERVAL,
                        "--spring.datasource.url=" + databaseUrl);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
