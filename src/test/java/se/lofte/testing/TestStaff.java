package se.lofte.testing;

import java.time.OffsetDateTime;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;

/** Staff accounts with roles for tests: created once per database, roles granted idempotently. */
public final class TestStaff {

    private TestStaff() {
    }

    /** The password of a test account, for signing in through the login form. */
    public static String password(String username) {
        return username + "-test-password";
    }

    /**
     * An active account that signs in with this password, its e-mail address being the username. Created
     * once per database; hashing takes a while, so tests share their accounts within a class.
     */
    public static void withPassword(JdbcClient jdbc, PasswordEncoder passwords, String username, String password) {
        boolean exists = jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into account (username, display_name, email, password_hash, created_at, system_admin)"
                            + " values (?, ?, ?, ?, ?, false)")
                    .params(username, username, username.contains("@") ? username : null, passwords.encode(password),
                            OffsetDateTime.now()).update();
        }
    }

    /** The same in a running application, with its own database and password encoder. */
    public static void withPassword(ApplicationContext spring, String username, String password) {
        withPassword(spring.getBean(JdbcClient.class), spring.getBean(PasswordEncoder.class), username, password);
    }

    /**
     * A staff member of the organisation with these roles in a running application: the account is created
     * the first time with {@link #password}, which this returns for the login form, and the roles are granted
     * every time.
     */
    public static String withRoles(ApplicationContext spring, String username, OrganisationId organisation,
                                   Role... roles) {
        withPassword(spring, username, password(username));
        ensure(spring.getBean(JdbcClient.class), spring.getBean(Accounts.class), username, organisation, roles);
        return password(username);
    }

    public static void ensure(JdbcClient jdbc, Accounts accounts, String username, OrganisationId organisation,
                              Role... roles) {
        boolean exists = jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into account (username, display_name, password_hash, created_at, system_admin)"
                            + " values (?, ?, ?, ?, false)")
                    .params(username, username, "{noop}" + password(username), OffsetDateTime.now()).update();
        }
        for (Role role : roles) {
            accounts.grant(username, organisation, role, "test");
        }
    }
}
