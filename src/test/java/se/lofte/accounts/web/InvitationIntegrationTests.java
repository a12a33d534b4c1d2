package se.lofte.accounts.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;
import static se.lofte.testing.Pages.newPassword;

/** An invitation from the form to the first sign-in, through a real SMTP server (GreenMail). */
@SpringBootTest
@AutoConfigureMockMvc
class InvitationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    OrganisationId bengtsfors;

    @BeforeEach
    void chief() {
        bengtsfors = staff.municipality("bengtsfors");
        staff.member("inv-chief", bengtsfors, Role.ORGANISATION_ADMIN);
    }

    @Test
    void anInvitedPersonChoosesAPasswordThroughTheLinkOnceAndSignsIn() throws Exception {
        String email = "anna-" + UUID.randomUUID() + "@bengtsfors.se";
        long id = invite(email, "Anna Andersson", "EDITOR", "SIGNATORY");

        MimeMessage mail = TestMail.await(email, 1);
        assertThat(mail.getSubject()).isEqualTo("Inbjudan till Löfte / Invitation to Löfte");
        String body = TestMail.body(mail);
        assertThat(body).contains("Hej Anna Andersson!", "inv-chief har bjudit in dig", "Bengtsfors kommun",
                "Hello Anna Andersson!", "has invited you");
        assertThat(body.indexOf("Hej")).isLessThan(body.indexOf("Hello"));
        String link = TestMail.link(mail);
        assertThat(link).matches("http://localhost:8080/konto/inbjudan/[A-Za-z0-9_-]{43}");
        String path = link.substring("http://localhost:8080".length());
        String token = path.substring(path.lastIndexOf('/') + 1);

        // Only the token's SHA-256 is stored, and it expires in seven days.
        var stored = jdbc.sql("select token_hash, expires_at from account_token where account_id = ?").param(id)
                .query((rs, row) -> new Object[]{rs.getString(1), rs.getObject(2, OffsetDateTime.class)}).single();
        assertThat(stored[0]).isNotEqualTo(token).isEqualTo(sha256(token));
        assertThat((OffsetDateTime) stored[1]).isCloseTo(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7),
                within(Duration.ofMinutes(5).toSeconds(), java.time.temporal.ChronoUnit.SECONDS));

        // Pending: listed as invited, and no sign-in until the password is chosen.
        Document list = html(mvc.perform(get("/manage/accounts").with(user("inv-chief"))));
        assertThat(list.text()).contains("Anna Andersson", "Inbjuden, har inte svarat än",
                "Bengtsfors kommun: Redaktör, Undertecknare");
        mvc.perform(formLogin().user(email).password("")).andExpect(unauthenticated());

        Document page = html(mvc.perform(get(path)).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Välkommen till Löfte");
        assertThat(page.select("#username").val()).isEqualTo(email);
        assertThat(page.select("#password").attr("autocomplete")).isEqualTo("new-password");

        mvc.perform(newPassword(path, "sju sorters kakor i Bengtsfors")).andExpect(redirectedUrl("/login?activated"));
        mvc.perform(formLogin().user(email).password("sju sorters kakor i Bengtsfors")).andExpect(authenticated());
        mvc.perform(formLogin().user(email.toUpperCase()).password("sju sorters kakor i Bengtsfors"))
                .andExpect(authenticated());

        // Used once: the same link is dead, also for a second try at setting a password.
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(newPassword(path, "ett helt annat lösenord")).andExpect(status().isNotFound());
        mvc.perform(formLogin().user(email).password("ett helt annat lösenord")).andExpect(unauthenticated());
    }

    @Test
    void aRefusedPasswordNamesTheRuleAndLeavesTheLinkWorking() throws Exception {
        String email = "bo-" + UUID.randomUUID() + "@bengtsfors.se";
        invite(email, "Bo Berg", "VIEWER");
        String path = TestMail.link(TestMail.await(email, 1)).substring("http://localhost:8080".length());

        Document tooShort = html(mvc.perform(newPassword(path, "kort")).andExpect(status().isOk()));
        assertThat(tooShort.select("#password-error").text()).isEqualTo("Lösenordet är för kort: det ska ha minst 12 tecken.");
        assertThat(tooShort.select(".error-summary a").attr("href")).isEqualTo("#password");
        assertThat(tooShort.select("#password").val()).isEmpty();

        Document common = html(mvc.perform(newPassword(path, "Qwertyuiop123")));
        assertThat(common.select("#password-error").text()).contains("vanliga lösenord");

        Document own = html(mvc.perform(newPassword(path, email)));
        assertThat(own.select("#password-error").text()).contains("användarnamn eller din e-postadress");

        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void anExpiredInvitationIsRefused() throws Exception {
        String email = "cilla-" + UUID.randomUUID() + "@bengtsfors.se";
        long id = invite(email, "Cilla Ceder", "VIEWER");
        String path = TestMail.link(TestMail.await(email, 1)).substring("http://localhost:8080".length());
        jdbc.sql("update account_token set expires_at = ? where account_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), id).update();

        Document page = html(mvc.perform(get(path)).andExpect(status().isNotFound()));
        assertThat(page.select("h1").text()).isEqualTo("Länken fungerar inte");
        mvc.perform(newPassword(path, "sju sorters kakor i Bengtsfors")).andExpect(status().isNotFound());
    }

    @Test
    void sendingAgainVoidsTheEarlierLink() throws Exception {
        String email = "dan-" + UUID.randomUUID() + "@bengtsfors.se";
        long id = invite(email, "Dan Dahl", "VIEWER");
        String first = TestMail.link(TestMail.await(email, 1)).substring("http://localhost:8080".length());

        mvc.perform(post("/manage/accounts/" + id + "/invitation").with(user("inv-chief")).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.success("acc.notice.sent", email)));
        String second = TestMail.link(TestMail.await(email, 2)).substring("http://localhost:8080".length());

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(get(second)).andExpect(status().isOk());
    }

    @Test
    void invitingSomeoneWhoAlreadyHasAnAccountGivesThemTheRolesWithoutAMail() throws Exception {
        String email = "eva-" + UUID.randomUUID() + "@amal.se";
        staff.withPassword(email, "eva har ett lösenord");
        mvc.perform(post("/manage/accounts/invite").with(user("inv-chief")).with(csrf()).param("email", email.toUpperCase())
                        .param("displayName", "Eva").param("organisation", bengtsfors.toString()).param("roles", "ANALYST"))
                .andExpect(flash().attribute("notice", Notice.success("acc.notice.rolesAdded", email)));
        assertThat(accounts.staffMember(email).orElseThrow().has(Role.ANALYST, bengtsfors)).isTrue();
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void sendingAgainToAnActiveAccountSaysThereIsNoInvitationInsteadOfFailing() throws Exception {
        String username = "fia-" + UUID.randomUUID();
        staff.member(username, bengtsfors, Role.VIEWER);
        long id = jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();

        mvc.perform(post("/manage/accounts/" + id + "/invitation").with(user("inv-chief")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Notice.failure("acc.notice.alreadyActive",
                        accounts.displayName(username))));
    }

    private long invite(String email, String name, String... roles) throws Exception {
        mvc.perform(post("/manage/accounts/invite").with(user("inv-chief")).with(csrf()).param("email", email)
                        .param("displayName", name).param("organisation", bengtsfors.toString()).param("roles", roles))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Notice.success("acc.notice.sent", email)));
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
