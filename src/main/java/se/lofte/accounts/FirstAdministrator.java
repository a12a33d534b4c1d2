package se.lofte.accounts;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import se.lofte.shared.BeforeServing;
import se.lofte.shared.LofteProperties;

/**
 * On the first start (no accounts at all) creates one administrator. The password comes from
 * {@code LOFTE_ADMIN_PASSWORD}; without it one is generated and printed once, since there is no other way
 * in and nobody can read it back from the hash later.
 *
 * <p>Created before the web server opens its port ({@link BeforeServing}), so the login page never answers
 * before there is anyone to sign in; the demo data comes one step later.
 */
@Component
// Start-up work of a serving site: a command run from the command line (Lofte.main) starts no web
// application and should change nothing it was not asked to.
@ConditionalOnWebApplication
class FirstAdministrator extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    FirstAdministrator(Accounts accounts, LofteProperties properties) {
        super(0);
        this.accounts = accounts;
        this.username = properties.admin().username();
        this.password = properties.admin().password();
    }

    /** Creates the administrator in a database without accounts. */
    @Override
    protected void prepare() {
        if (!accounts.any()) {
            create();
        }
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
