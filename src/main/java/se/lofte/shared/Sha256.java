package se.lofte.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, as 64 lower-case hex digits: how link tokens are stored and revisions are chained. */
public final class Sha256 {

    private Sha256() {
    }

    /** The hash of the text's UTF-8 bytes (for ASCII text, its ASCII bytes). */
    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
