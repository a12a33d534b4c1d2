package se.lofte.accounts.web;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Accounts;
import se.lofte.accounts.Role;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TokenPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser("admin")
    void anAdministratorMakesATokenSeesItsSecretOnceAndRevokesIt() throws Exception {
        String bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow().id().toString();
        String created = mvc.perform(post("/manage/accounts/tokens/new").with(csrf())
                        .param("name", "Import från sidan").param("organisation", bengtsfors)
                        .param("scope", "imports:write").param("expires", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(created);
        String secret = page.getElementById("secret").attr("value");
        assertThat(secret).startsWith("lofte_");
        assertThat(page.select("dd").eachText()).contains("Bengtsfors kommun");

        mvc.perform(get("/api/tokens/self").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
        Document list = Jsoup.parse(mvc.perform(get("/manage/accounts/tokens")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        var row = list.select("tbody tr").stream()
                .filter(r -> r.select("th").text().equals("Import från sidan")).findFirst().orElseThrow();
        assertThat(row.text()).doesNotContain(secret).contains("Gäller").doesNotContain("Aldrig");

        mvc.perform(post(row.select("form").attr("action")).with(csrf()))
                .andExpect(redirectedUrl("/manage/accounts/tokens"))
                .andExpect(flash().attribute("notice", "token.notice.revoked"));
        mvc.perform(get("/api/tokens/self").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @WithMockUser("admin")
    void aFormWithMistakesIsShownAgainWithEachMistakeByItsField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/manage/accounts/tokens/new").with(csrf())
                        .param("name", "Kvar").param("expires", "31/12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Fel i formuläret");
        assertThat(page.getElementById("name").attr("value")).isEqualTo("Kvar");
        assertThat(page.getElementById("organisation-error").text()).isEqualTo("Välj organisation.");
        assertThat(page.getElementById("scopes-error").text()).isEqualTo("Välj minst en behörighet.");
        assertThat(page.getElementById("expires-error").text()).isEqualTo("Skriv datumet som ÅÅÅÅ-MM-DD.");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#organisation", "#scopes", "#expires");
    }

    @Test
    @WithMockUser("token-page-editor")
    void staffWhoAdministerNoOrganisationMayNotManageTokens() throws Exception {
        TestStaff.ensure(jdbc, accounts, "token-page-editor",
                organisations.municipalityBySlug("bengtsfors").orElseThrow().id(), Role.EDITOR);

        mvc.perform(get("/manage/accounts/tokens")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/accounts/tokens/1/revoke").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get("/manage/accounts/tokens")).andExpect(status().is3xxRedirection());
    }
}
