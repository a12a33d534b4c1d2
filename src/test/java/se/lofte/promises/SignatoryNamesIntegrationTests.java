package se.lofte.promises;

import java.util.HashSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Membership;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * A signature is listed by the name of the person who gave it, not by their username (often an e-mail
 * address), and by the username only when the account has no name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignatoryNamesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    PromiseManagement management;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theStatusPageNamesTheSignatoryByTheirDisplayName() throws Exception {
        var police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).getFirst();
        var amal = organisations.municipalityBySlug("amal").orElseThrow();
        var content = PromiseFixtures.complete(management.parties(List.of(police.id(), amal.id())), TestYears.next());
        var memberships = new HashSet<Membership>();
        content.parties().forEach(p -> memberships.add(new Membership(p.id(), Role.EDITOR)));
        var id = management.create(content, new StaffMember("namn.redaktor", "Redaktör", false, memberships)).id();
        var anna = staff.member("anna.signerar@polisen.se", police.id(), Role.SIGNATORY, Role.VIEWER);
        var bo = staff.member("bo.signerar@amal.se", amal.id(), Role.SIGNATORY, Role.VIEWER);
        jdbc.sql("update account set display_name = 'Anna Andersson' where username = ?").param(anna.username())
                .update();
        jdbc.sql("update account set display_name = ' ' where username = ?").param(bo.username()).update();
        management.sign(id, police.id(), anna);
        management.sign(id, amal.id(), bo);

        Document page = html(mvc.perform(get("/manage/promises/" + id.value()).with(user(anna.username())))
                .andExpect(status().isOk()));

        String text = page.select("main").text();
        assertThat(text).contains("Undertecknat av Anna Andersson").doesNotContain("anna.signerar@polisen.se")
                .contains("Undertecknat av bo.signerar@amal.se");
    }
}
