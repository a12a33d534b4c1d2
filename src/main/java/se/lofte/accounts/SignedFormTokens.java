package se.lofte.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens for the residents' forms that need no session to check: {@code <expiry>.<nonce>.<mac>}, the
 * expiry in epoch seconds, sixteen random bytes, and HMAC-SHA256 over {@code <expiry>.<nonce>} with the
 * site's form secret ({@link FormSecret}), both in unpadded base64url. A token is good for
 * {@link #LIFETIME}, on every node that holds the same secret.
 * <p>
 * The token is bound to nobody: anyone may fetch one by loading a form page. It proves only that the
 * request comes after a recent page of this site, so {@link FormTokenRepository} also refuses requests a
 * browser marks as coming from another site.
 */
final class SignedFormTokens {

    /** Long enough to write an accessibility report at leisure; sessions last 30 minutes. */
    static final Duration LIFETIME = Duration.ofHours(2);

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignedFormTokens(byte[] secret, Clock clock) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
    }

    String issue() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String signed = clock.instant().plus(LIFETIME).getEpochSecond() + "." + BASE64.encodeToString(nonce);
        return signed + "." + mac(signed);
    }

    /** Whether this site signed the token and it has not expired; anything malformed is simply not valid. */
    boolean valid(String token) {
        int end = token.lastIndexOf('.');
        int dot = token.indexOf('.');
        if (dot <= 0 || end <= dot) {
            return false;
        }
        String signed = token.substring(0, end);
        byte[] expected = mac(signed).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = token.substring(end + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return false;
        }
        // Only now is the expiry known to be ours, and so a number.
        return clock.instant().getEpochSecond() < Long.parseLong(token.substring(0, dot));
    }

    private String mac(String signed) {
        try {
            // A Mac is not thread-safe, and making one is cheap next to a page.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
