package se.lofte.accounts;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** The session cookie and the session behind it, through the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionIntegrationTests {

    private static final String NAME = "session-test@bengtsfors.se";
    private static final String PASSWORD = "ett lösenord för sessioner";

    @RegisterExtension
    final Http http = new Http();
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleManagement people;
    @Autowired
    Accounts accounts;

    @BeforeEach
    void person() {
        http.staffAccount(NAME, PASSWORD);
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneOpensNothing() {
        Http.Answer page = http.get("/login", null);
        String before = page.session().orElseThrow();

        Http.Answer signedIn = http.post("/login", before, java.util.Map.of("username", NAME, "password", PASSWORD,
                "_csrf", page.csrf()));
        String after = signedIn.session().orElseThrow();

        assertThat(after).isNotEqualTo(before);
        assertThat(http.get("/manage/promises", after).status()).isEqualTo(200);
        assertThat(http.get("/manage/promises", before).location()).endsWith("/login");
    }

    @Test
    void theSessionIsKeptInTheDatabase() {
        http.signIn(NAME, PASSWORD);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(NAME)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void takingAwayTheSystemAdministratorFlagEndsThePersonsSessionsAtOnce() {
        String name = "former-admin@bengtsfors.se";
        http.staffAccount(name, PASSWORD);
        jdbc.sql("update account set system_admin = true where username = ?").param(name).update();
        String session = http.signIn(name, PASSWORD);
        assertThat(http.get("/manage/organisations", session).status()).isEqualTo(200);

        long id = jdbc.sql("select id from account where username = ?").param(name).query(Long.class).single();
        assertThat(people.setSystemAdmin(new AccountId(id), false, accounts.staffMember("admin").orElseThrow()))
                .isEmpty();

        assertThat(http.get("/manage/organisations", session).location()).endsWith("/login");
        String again = http.signIn(name, PASSWORD);
        assertThat(http.get("/manage/organisations", again).status()).isEqualTo(403);
    }

    @Test
    void theCookieIsHttpOnlyLaxAndSecureOnlyOverHttps() {
        String plain = http.get("/login", null).setCookie("SESSION").orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // Behind a TLS-terminating proxy the request reached the proxy over HTTPS.
        String secure = http.get("/login", null, "X-Forwarded-Proto", "https").setCookie("SESSION").orElseThrow();
        assertThat(secure).contains("HttpOnly", "SameSite=Lax", "Secure");
    }
}
