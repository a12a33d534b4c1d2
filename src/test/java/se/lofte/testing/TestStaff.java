package se.lofte.testing;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

/**
 * Staff accounts with roles for tests, and the organisations they work for: created once per database, roles
 * granted idempotently. Tests inject it: {@code @Autowired TestStaff staff;}.
 * <p>
 * It is a plain {@code @Component} so that the application's own component scan ({@code se.lofte}, which
 * reaches test classes too) makes it a bean of every context started from {@code Lofte}. Importing it
 * ({@code @Import}, {@code @TestComponent}) would instead change each test's context cache key and start
 * more contexts. Web slices ({@code @WebMvcTest}) filter components out, and module tests scan only their
 * modules' packages, so neither sees it. A record, as Spring injects its canonical constructor; its
 * components are what it works with.
 */
@Component
public record TestStaff(JdbcClient jdbc, Accounts accounts, Organisations organisations, PasswordEncoder passwords) {

    /** The password of a test account, for signing in through the login form. */
    public static String password(String username) {
        return username + "-test-password";
    }

    /** The id of the municipality with this slug, one the migrations load. */
    public OrganisationId municipality(String slug) {
        return organisations.municipalityBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No municipality " + slug)).id();
    }

    /** The id of the local police area with this name, one the migrations load, such as "LPO Östra Fyrbodal". */
    public OrganisationId localPoliceArea(String name) {
        return organisations.all(OrganisationKind.LOCAL_POLICE_AREA).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No local police area " + name)).id();
    }

    /**
     * A staff member of the organisation with (at least) these roles, for tests that act as them directly
     * rather than through the login form: the account is created the first time, the roles granted every time.
     */
    public StaffMember member(String username, OrganisationId organisation, Role... roles) {
        // Never hashed: bcrypt takes a while and these accounts do not sign in with a password.
        create(username, () -> "{noop}" + password(username));
        for (Role role : roles) {
            accounts.grant(username, organisation, role, "test");
        }
        return member(username);
    }

    /** The staff member behind an account that exists already, such as the first administrator {@code admin}. */
    public StaffMember member(String username) {
        return accounts.staffMember(username).orElseThrow(() -> new IllegalArgumentException("No account " + username));
    }

    /**
     * An active account that signs in with this password, its e-mail address being the username when that is
     * one. Created once per database; hashing takes a while, so tests share their accounts within a class.
     */
    public void withPassword(String username, String password) {
        create(username, () -> passwords.encode(password));
    }

    /**
     * A staff member of the organisation with these roles who signs in through the login form with
     * {@link #password}, which this returns.
     */
    public String signingIn(String username, OrganisationId organisation, Role... roles) {
        withPassword(username, password(username));
        member(username, organisation, roles);
        return password(username);
    }

    /**
     * Makes the account, which must exist, a system administrator, who sees every organisation without a role in
     * it; no page grants this, so tests set it where the first administrator {@code admin} will not do.
     */
    public void systemAdministrator(String username) {
        jdbc.sql("update account set system_admin = true where username = ?").param(username).update();
    }

    private void create(String username, Supplier<String> passwordHash) {
        boolean exists = jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into account (username, display_name, email, password_hash, created_at, system_admin)"
                            + " values (?, ?, ?, ?, ?, false)")
                    .params(username, username, username.contains("@") ? username : null, passwordHash.get(),
                            OffsetDateTime.now()).update();
        }
    }
}
