package se.lofte.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.newPassword;

/**
 * The mail server's side of an invitation, with a stand-in for it: the mail goes out after the database
 * work is committed, and a failure reaches the inviter instead of vanishing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvitationMailFailureIntegrationTests {

    @MockitoBean
    JavaMailSender mailSender;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMailIsSentWithNoDatabaseTransactionOpen() throws Exception {
        List<Boolean> transactionOpen = new ArrayList<>();
        doAnswer(call -> transactionOpen.add(TransactionSynchronizationManager.isActualTransactionActive()))
                .when(mailSender).send(any(SimpleMailMessage.class));

        invite("fia-" + UUID.randomUUID() + "@bengtsfors.se");

        assertThat(transactionOpen).containsExactly(false);
    }

    @Test
    void aFailedSendIsShownToTheInviterAndThePersonStaysInvited() throws Exception {
        mailServerAway();
        String email = "gun-" + UUID.randomUUID() + "@bengtsfors.se";

        MvcResult result = invite(email);

        var page = Jsoup.parse(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user("admin"))
                .cookie(result.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".alert-error").text()).contains("Inbjudan kunde inte skickas till " + email,
                "Connection refused", "skicka inbjudan igen");
        assertThat(page.select("form[action$=/invitation] button").text()).isEqualTo("Skicka inbjudan igen");
        assertThat(jdbc.sql("select count(*) from account where email = ? and activated_at is null").param(email)
                .query(Long.class).single()).isOne();
    }

    @Test
    void whenMailFailsTheInviterGetsTheSingleUseLinkToHandOver() throws Exception {
        mailServerAway();
        String email = "hugo-" + UUID.randomUUID() + "@bengtsfors.se";

        var first = handOverLink(invite(email));
        assertThat(first.select("label[for=hand-over-link]").text()).isEqualTo("Länk till inbjudan");
        assertThat(first.select(".alert-error").text()).contains("Den gäller i sju dagar och kan bara användas en gång");
        String link = first.select("#hand-over-link").val();
        assertThat(link).matches("http://localhost:8080/konto/inbjudan/[A-Za-z0-9_-]{43}");
        String path = link.substring("http://localhost:8080".length());

        // Sent again, and failed again: a new link, and the first one is dead.
        String account = first.select("form[action$=/invitation]").attr("action");
        var second = handOverLink(mvc.perform(post(account).with(user("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn());
        String newPath = second.select("#hand-over-link").val().substring("http://localhost:8080".length());
        assertThat(newPath).isNotEqualTo(path);
        mvc.perform(get(path)).andExpect(status().isNotFound());

        // The link handed over lets the person in, once.
        mvc.perform(get(newPath)).andExpect(status().isOk());
        mvc.perform(newPassword(newPath, "tre trötta trattar i Bengtsfors")).andExpect(redirectedUrl("/login?activated"));
        mvc.perform(formLogin().user(email).password("tre trötta trattar i Bengtsfors")).andExpect(authenticated());
        mvc.perform(get(newPath)).andExpect(status().isNotFound());
    }

    @Test
    void theInvitationFormSaysWhereItsLinksLead() throws Exception {
        var form = Jsoup.parse(mvc.perform(get("/manage/accounts/invite").with(user("admin"))).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("main").text()).contains("Länken leder till http://localhost:8080.", "LOFTE_BASE_URL");
    }

    /** The account page the inviter is sent to after an invitation. */
    private org.jsoup.nodes.Document handOverLink(MvcResult result) throws Exception {
        return Jsoup.parse(mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user("admin"))
                .cookie(result.getResponse().getCookie("SESSION"))).andReturn().getResponse().getContentAsString());
    }

    private void mailServerAway() {
        doAnswer(call -> {
            throw new MailSendException("Mail server connection failed: Connection refused");
        }).when(mailSender).send(any(SimpleMailMessage.class));
    }

    private MvcResult invite(String email) throws Exception {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id();
        return mvc.perform(post("/manage/accounts/invite").with(user("admin")).with(csrf()).param("email", email)
                        .param("displayName", "Fia").param("organisation", bengtsfors.toString()).param("roles", "VIEWER"))
                .andExpect(status().is3xxRedirection()).andReturn();
    }
}
