package se.lofte.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import se.lofte.shared.ClientAddress;

/**
 * Lock-out per client: after {@value #MAX_FAILURES} failed logins in a row from one client
 * ({@link ClientAddress}) an account refuses that client for {@link #LOCK}, even with the right password.
 * Every other client, the owner's among them, signs in as before, so nobody can lock a person out by
 * guessing at their username. A success from the client sets its count back to zero; wrong passwords
 * while it is refused do not prolong the lock. A client that spreads its guesses over many addresses is
 * slowed by the per-address limit of {@link SignInRateLimit} and stopped by the password rules (twelve
 * characters or more, none of the common ones), not by this lock (docs/security.md).
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Failures are forgotten a day after the last one, and the client address with them. */
    static final Duration MEMORY = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    private static final String ACCOUNTS = "select id from account where username = :name or email = :email";

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the account with this username refuses this client now. */
    boolean locksOut(String client, String username) {
        return jdbc.sql("select count(*) from sign_in_failure f join account a on a.id = f.account_id"
                        + " where f.client = ? and a.username = ? and f.locked_until > ?")
                .params(client, username, OffsetDateTime.now(ZoneOffset.UTC)).query(Long.class).single() > 0;
    }

    /** A wrong password, or an unknown name (which matches no account and so records nothing). */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Optional<String> client = client(event.getAuthentication());
        if (client.isEmpty()) {
            return;
        }
        String name = event.getAuthentication().getName();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("delete from sign_in_failure where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(now.minus(MEMORY), now).update();
        try {
            count(client.get(), name, now);
        } catch (DuplicateKeyException e) {
            // The same client's first two failures at once: the other inserted the row, so count on it.
            count(client.get(), name, now);
        }
        int locked = jdbc.sql("update sign_in_failure set locked_until = :until, failures = 0"
                        + " where client = :client and account_id in (" + ACCOUNTS + ") and failures >= :max"
                        + " and (locked_until is null or locked_until <= :now)")
                .param("until", now.plus(LOCK)).param("client", client.get()).param("max", MAX_FAILURES)
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT)).param("now", now).update();
        if (locked > 0) {
            // The client address stays out of the log.
            log.warn("Account '{}' refuses one client for {} minutes after {} failed logins from it", name,
                    LOCK.toMinutes(), MAX_FAILURES);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        client(event.getAuthentication()).ifPresent(client -> jdbc.sql("delete from sign_in_failure"
                        + " where client = ? and account_id in (select id from account where username = ?)")
                .params(client, event.getAuthentication().getName()).update());
    }

    /** The client an attempt came from, as the login filter recorded it. */
    static Optional<String> client(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? Optional.of(ClientAddress.of(details.getRemoteAddress())) : Optional.empty();
    }

    private void count(String client, String name, OffsetDateTime now) {
        jdbc.sql("merge into sign_in_failure f using (" + ACCOUNTS + ") a on f.client = :client and f.account_id = a.id"
                        + " when matched and (f.locked_until is null or f.locked_until <= :now) then update"
                        + " set failures = f.failures + 1, last_failure_at = :now, locked_until = null"
                        + " when not matched then insert (client, account_id, failures, last_failure_at)"
                        + " values (:client, a.id, 1, :now)")
                .param("client", client).param("name", name).param("email", name.toLowerCase(Locale.ROOT))
                .param("now", now).update();
    }
}
