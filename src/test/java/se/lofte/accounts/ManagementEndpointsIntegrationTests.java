package se.lofte.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator on its own management port (as configured by default, bound to 127.0.0.1): the site's port
 * serves none of it, only the liveness and readiness a load balancer reads; metrics and health are on the
 * management port, open to whoever reaches this machine's port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementEndpointsIntegrationTests {

    @RegisterExtension
    final Http site = new Http();
    @LocalManagementPort
    int managementPort;

    @Test
    void theSitesPortServesNoMetricsBackupOrActuatorAtAll() {
        assertThat(site.get("/actuator/prometheus", null).status()).isEqualTo(404);
        assertThat(site.get("/actuator", null).status()).isEqualTo(404);
        assertThat(site.get("/actuator/health", null).status()).isEqualTo(404);
        assertThat(site.post("/actuator/backup", null, Map.of()).status()).isIn(403, 404);
    }

    @Test
    void aSignedInSystemAdministratorGetsNoMetricsOnTheSitesPortEither() {
        String session = site.signIn("admin", "test-admin-password");
        assertThat(site.get("/actuator/prometheus", session).status()).isEqualTo(404);
    }

    @Test
    void loadBalancersReadLivenessAndReadinessOnTheSitesPort() {
        for (String probe : new String[]{"/livez", "/readyz"}) {
            var answer = site.get(probe, null);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
            assertThat(answer.setCookie("SESSION")).as(probe).isEmpty();
        }
    }

    @Test
    void theManagementPortAnswersHealthProbesAndPrometheusMetrics() {
        var management = new Http(managementPort);
        // A page through the site's filter chain and a failed sign-in, so that Spring Security would have timed
        // its filters, an authentication and an authorization by now if it observed them.
        assertThat(site.get("/manage", null).status()).isEqualTo(302);
        site.post("/login", null, Map.of("username", "admin", "password", "wrong"));
        assertThat(management.get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
        assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness", null).status()).isEqualTo(200);

        var metrics = management.get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.headers().get("content-type").getFirst()).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge", "hikaricp_connections_active",
                "application_ready_time_seconds");
        // Sessions are Spring Session's, in the database: Tomcat's own session counts would always be 0.
        assertThat(metrics.body()).doesNotContain("tomcat_sessions");
        // Spring Security's own timings are not kept: nobody reads them, and every request paid for them.
        assertThat(metrics.body()).contains("http_server_requests_seconds").doesNotContain("spring_security");
        assertThat(metrics.setCookie("SESSION")).isEmpty();
    }

    /** This test's database is PostgreSQL, or H2 in memory: neither is for BACKUP TO (the round-trip test's is). */
    @Test
    void theBackupEndpointSaysWhyThisDatabaseIsNotItsToBackUp() throws Exception {
        // As ops/backup.sh asks: a POST without a body.
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/backup"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).containsAnyOf("back it up with pg_dump (ops/backup.sh --db NAME)",
                "The embedded database is in memory");
    }
}
