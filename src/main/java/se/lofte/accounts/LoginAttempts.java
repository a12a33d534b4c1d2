package se.lofte.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Lock-out: after {@value #MAX_FAILURES} failed logins in a row an account refuses to sign in for
 * {@link #LOCK}, which makes guessing one person's password slow whoever guesses and from wherever.
 * A success sets the count back to zero. Wrong passwords while locked do not prolong the lock, so the
 * owner is never locked out for longer than that by someone else's guessing.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A wrong password, or an unknown name (which matches no account and so changes nothing). */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String name = event.getAuthentication().getName();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String notLocked = " (locked_until is null or locked_until <= :now)";
        int counted = jdbc.sql("update account set failed_logins = failed_logins + 1"
                        + " where (username = :name or email = :email) and" + notLocked)
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT)).param("now", now).update();
        if (counted == 0) {
            return;
        }
        int locked = jdbc.sql("update account set locked_until = :until, failed_logins = 0"
                        + " where (username = :name or email = :email) and failed_logins >= :max and" + notLocked)
                .param("until", now.plus(LOCK)).param("max", MAX_FAILURES)
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT)).param("now", now).update();
        if (locked > 0) {
            log.warn("Account '{}' locked for {} minutes after {} failed logins", name, LOCK.toMinutes(), MAX_FAILURES);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update account set failed_logins = 0 where username = ? and failed_logins > 0")
                .param(event.getAuthentication().getName()).update();
    }
}
