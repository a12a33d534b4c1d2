package se.lofte.accounts.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * Who sees and changes whom on the people pages: a system administrator everyone and every organisation,
 * an organisation administrator the people and roles of their own organisation only, others nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    OrganisationId bengtsfors;
    OrganisationId amal;

    /** pp-chief administers Bengtsfors; pp-editor edits there; pp-amal edits in Åmål only. */
    @BeforeEach
    void staff() {
        bengtsfors = staff.municipality("bengtsfors");
        amal = staff.municipality("amal");
        staff.member("pp-chief", bengtsfors, Role.ORGANISATION_ADMIN);
        staff.member("pp-editor", bengtsfors, Role.EDITOR);
        staff.member("pp-amal", amal, Role.EDITOR);
    }

    @Test
    void aSystemAdministratorSeesEveryAccount() throws Exception {
        Document page = html(mvc.perform(get("/manage/accounts").with(user("admin"))).andExpect(status().isOk()));
        assertThat(page.select("tbody td:first-child a").eachText()).contains("Administratör", "pp-chief", "pp-editor", "pp-amal");
        assertThat(page.text()).contains("Bengtsfors kommun: Redaktör");
    }

    @Test
    void anOrganisationAdministratorSeesOnlyThePeopleOfTheirOrganisation() throws Exception {
        Document page = html(mvc.perform(get("/manage/accounts").with(user("pp-chief"))).andExpect(status().isOk()));
        assertThat(page.select("tbody td:first-child a").eachText()).contains("pp-chief", "pp-editor")
                .doesNotContain("pp-amal", "Administratör");
    }

    @Test
    void someoneWhoAdministersNothingIsRefused() throws Exception {
        mvc.perform(get("/manage/accounts").with(user("pp-editor"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/accounts/invite").with(user("pp-editor"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/accounts/" + id("pp-chief")).with(user("pp-editor"))).andExpect(status().isForbidden());
    }

    @Test
    void signingInIsNeeded() throws Exception {
        mvc.perform(get("/manage/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anOrganisationAdministratorSetsAndRemovesRolesInTheirOrganisation() throws Exception {
        String person = "pp-editor-" + UUID.randomUUID();
        staff.member(person, bengtsfors, Role.EDITOR);

        mvc.perform(post("/manage/accounts/" + id(person) + "/roles").with(user("pp-chief")).with(csrf())
                        .param("organisation", bengtsfors.toString()).param("roles", "SIGNATORY", "VIEWER"))
                .andExpect(redirectedUrl("/manage/accounts/" + id(person)));
        assertThat(staff.member(person).memberships()).extracting(m -> m.role())
                .containsExactlyInAnyOrder(Role.SIGNATORY, Role.VIEWER);

        mvc.perform(post("/manage/accounts/" + id(person) + "/roles").with(user("pp-chief")).with(csrf())
                .param("organisation", bengtsfors.toString())).andExpect(status().is3xxRedirection());
        assertThat(staff.member(person).memberships()).isEmpty();
    }

    @Test
    void anOrganisationIdTamperedToAnotherOrganisationIsRefused() throws Exception {
        // pp-chief administers Bengtsfors, and pp-editor is one of theirs, but Åmål is not pp-chief's.
        mvc.perform(post("/manage/accounts/" + id("pp-editor") + "/roles").with(user("pp-chief")).with(csrf())
                        .param("organisation", amal.toString()).param("roles", "ORGANISATION_ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(staff.member("pp-editor").has(Role.ORGANISATION_ADMIN, amal)).isFalse();

        String email = "tampered-" + UUID.randomUUID() + "@example.se";
        mvc.perform(post("/manage/accounts/invite").with(user("pp-chief")).with(csrf()).param("email", email)
                        .param("displayName", "Mallory").param("organisation", amal.toString()).param("roles", "EDITOR"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single())
                .isZero();
    }

    @Test
    void anOrganisationAdministratorCannotReachPeopleOfOtherOrganisations() throws Exception {
        mvc.perform(get("/manage/accounts/" + id("pp-amal")).with(user("pp-chief"))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/accounts/" + id("pp-amal") + "/roles").with(user("pp-chief")).with(csrf())
                        .param("organisation", bengtsfors.toString()).param("roles", "EDITOR"))
                .andExpect(status().isForbidden());
        assertThat(staff.member("pp-amal").has(Role.EDITOR, bengtsfors)).isFalse();
    }

    @Test
    void onlyASystemAdministratorSetsTheSystemAdministratorFlag() throws Exception {
        mvc.perform(post("/manage/accounts/" + id("pp-chief") + "/system-admin").with(user("pp-chief")).with(csrf())
                .param("systemAdmin", "true")).andExpect(status().isForbidden());
        assertThat(staff.member("pp-chief").systemAdmin()).isFalse();
    }

    @Test
    void aSystemAdministratorGivesThemselfRolesInAnyOrganisation() throws Exception {
        mvc.perform(post("/manage/accounts/" + id("admin") + "/roles").with(user("admin")).with(csrf())
                        .param("organisation", amal.toString()).param("roles", "ANALYST"))
                .andExpect(redirectedUrl("/manage/accounts/" + id("admin")));
        assertThat(staff.member("admin").has(Role.ANALYST, amal)).isTrue();

        Document page = html(mvc.perform(get("/manage/accounts/" + id("admin")).with(user("admin"))));
        assertThat(page.select("input[name=roles][value=ANALYST][checked]")).isNotEmpty();
        assertThat(page.select("#other-organisation option")).hasSizeGreaterThan(290);
    }

    @Test
    void aSystemAdministratorMakesSomeoneElseOneAndTheLastOneCannotStepDown() throws Exception {
        String person = "pp-admin-" + UUID.randomUUID();
        staff.member(person, amal, Role.VIEWER);
        mvc.perform(post("/manage/accounts/" + id(person) + "/system-admin").with(user("admin")).with(csrf())
                .param("systemAdmin", "true")).andExpect(status().is3xxRedirection());
        assertThat(staff.member(person).systemAdmin()).isTrue();

        // Leave "admin" as the only system administrator who can sign in; all tests share the database.
        jdbc.sql("update account set system_admin = false where username <> 'admin'").update();
        MvcResult refused = mvc.perform(post("/manage/accounts/" + id("admin") + "/system-admin").with(user("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Notice.failure("acc.problem.lastSystemAdmin"))).andReturn();
        assertThat(staff.member("admin").systemAdmin()).isTrue();
        // The next page, in the same (database) session, says why.
        Document page = html(mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(user("admin"))
                .cookie(refused.getResponse().getCookie("SESSION"))));
        assertThat(page.select(".alert-error").text()).contains("minst en systemadministratör");
    }

    @Test
    void theInvitationFormShowsProblemsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        Document page = html(mvc.perform(post("/manage/accounts/invite").with(user("pp-chief")).with(csrf())
                        .param("email", "inte-en-adress").param("displayName", "Anna Andersson")
                        .param("organisation", bengtsfors.toString()))
                .andExpect(status().isOk()));
        assertThat(page.select("#email-error").text()).isEqualTo("Skriv en e-postadress som namn@exempel.se.");
        assertThat(page.select("#roles-error").text()).isEqualTo("Välj minst en roll.");
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#email", "#roles");
        assertThat(page.select("#email").val()).isEqualTo("inte-en-adress");
        assertThat(page.select("#displayName").val()).isEqualTo("Anna Andersson");
        assertThat(page.select("#organisation option[selected]").val()).isEqualTo(bengtsfors.toString());
    }

    @Test
    void anInvitationToAnAddressNoMailServerTakesIsRefusedAtTheField() throws Exception {
        String broken = "a@example.se('((.(\",()";
        Document page = html(mvc.perform(post("/manage/accounts/invite").with(user("pp-chief")).with(csrf())
                        .param("email", broken).param("displayName", "Anna Andersson")
                        .param("organisation", bengtsfors.toString()).param("roles", "EDITOR"))
                .andExpect(status().isOk()));
        assertThat(page.select("#email-error").text()).startsWith("Delen efter @ ska vara en domän som exempel.se");
        assertThat(page.select("#email").val()).isEqualTo(broken);
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(broken).query(Long.class).single())
                .isZero();
    }

    private long id(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }
}
