package se.lofte.accounts;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
import se.lofte.shared.NotAllowed;

/** Staff accounts: who they are and how they sign in. */
@Service
public class Accounts implements UserDetailsService, UserDetailsPasswordService {

    /** The subject type of account changes in the audit trail; the subject id is the username. */
    private static final String SUBJECT = "account";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail auditTrail;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.auditTrail = auditTrail;
    }

    /** The name to show for a signed-in user, e.g. as the publisher of a page. */
    public String displayName(String username) {
        return jdbc.sql("select display_name from account where username = ?").param(username)
                .query(String.class).optional().orElse(username);
    }

    /** The person signed in, for pages that act on their behalf; 403 when no account stands behind the name. */
    public StaffMember signedIn(Principal user) {
        return staffMember(user.getName()).orElseThrow(() -> new NotAllowed("No staff account for the signed-in name"));
    }

    /** The person behind a username with their memberships; empty when there is no such account. */
    public Optional<StaffMember> staffMember(String username) {
        // The account row is read to the end before its memberships: a query inside another's row mapper
        // would hold a second pooled connection at once.
        return jdbc.sql("select id, username, display_name, system_admin from account where username = ?")
                .param(username)
                .query((rs, row) -> new AccountRow(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("system_admin")))
                .optional()
                .map(a -> new StaffMember(a.username(), a.displayName(), a.systemAdmin(), memberships(a.id())));
    }

    /**
     * The username of the account with this e-mail address, ignoring case. Empty when no account has it, and
     * also when several do: an address that does not point to one person identifies nobody.
     */
    Optional<String> usernameByEmail(String email) {
        List<String> usernames = jdbc.sql("select username from account where lower(email) = ?")
                .param(email.strip().toLowerCase(Locale.ROOT)).query(String.class).list();
        return usernames.size() == 1 ? Optional.of(usernames.getFirst()) : Optional.empty();
    }

    /**
     * Gives a person a role in an organisation, recorded in the audit trail as granted by {@code grantedBy}
     * (a username). Granting a role the person already has changes nothing and records nothing. Inviting
     * people and setting their roles through the staff pages builds on this.
     */
    @Transactional
    public void grant(String username, OrganisationId organisation, Role role, String grantedBy) {
        int added = jdbc.sql("merge into membership m using (select id from account where username = :username) a"
                        + " on m.account_id = a.id and m.organisation_id = :organisation and m.role = :role"
                        + " when not matched then insert (account_id, organisation_id, role)"
                        + " values (a.id, :organisation, :role)")
                .param("username", username).param("organisation", organisation.value()).param("role", role.name())
                .update();
        if (added > 0) {
            auditTrail.record(new AuditEvent(grantedBy, Set.of(organisation), SUBJECT, username, "membership_granted",
                    null, AuditEvent.json(new MembershipJson(username, organisation.value(), role))));
        }
    }

    /**
     * The account that signs in with this name (its username, or its e-mail address in any case), if it
     * is active: an invited person has no password yet. Whether it refuses the client after failed logins
     * is checked after the password ({@code SecurityConfiguration}).
     */
    @Override
    public UserDetails loadUserByUsername(String name) {
        return jdbc.sql("select username, password_hash, system_admin from account"
                        + " where (username = :name or email = :email)"
                        + " and activated_at is not null and password_hash is not null"
                        + " order by case when username = :name then 0 else 1 end")
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT))
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getBoolean("system_admin") ? new String[]{"STAFF", "SYSTEM_ADMIN"}
                                : new String[]{"STAFF"})
                        .build())
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

    private Set<Membership> memberships(long accountId) {
        return new java.util.HashSet<>(jdbc.sql("select organisation_id, role from membership where account_id = ?")
                .param(accountId)
                .query((rs, row) -> new Membership(new OrganisationId(rs.getLong("organisation_id")),
                        Role.valueOf(rs.getString("role"))))
                .list());
    }

    private record AccountRow(long id, String username, String displayName, boolean systemAdmin) {
    }

    boolean any() {
        return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
    }

    /** Löfte itself creates the first administrator, so the trail names no actor. */
    @Transactional
    void createSystemAdministrator(String username, String displayName, String password) {
        jdbc.sql("insert into account (username, display_name, password_hash, created_at, system_admin)"
                        + " values (?, ?, ?, ?, true)")
                .params(username, displayName, passwords.encode(password), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        auditTrail.record(new AuditEvent(null, Set.of(), SUBJECT, username, "account_created", null,
                AuditEvent.json(new AccountJson(username, displayName, true))));
    }

    /** What the audit trail keeps of an account: never its password. */
    private record AccountJson(String username, String displayName, boolean systemAdmin) {
    }

    private record MembershipJson(String username, long organisation, Role role) {
    }
}
