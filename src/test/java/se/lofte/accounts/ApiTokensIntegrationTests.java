package se.lofte.accounts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.lofte.organisations.OrganisationId;
import se.lofte.shared.Sha256;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API tokens from making one to the request it authenticates, through the real security filter chain. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    StaffMember admin;
    OrganisationId bengtsfors;

    @BeforeEach
    void systemAdministrator() {
        admin = staff.member("admin");
        bengtsfors = staff.municipality("bengtsfors");
    }

    @Test
    void aTokenAuthenticatesAsItselfUntilItIsRevoked() throws Exception {
        var issued = issue("Öppna data-insamlare", ApiScope.PROMISES_READ, ApiScope.IMPORTS_WRITE);

        self(issued.secret()).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(issued.token().id().value()))
                .andExpect(jsonPath("$.name").value("Öppna data-insamlare"))
                .andExpect(jsonPath("$.organisation.name").value("Bengtsfors kommun"))
                .andExpect(jsonPath("$.scopes[0]").value("imports:write"))
                .andExpect(jsonPath("$.scopes[1]").value("promises:read"))
                .andExpect(jsonPath("$.expiresAt").exists());
        assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isNotNull();

        assertThat(tokens.revoke(admin, issued.token().id())).isTrue();
        unauthorized(self(issued.secret()));
        assertThat(tokens.find(issued.token().id()).orElseThrow().status(OffsetDateTime.now()))
                .isEqualTo(ApiToken.Status.REVOKED);
    }

    @Test
    void aScopeThisVersionDoesNotKnowGrantsNothing() {
        var issued = issue("Från en nyare version", ApiScope.PROMISES_READ);
        jdbc.sql("insert into api_token_scope (token_id, scope) values (?, ?)")
                .params(issued.token().id().value(), "measures:fly").update();

        assertThat(tokens.find(issued.token().id()).orElseThrow().scopes()).containsExactly(ApiScope.PROMISES_READ);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        var issued = issue("Utgången", ApiScope.PROMISES_READ);
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), issued.token().id().value()).update();

        unauthorized(self(issued.secret()));
    }

    @Test
    void anUnknownTokenIsRefusedWithTheBearerChallenge() throws Exception {
        unauthorized(self(ApiTokens.PREFIX + "not-a-token"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        unauthorized(self("something-else"));
    }

    @Test
    void withoutATokenTheApiAnswersProblemJsonNotTheLoginPage() throws Exception {
        unauthorized(mvc.perform(get("/api/tokens/self").accept("text/html")))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
        unauthorized(mvc.perform(post("/api/promises")));
    }

    @Test
    void aTokenWithoutTheNeededScopeIsForbidden() throws Exception {
        var reader = issue("Bara läsa", ApiScope.PROMISES_READ);

        mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + reader.secret()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")));
    }

    @Test
    void anAuditTokenListsItsOrganisationsTokens() throws Exception {
        var reader = issue("Läsare " + UUID.randomUUID(), ApiScope.PROMISES_READ);
        var auditor = issue("Granskare", ApiScope.AUDIT_READ);

        mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem(reader.token().name())))
                .andExpect(jsonPath("$[0].createdBy").value("Administratör"));
    }

    @Test
    void theOpenDataNeedsNoToken() throws Exception {
        mvc.perform(get("/api/promises")).andExpect(status().isOk());
    }

    @Test
    void onlyAHashOfTheSecretIsStored() {
        var issued = issue("Hash", ApiScope.PROMISES_READ);

        String stored = jdbc.sql("select secret_sha256 from api_token where id = ?").param(issued.token().id().value())
                .query(String.class).single();
        assertThat(issued.secret()).startsWith("lofte_").hasSizeGreaterThan(40);
        assertThat(stored).isEqualTo(Sha256.hex(issued.secret())).doesNotContain(issued.secret());
    }

    @Test
    void anOrganisationAdministratorManagesOnlyTheirOwnOrganisationsTokens() {
        var amal = staff.municipality("amal");
        StaffMember orgAdmin = staff.member("token-admin-bengtsfors", bengtsfors, Role.ORGANISATION_ADMIN);
        var amalToken = (TokenIssue.Issued) tokens.issue(admin, "Åmål", amal, Set.of(ApiScope.PROMISES_READ),
                LocalDate.now().plusDays(30));

        assertThat(tokens.issue(orgAdmin, "Egen", bengtsfors, Set.of(ApiScope.PROMISES_READ),
                LocalDate.now().plusDays(30))).isInstanceOf(TokenIssue.Issued.class);
        assertThatThrownBy(() -> tokens.issue(orgAdmin, "Annans", amal, Set.of(ApiScope.PROMISES_READ),
                LocalDate.now().plusDays(30))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(orgAdmin, amalToken.token().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.visibleTo(orgAdmin, 1).tokens()).extracting(ApiToken::organisation).containsOnly(bengtsfors);
        assertThat(tokens.manageableOrganisations(orgAdmin)).extracting(o -> o.id()).containsExactly(bengtsfors);
    }

    private TokenIssue.Issued issue(String name, ApiScope... scopes) {
        return (TokenIssue.Issued) tokens.issue(admin, name, bengtsfors, Set.of(scopes), LocalDate.now().plusDays(30));
    }

    private ResultActions self(String secret) throws Exception {
        return mvc.perform(get("/api/tokens/self").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }

    private static ResultActions unauthorized(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }
}
