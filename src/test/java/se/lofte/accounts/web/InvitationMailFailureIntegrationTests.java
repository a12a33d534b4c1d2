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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
        doAnswer(call -> {
            throw new MailSendException("Mail server connection failed: Connection refused");
        }).when(mailSender).send(any(SimpleMailMessage.class));
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

    private MvcResult invite(String email) throws Exception {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id();
        return mvc.perform(post("/manage/accounts/invite").with(user("admin")).with(csrf()).param("email", email)
                        .param("displayName", "Fia").param("organisation", bengtsfors.toString()).param("roles", "VIEWER"))
                .andExpect(status().is3xxRedirection()).andReturn();
    }
}
