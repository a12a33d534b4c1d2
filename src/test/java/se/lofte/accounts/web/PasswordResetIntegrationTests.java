package se.lofte.accounts.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lofte.testing.TestMail;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.newPassword;

/** "Glömt lösenordet?" end to end, through a real SMTP server (GreenMail). */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetIntegrationTests {

    private static final String OLD = "det gamla lösenordet";
    private static final String NEW = "ett nytt lösenord i juni";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLinkOnce() throws Exception {
        String email = person();
        Document login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        assertThat(login.select("a[href=/konto/glomt-losenord]").text()).isEqualTo("Glömt lösenordet?");

        String answer = request(email);
        assertThat(answer).contains("Om det finns ett konto med adressen " + email);

        var mail = TestMail.await(email, 1);
        assertThat(mail.getSubject()).isEqualTo("Nytt lösenord till Löfte / New password for Löfte");
        assertThat(TestMail.body(mail)).contains("Länken gäller i en timme", "The link works for one hour");
        String path = path(TestMail.link(mail));
        assertThat(path).matches("/konto/nytt-losenord/[A-Za-z0-9_-]{43}");
        OffsetDateTime expires = jdbc.sql("select expires_at from account_token t join account a on a.id = t.account_id"
                        + " where a.email = ? and t.purpose = 'PASSWORD_RESET'").param(email)
                .query(OffsetDateTime.class).single();
        assertThat(expires).isBetween(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(55),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(61));

        Document form = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("#password").attr("autocomplete")).isEqualTo("new-password");
        mvc.perform(newPassword(path, NEW))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin().user(email).password(NEW)).andExpect(authenticated());
        mvc.perform(formLogin().user(email).password(OLD)).andExpect(unauthenticated());

        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(newPassword(path, "ett tredje lösenord")).andExpect(status().isNotFound());
        mvc.perform(formLogin().user(email).password("ett tredje lösenord")).andExpect(unauthenticated());
    }

    @Test
    void anExpiredLinkIsRefusedAndThePasswordStays() throws Exception {
        String email = person();
        request(email);
        String path = path(TestMail.link(TestMail.await(email, 1)));
        jdbc.sql("update account_token set expires_at = ? where account_id = (select id from account where email = ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), email).update();

        Document page = Jsoup.parse(mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("a[href=/konto/glomt-losenord]").text()).isEqualTo("Be om en ny länk");
        mvc.perform(newPassword(path, NEW))
                .andExpect(status().isNotFound());
        mvc.perform(formLogin().user(email).password(OLD)).andExpect(authenticated());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = person();
        String unknown = "ingen-" + UUID.randomUUID() + "@example.se";

        assertThat(request(unknown)).isEqualTo(request(known).replace(known, unknown));
        TestMail.await(known, 1);
        assertThat(TestMail.to(unknown)).isEmpty();
    }

    @Test
    void aNewRequestVoidsTheEarlierLinkAndAResetLiftsALock() throws Exception {
        String email = person();
        request(email);
        String first = path(TestMail.link(TestMail.await(email, 1)));
        request(email);
        String second = path(TestMail.link(TestMail.await(email, 2)));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(email).password("fel lösenord")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(email).password(OLD)).andExpect(unauthenticated());

        mvc.perform(get(first)).andExpect(status().isNotFound());
        mvc.perform(newPassword(second, NEW))
                .andExpect(redirectedUrl("/login?reset"));
        mvc.perform(formLogin().user(email).password(NEW)).andExpect(authenticated());
    }

    @Test
    void anAddressThatIsNotAnAddressIsAskedForAgain() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/konto/glomt-losenord").with(csrf()).param("email", "anna"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#email-error").text()).isEqualTo("Skriv en e-postadress som namn@exempel.se.");
        assertThat(page.select("#email").attr("autocomplete")).isEqualTo("email");
        assertThat(page.select("#email").val()).isEqualTo("anna");
    }

    @Test
    void anAddressNoMailServerTakesIsAskedForAgainWithWhatIsWrong() throws Exception {
        String broken = "a@example.se('((.(\",()";
        Document page = Jsoup.parse(mvc.perform(post("/konto/glomt-losenord").with(csrf()).param("email", broken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#email-error").text()).startsWith("Delen efter @ ska vara en domän som exempel.se");
        assertThat(page.select("#email").val()).isEqualTo(broken);

        String longLocalPart = "a".repeat(65) + "@bengtsfors.se";
        page = Jsoup.parse(mvc.perform(post("/konto/glomt-losenord").with(csrf()).param("email", longLocalPart))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#email-error").text()).isEqualTo("Delen före @ får vara högst 64 tecken lång.");
    }

    private String person() {
        String email = "reset-" + UUID.randomUUID() + "@bengtsfors.se";
        staff.withPassword(email, OLD);
        return email;
    }

    /** Asks for a reset link and returns the text of the page that answers. */
    private String request(String email) throws Exception {
        MvcResult posted = mvc.perform(post("/konto/glomt-losenord").with(csrf()).param("email", email))
                .andExpect(redirectedUrl("/konto/glomt-losenord/skickat")).andReturn();
        return Jsoup.parse(mvc.perform(get("/konto/glomt-losenord/skickat").cookie(posted.getResponse().getCookie("SESSION")))
                .andReturn().getResponse().getContentAsString()).select("main").text();
    }

    private static String path(String link) {
        return link.substring("http://localhost:8080".length());
    }
}
