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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Signing in with a password: after repeated failures from one client the account refuses that client
 * for a while, and only that client; and hashes from before.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

    private static final String PASSWORD = "rätt lösenord för testet";
    private static final String STRANGER = "203.0.113.66";
    private static final String OWNER = "198.51.100.23";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;

    @Test
    void fiveFailuresInARowFromOneAddressKeepThatAddressOutForFifteenMinutesEvenWithTheRightPassword()
            throws Exception {
        String name = person();
        for (int i = 0; i < 4; i++) {
            fail(name, STRANGER);
        }
        assertThat(lockedUntil(name, STRANGER)).isNull();
        fail(name, STRANGER);
        assertThat(lockedUntil(name, STRANGER)).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(14),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(15));

        mvc.perform(login(name, PASSWORD, STRANGER)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        // Guessing on while locked out does not prolong the lock.
        OffsetDateTime until = lockedUntil(name, STRANGER);
        fail(name, STRANGER);
        assertThat(lockedUntil(name, STRANGER)).isEqualTo(until);

        jdbc.sql("update sign_in_failure set locked_until = ? where client = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), STRANGER).update();
        mvc.perform(login(name, PASSWORD, STRANGER)).andExpect(authenticated());
        assertThat(failures(name, STRANGER)).isZero();
    }

    @Test
    void aStrangerWhoLocksThemselfOutLeavesTheOwnerFreeToSignIn() throws Exception {
        String name = person();
        for (int i = 0; i < 6; i++) {
            fail(name, STRANGER);
        }

        mvc.perform(login(name, PASSWORD, OWNER)).andExpect(authenticated().withUsername(name));
        mvc.perform(login(name, PASSWORD, STRANGER)).andExpect(unauthenticated());
    }

    @Test
    void addressesInOneIpv6NetworkCountAsOneClient() throws Exception {
        String name = person();
        for (int i = 0; i < 5; i++) {
            fail(name, "2001:db8:7:8:" + i + ":0:0:1");
        }

        mvc.perform(login(name, PASSWORD, "2001:db8:7:8:ffff:0:0:1")).andExpect(unauthenticated());
        mvc.perform(login(name, PASSWORD, "2001:db8:7:9:0:0:0:1")).andExpect(authenticated());
    }

    @Test
    void aSuccessStartsTheCountAgain() throws Exception {
        String name = person();
        for (int i = 0; i < 4; i++) {
            fail(name, STRANGER);
        }
        mvc.perform(login(name, PASSWORD, STRANGER)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            fail(name, STRANGER);
        }
        assertThat(lockedUntil(name, STRANGER)).isNull();
        mvc.perform(login(name, PASSWORD, STRANGER)).andExpect(authenticated());
    }

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswer() throws Exception {
        String name = person();
        for (int i = 0; i < 5; i++) {
            fail(name, STRANGER);
        }

        String locked = mvc.perform(login(name, PASSWORD, STRANGER)).andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(login("ingen-" + UUID.randomUUID(), PASSWORD, STRANGER)).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(locked).isEqualTo(unknown).isEqualTo("/login?error");

        // A browser sends "?error" as an empty parameter; MockMvc needs to be told.
        var page = Jsoup.parse(mvc.perform(get("/login").param("error", "")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select(".alert-error").text()).isEqualTo("Inloggningen misslyckades. Kontrollera användarnamn"
                + " och lösenord. Efter fem misslyckade försök i rad får du vänta 15 minuter innan du försöker igen.");
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

    private void fail(String name, String client) throws Exception {
        mvc.perform(login(name, "fel lösenord", client)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    /** The login form posted from a client address, as the filter chain sees it behind the proxy. */
    private static MockHttpServletRequestBuilder login(String name, String password, String client) {
        return post("/login").param("username", name).param("password", password).with(csrf()).remoteAddress(client);
    }

    private String person() {
        String email = "signin-" + UUID.randomUUID() + "@bengtsfors.se";
        staff.withPassword(email, PASSWORD);
        return email;
    }

    private OffsetDateTime lockedUntil(String name, String client) {
        return jdbc.sql("select f.locked_until from sign_in_failure f join account a on a.id = f.account_id"
                        + " where a.username = ? and f.client = ?").params(name, client)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional().orElse(null);
    }

    private int failures(String name, String client) {
        return jdbc.sql("select f.failures from sign_in_failure f join account a on a.id = f.account_id"
                        + " where a.username = ? and f.client = ?").params(name, client)
                .query(Integer.class).optional().orElse(0);
    }
}
