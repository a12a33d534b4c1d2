package se.lofte.site;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the default), what a client says in forwarded headers changes nothing:
 * it is limited by the address it connects from, and its own scheme, host and port stand. Through a real
 * server port, since the headers are read in front of the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lofte.trusted-proxies=", "lofte.sign-in.attempts-per-minute=10"})
class UntrustedProxyHeadersIntegrationTests {

    @RegisterExtension
    final Http http = new Http();

    @Test
    void aClientThatIsNoTrustedProxyIsLimitedByItsOwnAddressWhateverItsXForwardedFor() {
        List<String> forwarded = IntStream.rangeClosed(1, 11).mapToObj(i -> "203.0.113." + i).toList();

        assertThat(http.wrongPasswords("ingen-alls", forwarded)).containsExactly(302, 302, 302, 302, 302, 302, 302,
                302, 302, 302, 429);
    }

    @Test
    void itsForwardedSchemeHostAndPortAreIgnored() {
        String[] forwarded = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "elsewhere.example:8443",
                "X-Forwarded-Port", "8443"};

        Http.Answer answer = http.get("/manage/promises", null, forwarded);

        assertThat(answer.location()).isEqualTo(http.url("/login"));
        assertThat(answer.headers()).doesNotContainKey("strict-transport-security");
        assertThat(answer.setCookie("SESSION").orElseThrow()).doesNotContain("Secure");
    }
}
