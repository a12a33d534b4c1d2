package se.lofte;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up work of a serving site (first administrator, demo promise) is done before the web server
 * opens its port, so that the seed page never answers 404 to a visitor who came as soon as it listened.
 * The web server publishes {@link WebServerInitializedEvent} on the thread that started it, right after
 * the port was bound; what the database holds at that moment is what a first request would see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StartupOrderIntegrationTests.AtPortOpen.class)
class StartupOrderIntegrationTests {

    /** What the database held when the port had just been opened. */
    record Seen(long administrators, long seedRevisions) {
    }

    static final AtomicReference<Seen> SEEN = new AtomicReference<>();

    @TestConfiguration
    static class AtPortOpen {

        @Bean
        ApplicationListener<WebServerInitializedEvent> recordWhatTheDatabaseHolds(JdbcClient jdbc) {
            return event -> SEEN.set(new Seen(
                    jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single(),
                    jdbc.sql("""
                            select count(*) from promise_revision r
                            join promise p on p.id = r.promise_id
                            join promise_party pp on pp.promise_id = p.id
                            join organisation o on o.id = pp.organisation_id
                            where o.slug = 'bengtsfors' and o.kind = 'MUNICIPALITY' and p.start_year = 2019""")
                            .query(Long.class).single()));
        }
    }

    @RegisterExtension
    final Http http = new Http();

    @Test
    void theFirstAdministratorAndTheDemoPromiseAreInPlaceWhenThePortOpens() {
        assertThat(SEEN.get()).as("the web server announced its port").isNotNull();
        assertThat(SEEN.get().administrators()).isEqualTo(1);
        assertThat(SEEN.get().seedRevisions()).isPositive();
        assertThat(http.get("/kommun/bengtsfors/medborgarlofte/2019", null).status()).isEqualTo(200);
    }
}
