package se.lofte.accounts.web;

import java.time.LocalDate;
import java.util.Set;

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

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiTokens;
import se.lofte.accounts.Role;
import se.lofte.accounts.TokenPage;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;
import static se.lofte.testing.Pages.page;

@SpringBootTest
@AutoConfigureMockMvc
class TokenPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    @Test
    @WithMockUser("admin")
    void anAdministratorMakesATokenSeesItsSecretOnceAndRevokesIt() throws Exception {
        String bengtsfors = staff.municipality("bengtsfors").toString();
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
        Document list = page(mvc, "/manage/accounts/tokens");
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
    void theListShowsFiftyTokensAPageNewestFirst() throws Exception {
        var bengtsfors = staff.municipality("bengtsfors");
        var admin = staff.member("admin");
        for (int i = 1; i <= TokenPage.SIZE + 1; i++) {
            tokens.issue(admin, "Sida " + i, bengtsfors, Set.of(ApiScope.PROMISES_READ), LocalDate.now().plusDays(5));
        }
        long total = jdbc.sql("select count(*) from api_token").query(Long.class).single();
        long pages = (total + TokenPage.SIZE - 1) / TokenPage.SIZE;

        Document first = page(mvc, "/manage/accounts/tokens");
        assertThat(first.select("tbody tr")).hasSize(TokenPage.SIZE);
        assertThat(first.select("tbody tr th").first().text()).isEqualTo("Sida " + (TokenPage.SIZE + 1));
        assertThat(first.select("nav a[rel=next]").attr("href")).isEqualTo("/manage/accounts/tokens?page=2");
        assertThat(first.select("nav a[rel=prev]")).isEmpty();
        assertThat(first.select("nav span").text()).isEqualTo("Sida 1 av " + pages);

        Document beyond = page(mvc, "/manage/accounts/tokens?page=999");
        assertThat(beyond.select("nav span").text()).isEqualTo("Sida " + pages + " av " + pages);
        assertThat(beyond.select("nav a[rel=next]")).isEmpty();
        assertThat(beyond.select("tbody tr")).hasSize((int) (total - (pages - 1) * TokenPage.SIZE));
    }

    @Test
    @WithMockUser("admin")
    void aFormWithMistakesIsShownAgainWithEachMistakeByItsField() throws Exception {
        Document page = html(mvc.perform(post("/manage/accounts/tokens/new").with(csrf())
                        .param("name", "Kvar").param("expires", "31/12"))
                .andExpect(status().isOk()));

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
        staff.member("token-page-editor", staff.municipality("bengtsfors"), Role.EDITOR);

        mvc.perform(get("/manage/accounts/tokens")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/accounts/tokens/1/revoke").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get("/manage/accounts/tokens")).andExpect(status().is3xxRedirection());
    }
}
