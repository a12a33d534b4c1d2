package se.lofte.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: who they are and how they sign in. */
@Service
public class Accounts implements UserDetailsService {

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

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash from account where username = ?").param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash")).roles("ADMIN").build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    boolean any() {
        return jdbc.sql("select count(*) from account").query(Long.class).single() > 0;
    }

    @Transactional
    void create(String username, String displayName, String password) {
        jdbc.sql("insert into account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)")
                .params(username, displayName, passwords.encode(password), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).optional();
    }
}
