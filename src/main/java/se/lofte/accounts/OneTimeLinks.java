package se.lofte.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.lofte.shared.Sha256;

/**
 * The tokens in invitation and password-reset links: 32 random bytes, sent once by e-mail and never
 * stored; the database keeps only their SHA-256, so whoever reads it cannot use a link. A token works
 * once, for one purpose, until it expires, and issuing a new one for the same purpose voids the older
 * ones, so only the latest e-mail works.
 */
@Component
class OneTimeLinks {

    enum Purpose {
        INVITATION(Duration.ofDays(7)),
        PASSWORD_RESET(Duration.ofHours(1));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    /** 32 bytes in URL-safe Base64 without padding: exactly 43 characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    OneTimeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the account; older unused tokens for the same purpose stop working. */
    String issue(AccountId account, Purpose purpose) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = now();
        jdbc.sql("delete from account_token where account_id = ? and purpose = ? and used_at is null")
                .params(account.value(), purpose.name()).update();
        jdbc.sql("insert into account_token (token_hash, account_id, purpose, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(hash(token), account.value(), purpose.name(), now, now.plus(purpose.validity)).update();
        return token;
    }

    /** The account a still valid token opens, without using it up: for showing the page behind a link. */
    Optional<AccountId> peek(String token, Purpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from account_token where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ?")
                .params(hash(token), purpose.name(), now())
                .query((rs, row) -> new AccountId(rs.getLong(1))).optional();
    }

    /**
     * Uses the token up, in the caller's transaction. True only for the one caller that found it valid
     * and unused: the conditional update makes a second, simultaneous use fail.
     */
    boolean use(String token, Purpose purpose) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        OffsetDateTime now = now();
        return jdbc.sql("update account_token set used_at = ? where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ?")
                .params(now, hash(token), purpose.name(), now).update() == 1;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
