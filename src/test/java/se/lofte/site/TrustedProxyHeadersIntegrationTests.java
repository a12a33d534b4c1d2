package se.lofte.site;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (the tests trust the loopback address, as for nginx on the same host): the client
 * is the nearest address in X-Forwarded-For that is no trusted proxy, and the addresses Löfte makes keep
 * the scheme, host and port the visitor used, here nginx on port 8443. Through a real server port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lofte.sign-in.attempts-per-minute=10")
class TrustedProxyHeadersIntegrationTests {

    private static final String PUBLIC = "https://lofte.example.se:8443";
    private static final String PASSWORD = "ett lösenord bakom en proxy";

    @RegisterExtension
    final Http http = new Http();

    @Test
    void theClientIsTheNearestForwardedAddressSoWhatItWroteItselfChangesNothing() {
        // nginx's $proxy_add_x_forwarded_for appends the address it saw to whatever the client sent.
        List<String> forwarded = IntStream.rangeClosed(1, 11).mapToObj(i -> "203.0.113." + i + ", 198.51.100.50")
                .toList();

        assertThat(http.wrongPasswords("ingen-alls", forwarded)).containsExactly(302, 302, 302, 302, 302, 302, 302,
                302, 302, 302, 429);
    }

    @Test
    void thePostLoginRedirectKeepsThePortOfTheForwardedHost() {
        assertSignInStaysAt("X-Forwarded-Proto", "https", "X-Forwarded-Host", "lofte.example.se:8443",
                "X-Forwarded-For", "198.51.100.61");
    }

    @Test
    void thePostLoginRedirectKeepsTheForwardedPort() {
        assertSignInStaysAt("X-Forwarded-Proto", "https", "X-Forwarded-Host", "lofte.example.se",
                "X-Forwarded-Port", "8443", "X-Forwarded-For", "198.51.100.62");
    }

    private void assertSignInStaysAt(String... proxyHeaders) {
        String name = "proxy-" + UUID.randomUUID() + "@bengtsfors.se";
        http.staffAccount(name, PASSWORD);

        Http.Answer protectedPage = http.get("/manage/promises", null, proxyHeaders);
        assertThat(protectedPage.location()).isEqualTo(PUBLIC + "/login");
        String session = protectedPage.session().orElseThrow();
        Http.Answer login = http.get("/login", session, proxyHeaders);
        Http.Answer signedIn = http.post("/login", session, Map.of("username", name, "password", PASSWORD,
                "_csrf", login.csrf()), proxyHeaders);

        assertThat(signedIn.location()).isEqualTo(PUBLIC + "/manage/promises?continue");
        assertThat(signedIn.setCookie("SESSION").orElseThrow()).contains("Secure");
    }
}
