package se.lofte.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.organisations.OrganisationId;

/** Staff accounts: who they are and how they sign in. */
@Service
public class Accounts implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** The name to show for a signed-in user, e.g. as the publisher of a page. */
    public String displayName(String username) {
        return jdbc.sql("select display_name from account where username = ?").param(username)
                .query(String.class).optional().orElse(username);
    }

    /** The person behind a username with their memberships; empty when there is no such account. */
    public Optional<StaffMember> staffMember(String username) {
        return jdbc.sql("select id, username, display_name, system_admin from account where username = ?")
                .param(username)
                .query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("display_name"),
                        rs.getBoolean("system_admin"), memberships(rs.getLong("id"))))
                .optional();
    }

    /**
     * Gives a person a role in an organisation, keeping the roles they have. For setting up and for tests;
     * the people pages go through {@link PeopleManagement}, which checks who may do it.
     */
    @Transactional
    public void grant(String username, OrganisationId organisation, Role role) {
        jdbc.sql("merge into membership m using (select id from account where username = :username) a"
                        + " on m.account_id = a.id and m.organisation_id = :organisation and m.role = :role"
                        + " when not matched then insert (account_id, organisation_id, role)"
                        + " values (a.id, :organisation, :role)")
                .param("username", username).param("organisation", organisation.value()).param("role", role.name())
                .update();
    }

    /**
     * The account that signs in with this name (its username, or its e-mail address in any case), if it
     * is active: an invited person has no password yet. The lock is reported here but checked only after
     * the password (see {@code SecurityConfiguration}).
     */
    @Override
    public UserDetails loadUserByUsername(String name) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("select username, password_hash, system_admin, locked_until from account"
                        + " where (username = :name or email = :email)"
                        + " and activated_at is not null and password_hash is not null"
                        + " order by case when username = :name then 0 else 1 end")
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT))
                .query((rs, row) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return User.withUsername(rs.getString("username"))
                            .password(rs.getString("password_hash"))
                            .accountLocked(lockedUntil != null && lockedUntil.isAfter(now))
                            .roles(rs.getBoolean("system_admin") ? new String[]{"STAFF", "SYSTEM_ADMIN"}
                                    : new String[]{"STAFF"})
                            .build();
                })
                .list().stream().findFirst()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /** Stores a stronger hash after a successful login when the old one was made with weaker settings. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        jdbc.sql("update account set password_hash = ? where username = ?").params(newPassword, user.getUsername())
                .update();
        return User.withUserDetails(user).password(newPassword).build();
    }

    private java.util.Set<Membership> memberships(long accountId) {
        return new java.util.HashSet<>(jdbc.sql("select organisation_id, role from membership where account_id = ?")
                .param(accountId)
                .query((rs, row) -> new Membership(new OrganisationId(rs.getLong("organisation_id")),
                        Role.valueOf(rs.getString("role"))))
                .list());
    }

    boolean any() {
        return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
    }

    @Transactional
    void createSystemAdministrator(String username, String displayName, String password) {
        jdbc.sql("insert into account (username, display_name, password_hash, created_at, system_admin)"
                        + " values (?, ?, ?, ?, true)")
                .params(username, displayName, passwords.encode(password), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
