package se.lofte.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;

/** Accounts and their memberships as people, read and written for the people pages. */
@Repository
class People {

    private static final String COLUMNS =
            "select id, username, display_name, email, system_admin, activated_at from account";

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Person> all() {
        return withMemberships(jdbc.sql(COLUMNS + " order by lower(display_name), id").query(this::row).list());
    }

    /** Everyone with a role in at least one of the organisations. */
    List<Person> inOrganisations(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return withMemberships(jdbc.sql(COLUMNS + " where id in (select account_id from membership"
                        + " where organisation_id in (:organisations)) order by lower(display_name), id")
                .param("organisations", organisations.stream().map(OrganisationId::value).toList())
                .query(this::row).list());
    }

    Optional<Person> find(AccountId id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id.value()).query(this::row).optional()
                .map(p -> withMemberships(List.of(p)).getFirst());
    }

    /** The account that signs in with this name: its username, or its e-mail address in any case. */
    Optional<Person> bySignInName(String name) {
        return jdbc.sql(COLUMNS + " where username = :name or email = :email"
                        + " order by case when username = :name then 0 else 1 end")
                .param("name", name).param("email", name.toLowerCase(Locale.ROOT))
                .query(this::row).list().stream().findFirst()
                .map(p -> withMemberships(List.of(p)).getFirst());
    }

    /** An account that cannot sign in until its owner chooses a password through the invitation. */
    AccountId createPending(String email, String displayName) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, display_name, email, created_at, activated_at, system_admin)"
                        + " values (?, ?, ?, ?, null, false)")
                .params(email, displayName, email, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return new AccountId(key.getKey().longValue());
    }

    /** Replaces the person's roles in one organisation; their roles elsewhere stay. */
    void setRoles(AccountId id, OrganisationId organisation, Set<Role> roles) {
        jdbc.sql("delete from membership where account_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value()).update();
        addRoles(id, organisation, roles);
    }

    void addRoles(AccountId id, OrganisationId organisation, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("merge into membership m using (select id from account where id = :account) a"
                            + " on m.account_id = a.id and m.organisation_id = :organisation and m.role = :role"
                            + " when not matched then insert (account_id, organisation_id, role)"
                            + " values (a.id, :organisation, :role)")
                    .param("account", id.value()).param("organisation", organisation.value())
                    .param("role", role.name()).update();
        }
    }

    void setSystemAdmin(AccountId id, boolean systemAdmin) {
        jdbc.sql("update account set system_admin = ? where id = ?").params(systemAdmin, id.value()).update();
    }

    /** System administrators who can sign in (invited ones cannot yet). */
    long activeSystemAdministrators() {
        return jdbc.sql("select count(*) from account where system_admin = true and activated_at is not null")
                .query(Long.class).single();
    }

    /**
     * Sets the password and makes the account active; also lifts every client's lock-out and count of
     * failed logins ({@link LoginAttempts}), since the owner proved who they are.
     */
    void activate(AccountId id, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, activated_at = coalesce(activated_at, ?) where id = ?")
                .params(passwordHash, OffsetDateTime.now(ZoneOffset.UTC), id.value()).update();
        jdbc.sql("delete from sign_in_failure where account_id = ?").param(id.value()).update();
    }

    private Person row(ResultSet rs, int row) throws SQLException {
        Person.Status status = rs.getObject("activated_at", OffsetDateTime.class) == null ? Person.Status.INVITED
                : Person.Status.ACTIVE;
        return new Person(new AccountId(rs.getLong("id")), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getBoolean("system_admin"), status, Set.of());
    }

    private List<Person> withMemberships(List<Person> people) {
        Map<Long, Set<Membership>> byAccount = OwnedRows.byOwner(jdbc,
                "select account_id, organisation_id, role from membership where account_id in (:ids)",
                people.stream().map(p -> p.id().value()).toList(), (rs, row) -> Optional.of(new Membership(
                        new OrganisationId(rs.getLong("organisation_id")), Role.valueOf(rs.getString("role")))));
        return people.stream().map(p -> new Person(p.id(), p.username(), p.displayName(), p.email(),
                p.systemAdmin(), p.status(), byAccount.getOrDefault(p.id().value(), Set.of()))).toList();
    }
}
