package se.lofte.site;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While no database connection can be had, readers and staff get a calm 503 with Retry-After, pages the
 * public cache holds are still served, and the site recovers by itself once the database answers again.
 * The database is taken away by a switch in front of the pool, as a stopped server looks to the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DatabaseAwayIntegrationTests.Switch.class)
class DatabaseAwayIntegrationTests {

    private static final AtomicBoolean AWAY = new AtomicBoolean();
    private static final String PROMISE = "/kommun/bengtsfors/medborgarlofte/2019";

    @RegisterExtension
    final Http http = new Http();

    @AfterEach
    void back() {
        AWAY.set(false);
    }

    @Test
    void readersGetACalmPageAndKeptPagesWhileTheDatabaseIsAway() {
        assertThat(http.get(PROMISE, null).status()).isEqualTo(200);

        AWAY.set(true);
        var kept = http.get(PROMISE, null);
        assertThat(kept.status()).as("a page the cache holds").isEqualTo(200);
        for (String path : new String[]{"/kommun/bengtsfors", PROMISE + "?lang=en", "/kommun/ale"}) {
            var answer = http.get(path, null, "Accept", "text/html");
            assertThat(answer.status()).as(path).isEqualTo(503);
            assertThat(answer.headers().get("retry-after")).as(path).containsExactly(DatabaseAway.RETRY_AFTER);
            assertThat(answer.headers().get("content-security-policy")).as(path).singleElement().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(answer.headers().get("x-frame-options")).as(path).containsExactly("DENY");
            assertThat(Jsoup.parse(answer.body()).select("main p").text()).as(path)
                    .containsAnyOf("Tjänsten är tillfälligt otillgänglig", "The service is briefly unavailable");
            assertThat(answer.body()).as(path).doesNotContain("Exception").doesNotContain("at se.lofte");
        }
        var api = http.get("/api/promises", null, "Accept", "application/json");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.headers().get("retry-after")).containsExactly(DatabaseAway.RETRY_AFTER);
        assertThat(api.body()).doesNotContain("Exception");

        AWAY.set(false);
        assertThat(http.get("/kommun/bengtsfors", null).status()).as("recovered by itself").isEqualTo(200);
    }

    @Test
    void staffAreToldTooAndStaySignedIn() {
        String session = http.signInAsStaff("away.editor");
        var list = http.get("/manage/promises", session);
        assertThat(list.status()).isEqualTo(200);

        AWAY.set(true);
        var answer = http.get("/manage/promises", session, "Accept", "text/html");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers().get("retry-after")).containsExactly(DatabaseAway.RETRY_AFTER);
        assertThat(answer.headers().get("x-frame-options")).as("the site's headers on the 503")
                .containsExactly("DENY");
        assertThat(Jsoup.parse(answer.body()).select("main p").text())
                .contains("Databasen kan inte nås just nu").contains("Ingenting du har sparat har gått förlorat");
        assertThat(answer.body()).doesNotContain("Exception");

        var sent = http.post("/manage/organisations/new?kind=OTHER_ACTOR", session,
                Map.of("name", "Bostadsbolaget", "_csrf", list.csrf()), "Accept", "text/html");
        assertThat(sent.status()).as("a form sent while away").isEqualTo(503);
        assertThat(Jsoup.parse(sent.body()).select("main p").text())
                .contains("Det du skickade har inte sparats").contains("Gå tillbaka i webbläsaren");

        AWAY.set(false);
        assertThat(http.get("/manage/promises", session).status()).as("still signed in").isEqualTo(200);
    }

    /** A switch in front of the connection pool: while away, no connection can be had, as from a stopped server. */
    @TestConfiguration
    static class Switch {

        @Bean
        static BeanPostProcessor databaseSwitch() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource pool) || !name.equals("dataSource")) {
                        return bean;
                    }
                    return new DelegatingDataSource(pool) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            if (AWAY.get()) {
                                throw new SQLTransientConnectionException("Connection is not available (database away)");
                            }
                            return super.getConnection();
                        }
                    };
                }
            };
        }
    }
}
