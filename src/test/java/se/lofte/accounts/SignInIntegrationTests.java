package se.lofte.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Signing in with a password: lock-out after repeated failures, and hashes from before. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

    private static final String PASSWORD = "rätt lösenord för testet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void fiveFailuresInARowLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String name = person();
        for (int i = 0; i < 4; i++) {
            fail(name);
        }
        assertThat(lockedUntil(name)).isNull();
        fail(name);
        assertThat(lockedUntil(name)).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(14),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15));

        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // Guessing on while locked does not prolong the lock.
        OffsetDateTime until = lockedUntil(name);
        fail(name);
        assertThat(lockedUntil(name)).isEqualTo(until);

        jdbc.sql("update account set locked_until = ? where username = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), name).update();
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());
        assertThat(failures(name)).isZero();
    }

    @Test
    void aSuccessStartsTheCountAgain() throws Exception {
        String name = person();
        for (int i = 0; i < 4; i++) {
            fail(name);
        }
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            fail(name);
        }
        assertThat(lockedUntil(name)).isNull();
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswer() throws Exception {
        String name = person();
        jdbc.sql("update account set locked_until = ? where username = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15), name).update();

        String locked = mvc.perform(formLogin().user(name).password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl();
        String unknown = mvc.perform(formLogin().user("ingen-" + UUID.randomUUID()).password(PASSWORD)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(locked).isEqualTo(unknown).isEqualTo("/login?error");

        // A browser sends "?error" as an empty parameter; MockMvc needs to be told.
        var page = Jsoup.parse(mvc.perform(get("/login").param("error", "")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select(".alert-error").text()).isEqualTo("Inloggningen misslyckades. Kontrollera användarnamn"
                + " och lösenord. Efter fem misslyckade försök i rad spärras kontot i 15 minuter.");
        assertThat(page.select("a[href=/konto/glomt-losenord]")).isNotEmpty();
    }

    @Test
    void anAccountSignsInWithItsEmailAddressInAnyCase() throws Exception {
        String name = person();
        mvc.perform(formLogin().user(name.toUpperCase()).password(PASSWORD)).andExpect(authenticated().withUsername(name));
    }

    @Test
    void aHashFromBeforeStillWorksAndIsReplacedByAStrongerOne() throws Exception {
        String name = "old-hash-" + UUID.randomUUID();
        jdbc.sql("insert into account (username, display_name, password_hash, created_at) values (?, ?, ?, ?)")
                .params(name, name, "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD),
                        OffsetDateTime.now(ZoneOffset.UTC)).update();

        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());

        String hash = jdbc.sql("select password_hash from account where username = ?").param(name)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt-sha256}$2a$12$");
        mvc.perform(formLogin().user(name).password(PASSWORD)).andExpect(authenticated());
    }

    private void fail(String name) throws Exception {
        mvc.perform(formLogin().user(name).password("fel lösenord")).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    private String person() {
        String email = "signin-" + UUID.randomUUID() + "@bengtsfors.se";
        TestStaff.withPassword(jdbc, passwords, email, PASSWORD);
        return email;
    }

    private OffsetDateTime lockedUntil(String name) {
        return jdbc.sql("select locked_until from account where username = ?").param(name)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).list().getFirst();
    }

    private int failures(String name) {
        return jdbc.sql("select failed_logins from account where username = ?").param(name).query(Integer.class).single();
    }
}
