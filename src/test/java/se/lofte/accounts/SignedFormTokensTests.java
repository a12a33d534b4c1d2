package se.lofte.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SignedFormTokensTests {

    private static final byte[] SECRET = "the site's secret for form tokens, 32+".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final SignedFormTokens tokens = new SignedFormTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenIsItsExpiryARandomPartAndASignature() {
        String token = tokens.issue();

        assertThat(token).matches("\\d+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
        assertThat(token).startsWith(NOW.plus(SignedFormTokens.LIFETIME).getEpochSecond() + ".");
        assertThat(tokens.issue()).isNotEqualTo(token);
        assertThat(tokens.valid(token)).isTrue();
    }

    @Test
    void aTokenHoldsUntilItsExpiryOnEveryNodeWithTheSameSecret() {
        String token = tokens.issue();

        assertThat(at(NOW.plus(SignedFormTokens.LIFETIME).minusSeconds(1), SECRET).valid(token)).isTrue();
        assertThat(at(NOW.plus(SignedFormTokens.LIFETIME), SECRET).valid(token)).isFalse();
        assertThat(at(NOW, "another site's secret for its tokens".getBytes(StandardCharsets.UTF_8)).valid(token))
                .isFalse();
    }

    @Test
    void anyChangeOrNonsenseIsNotValid() {
        String token = tokens.issue();
        String[] parts = token.split("\\.");

        assertThat(tokens.valid((Long.parseLong(parts[0]) + 3600) + "." + parts[1] + "." + parts[2])).isFalse();
        String otherNonce = (parts[1].charAt(0) == 'x' ? "y" : "x") + parts[1].substring(1);
        assertThat(tokens.valid(parts[0] + "." + otherNonce + "." + parts[2])).isFalse();
        assertThat(tokens.valid(parts[0] + "." + parts[1] + ".")).isFalse();
        for (String nonsense : new String[] {"", ".", "..", "a.b.c", "1.2", parts[2], "ä.ö.å", token + "."}) {
            assertThat(tokens.valid(nonsense)).as(nonsense).isFalse();
        }
    }

    @Test
    void aConfiguredSecretMustBeLongEnough() {
        assertThatIllegalStateException().isThrownBy(() -> FormSecret.of("too short", null))
                .withMessageContaining("at least 32");
        assertThat(FormSecret.of("x".repeat(32), null)).hasSize(32);
    }

    @Test
    void originsCompareBySchemeHostAndPort() {
        assertThat(FormTokenRepository.origin("https://Lofte.Example.se")).isEqualTo("https://lofte.example.se:443");
        assertThat(FormTokenRepository.origin("http://localhost:8080/")).isEqualTo("http://localhost:8080");
        assertThat(FormTokenRepository.origin("null")).isNull();
        assertThat(FormTokenRepository.origin("not a url")).isNull();
    }

    private static SignedFormTokens at(Instant now, byte[] secret) {
        return new SignedFormTokens(secret, Clock.fixed(now, ZoneOffset.UTC));
    }
}
