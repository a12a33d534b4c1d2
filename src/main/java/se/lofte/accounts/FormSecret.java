package se.lofte.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key that signs the residents' form tokens ({@link SignedFormTokens}). Every app node must hold the
 * same one, or a form shown by one node is refused by the next. So it is {@code lofte.forms.secret} when
 * that is set (then set it alike on every node), and otherwise a random key made once and kept in the
 * table {@code site_secret}, which every node on the database reads: a key per process would break forms
 * behind a load balancer and at every restart. Whoever reads that table can sign form tokens; that opens
 * no more than the public forms, and such a reader holds far more already.
 */
final class FormSecret {

    /** Short secrets are guessable offline from any one token. */
    static final int MINIMUM_LENGTH = 32;

    private static final String NAME = "forms";

    private FormSecret() {
    }

    static byte[] of(String configured, JdbcClient jdbc) {
        if (!configured.isBlank()) {
            if (configured.length() < MINIMUM_LENGTH) {
                throw new IllegalStateException("lofte.forms.secret must be at least " + MINIMUM_LENGTH
                        + " characters long");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Optional<String> stored = stored(jdbc);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.sql("insert into site_secret (name, secret) values (?, ?)")
                        .params(NAME, Base64.getEncoder().encodeToString(fresh)).update();
            } catch (DuplicateKeyException e) {
                // Another node starting at the same moment was first; everybody uses its key, read below.
            }
            stored = stored(jdbc);
        }
        return Base64.getDecoder().decode(stored.orElseThrow());
    }

    private static Optional<String> stored(JdbcClient jdbc) {
        return jdbc.sql("select secret from site_secret where name = ?").param(NAME).query(String.class).optional();
    }
}
