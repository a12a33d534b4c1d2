package se.lofte.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On the first start (no accounts at all) creates one administrator. The password comes from
 * {@code LOFTE_ADMIN_PASSWORD}; without it one is generated and printed once, since there is no other way
 * in and nobody can read it back from the hash later.
 *
 * <p>Created while the application context starts, before the web server opens its port (a lifecycle
 * phase below the web server's, see {@link #PHASE}): an {@code ApplicationRunner} ran only after it was
 * open, when the login page already answered.
 */
@Component
// Start-up work of a serving site: a command run from the command line (Lofte.main) starts no web
// application and should change nothing it was not asked to.
@ConditionalOnWebApplication
class FirstAdministrator implements SmartLifecycle {

    /**
     * Boot 4.0 starts the web server in phase {@code DEFAULT_PHASE - 2048} (WebServerStartStopLifecycle);
     * this runs well before it, and before the demo data (promises' DemoPromise, one phase later).
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String username;
    private final String password;
    private volatile boolean running;

    FirstAdministrator(Accounts accounts, @Value("${lofte.admin.username}") String username,
                       @Value("${lofte.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Creates the administrator in a database without accounts; nothing to undo at stop. */
    @Override
    public void start() {
        running = true;
        if (!accounts.any()) {
            create();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    private void create() {
        boolean generated = password.isBlank();
        String chosen = generated ? generate() : password;
        accounts.createSystemAdministrator(username, "Administratör", chosen);
        if (generated) {
            log.warn("\n\n  Löfte: first administrator created.\n  Username: {}\n  Password: {}\n"
                    + "  This password is shown once. Set LOFTE_ADMIN_PASSWORD to choose it instead.\n", username, chosen);
        } else {
            log.info("Löfte: first administrator '{}' created with the password from LOFTE_ADMIN_PASSWORD", username);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
