package se.lofte.accounts;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real limit of ten sign-in attempts a minute per client address, through the real server. Clients
 * are told apart by X-Forwarded-For, as behind the proxy of a real installation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lofte.sign-in.attempts-per-minute=10")
class SignInRateLimitIntegrationTests {

    @RegisterExtension
    final Http http = new Http();

    @Test
    void theEleventhAttemptInAMinuteIsAnswered429WithTheErrorPage() {
        String client = "198.51.100.7";
        Http.Answer page = http.get("/login", null, "X-Forwarded-For", client);
        String session = page.session().orElseThrow();
        Map<String, String> guess = Map.of("username", "admin", "password", "fel gissning", "_csrf", page.csrf());

        for (int i = 0; i < 10; i++) {
            assertThat(http.post("/login", session, guess, "X-Forwarded-For", client).location()).endsWith("/login?error");
        }
        Http.Answer refused = http.post("/login", session, guess, "X-Forwarded-For", client, "Accept", "text/html");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("retry-after")).isNotEmpty();
        assertThat(refused.body()).contains("För många försök på kort tid", "<a class=\"brand\" href=\"/\">");

        // Another client is not affected.
        assertThat(http.post("/login", session, guess, "X-Forwarded-For", "198.51.100.8").status()).isEqualTo(302);
    }

    @Test
    void theAddressesOfOneIpv6NetworkShareTheLimit() {
        // Ten addresses of one /64 network, an eleventh of the same network, then one of the next network.
        List<String> forwarded = Stream.concat(IntStream.rangeClosed(1, 10).mapToObj(i -> "2001:db8:5:6::" + i),
                Stream.of("2001:db8:5:6:ffff::1", "2001:db8:5:7::1")).toList();

        assertThat(http.wrongPasswords("admin", forwarded)).containsExactly(302, 302, 302, 302, 302, 302, 302, 302,
                302, 302, 429, 302);
    }

    @Test
    void resetRequestsAreLimitedToo() {
        String client = "198.51.100.9";
        Http.Answer page = http.get("/konto/glomt-losenord", null, "X-Forwarded-For", client);
        String session = page.session().orElseThrow();
        Map<String, String> request = Map.of("email", "ingen@example.se", "_csrf", page.csrf());

        assertThat(elevenPosts("/konto/glomt-losenord", session, request, client)).containsExactly(302, 302, 302, 302,
                302, 302, 302, 302, 302, 302, 429);
    }

    @Test
    void accessibilityReportsAreLimitedToo() {
        String client = "198.51.100.10";
        // Residents' forms need no session (FormTokenRepository): the token alone is sent back.
        Http.Answer page = http.get("/tillganglighet", null, "X-Forwarded-For", client);
        Map<String, String> report = Map.of("page", "/kommun", "description", "Menyn går inte att nå med tangentbordet.",
                "_csrf", page.csrf());

        assertThat(elevenPosts("/tillganglighet/rapportera", null, report, client)).containsOnlyOnce(429).endsWith(429);
    }

    @Test
    void subscriptionRequestsAreLimitedToo() {
        String client = "198.51.100.11";
        String form = "/kommun/bengtsfors/prenumerera";
        Http.Answer page = http.get(form, null, "X-Forwarded-For", client);
        Map<String, String> request = Map.of("email", "inte en adress", "_csrf", page.csrf());

        assertThat(elevenPosts(form, null, request, client)).containsOnlyOnce(429).endsWith(429);
    }

    /** The statuses of eleven posts of the same form from one client: one more than the limit allows. */
    private List<Integer> elevenPosts(String path, String session, Map<String, String> form, String client) {
        return IntStream.range(0, 11).mapToObj(i -> http.post(path, session, form, "X-Forwarded-For", client).status())
                .toList();
    }
}
