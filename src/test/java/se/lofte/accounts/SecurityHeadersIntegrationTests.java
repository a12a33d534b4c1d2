package se.lofte.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers every page carries, checked through a real server port: HSTS depends on whether Tomcat
 * sees the request as HTTPS, which MockMvc cannot show. Behind the proxy in production the connection
 * comes from a trusted proxy with {@code X-Forwarded-Proto: https}, as here from 127.0.0.1 (trusted in the
 * test configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void httpsThroughTheProxyGetsHstsAndPlainHttpDoesNot() throws Exception {
        var https = get("/", "https");
        assertThat(https.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));

        assertThat(get("/", null).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void pagesForbidInlineScriptAndUnusedBrowserFeatures() throws Exception {
        var page = get("/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
    }

    @Test
    void theApiAnswersWithoutTheLoginPageAndWithItsOwnPolicy() throws Exception {
        var api = get("/api/tokens/self", "https");

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
