package se.lofte.subscriptions;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import se.lofte.shared.Sha256;

/**
 * The secrets in confirmation and unsubscribe links: 32 random bytes, URL-safe Base64 without padding.
 * Only their SHA-256 is stored, so a copy of the database cannot confirm or end anyone's subscription.
 */
final class LinkTokens {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Anything else in a link was never issued: callers answer without asking the database. */
    static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
