package se.lofte.organisations.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages for organisations, through the whole web stack. Every test makes the organisations it
 * changes under a unique name, so that tests do not see each other's data (the PostgreSQL pass shares one
 * database between all test classes).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(roles = "SYSTEM_ADMIN")
class OrganisationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Test
    void overviewListsLocalPoliceAreaOstraFyrbodalWithItsFourMunicipalities() throws Exception {
        String html = page("/manage/organisations");

        String region = after(html, ">Polisregion Väst</a>");
        String area = after(region, ">Polisområde Fyrbodal</a>");
        String lpo = area.substring(area.indexOf(">LPO Östra Fyrbodal</a>"), area.indexOf("</ul>"));
        assertThat(lpo).contains(">Åmål</a>", ">Dals-Ed</a>", ">Bengtsfors</a>", ">Mellerud</a>");
        assertThat(html).contains("href=\"/manage/organisations/municipalities\"");
    }

    @Test
    void overviewListsOtherActors() throws Exception {
        String name = "Bostadsbolaget " + System.nanoTime();
        OrganisationId actor = organisations.add(OrganisationKind.OTHER_ACTOR, name, null);

        assertThat(page("/manage/organisations")).contains("<a href=\"/manage/organisations/" + actor + "\">" + name + "</a>");
    }

    @Test
    void addsLocalPoliceAreaUnderFyrbodalAndSetsWhichMunicipalitiesItCovers() throws Exception {
        Organisation fyrbodal = named(OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal");
        String name = "LPO Test " + System.nanoTime();
        assertThat(page("/manage/organisations/new?kind=LOCAL_POLICE_AREA&parent=" + fyrbodal.id()))
                .containsPattern("<option value=\"" + fyrbodal.id() + "\"\\s+selected>Polisområde Fyrbodal</option>");

        mvc.perform(post("/manage/organisations/new").param("kind", "LOCAL_POLICE_AREA")
                        .param("name", name).param("parent", fyrbodal.id().toString()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "org.notice.added"));
        Organisation lpo = named(OrganisationKind.LOCAL_POLICE_AREA, name);
        assertThat(lpo.parentId()).isEqualTo(fyrbodal.id());

        Organisation vanersborg = organisations.municipalityBySlug("vanersborg").orElseThrow();
        Organisation trollhattan = organisations.municipalityBySlug("trollhattan").orElseThrow();
        var saved = mvc.perform(post("/manage/organisations/" + lpo.id()).param("name", name)
                        .param("parent", fyrbodal.id().toString())
                        .param("municipality", vanersborg.id().toString(), trollhattan.id().toString()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/organisations/" + lpo.id()))
                .andExpect(flash().attribute("notice", "org.notice.saved")).andReturn();

        assertThat(organisations.coveredMunicipalities(lpo.id())).containsExactly(trollhattan, vanersborg);
        // The notice waits in the session, which lives in the database: follow with its cookie.
        String edit = page(get("/manage/organisations/" + lpo.id()).cookie(saved.getResponse().getCookie("SESSION")));
        assertThat(edit).contains("<div class=\"alert alert-success\" role=\"status\"><p>Ändringarna har sparats.</p></div>");
        assertThat(edit).containsPattern(checked(vanersborg)).containsPattern(checked(trollhattan));
        assertThat(edit).doesNotContainPattern(checked(organisations.municipalityBySlug("amal").orElseThrow()));
        assertThat(edit).contains("<legend>Västra Götalands län</legend>");
    }

    @Test
    void renamesAnOrganisation() throws Exception {
        long unique = System.nanoTime();
        OrganisationId actor = organisations.add(OrganisationKind.OTHER_ACTOR, "Skolförvaltningen " + unique, null);

        mvc.perform(post("/manage/organisations/" + actor).param("name", "Utbildningsförvaltningen " + unique)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/manage/organisations/" + actor));

        assertThat(organisations.find(actor).orElseThrow().name()).isEqualTo("Utbildningsförvaltningen " + unique);
        assertThat(organisations.nameTaken(OrganisationKind.OTHER_ACTOR, "Skolförvaltningen " + unique, null)).isFalse();
    }

    @Test
    void renamesMunicipalityToItsOfficialNameAndKeepsItsAddress() throws Exception {
        Organisation falun = organisations.municipalityBySlug("falun").orElseThrow();

        mvc.perform(post("/manage/organisations/" + falun.id()).param("name", "Falu kommun").with(csrf()))
                .andExpect(status().isFound());

        Organisation renamed = organisations.municipalityBySlug("falun").orElseThrow();
        assertThat(renamed.name()).isEqualTo("Falu kommun");
        assertThat(renamed.shortName()).isEqualTo("Falun");
        assertThat(renamed.scbCode()).isEqualTo(falun.scbCode());
    }

    @Test
    void refusesBlankNameAndKeepsWhatWasTyped() throws Exception {
        Organisation fyrbodal = named(OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal");

        String html = refused(post("/manage/organisations/new").param("kind", "LOCAL_POLICE_AREA")
                .param("name", "   ").param("parent", fyrbodal.id().toString()));

        assertFieldError(html, "name", "Skriv ett namn.");
        assertThat(field(html, "name")).contains("value=\"   \"");
        assertThat(field(html, "parent")).containsPattern("<option value=\"" + fyrbodal.id() + "\"\\s+selected>");
    }

    @Test
    void refusesNameLongerThan200CharactersAndKeepsWhatWasTyped() throws Exception {
        String tooLong = "Brå ".repeat(50) + "x";

        String html = refused(post("/manage/organisations/new").param("kind", "OTHER_ACTOR").param("name", tooLong));

        assertFieldError(html, "name", "Namnet får vara högst 200 tecken långt.");
        assertThat(field(html, "name")).contains("value=\"" + tooLong + "\"");
    }

    @Test
    void acceptsNameOfExactly200Characters() throws Exception {
        String unique = " " + System.nanoTime();
        String longest = "Fastighetsbolaget ".repeat(12).substring(0, 200 - unique.length()) + unique;

        mvc.perform(post("/manage/organisations/new").param("kind", "OTHER_ACTOR").param("name", longest).with(csrf()))
                .andExpect(status().isFound());

        assertThat(named(OrganisationKind.OTHER_ACTOR, longest).name()).hasSize(200);
    }

    @Test
    void refusesNameTakenByAnotherOrganisationOfTheSameKind() throws Exception {
        String name = "Lokala BRÅ " + System.nanoTime();
        organisations.add(OrganisationKind.OTHER_ACTOR, name, null);
        String typed = name.toLowerCase();

        String html = refused(post("/manage/organisations/new").param("kind", "OTHER_ACTOR").param("name", typed));

        assertFieldError(html, "name", "Det finns redan en aktör med det namnet.");
        assertThat(field(html, "name")).contains("value=\"" + typed + "\"");
    }

    @Test
    void allowsTheSameNameForAnotherKind() throws Exception {
        Organisation vast = named(OrganisationKind.POLICE_REGION, "Polisregion Väst");
        String name = "Gemensamt namn " + System.nanoTime();
        organisations.add(OrganisationKind.OTHER_ACTOR, name, null);

        mvc.perform(post("/manage/organisations/new").param("kind", "POLICE_AREA").param("name", name)
                        .param("parent", vast.id().toString()).with(csrf()))
                .andExpect(status().isFound());

        assertThat(named(OrganisationKind.POLICE_AREA, name).parentId()).isEqualTo(vast.id());
    }

    @Test
    void refusesPoliceAreaWithoutRegion() throws Exception {
        String name = "Polisområde Utan Region " + System.nanoTime();

        String html = refusedNew(OrganisationKind.POLICE_AREA, name, post("/manage/organisations/new"));

        assertFieldError(html, "parent", "Välj vilken polisregion polisområdet hör till.");
    }

    @Test
    void refusesLocalPoliceAreaUnderAParentOfTheWrongKind() throws Exception {
        Organisation vast = named(OrganisationKind.POLICE_REGION, "Polisregion Väst");
        String name = "LPO Fel Förälder " + System.nanoTime();

        String html = refusedNew(OrganisationKind.LOCAL_POLICE_AREA, name,
                post("/manage/organisations/new").param("parent", vast.id().toString()));

        assertFieldError(html, "parent", "Ett lokalpolisområde hör till ett polisområde. Välj ett polisområde i listan.");
    }

    @Test
    void refusedEditKeepsTypedCoverageAndSavesNothing() throws Exception {
        Organisation fyrbodal = named(OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal");
        Organisation vast = named(OrganisationKind.POLICE_REGION, "Polisregion Väst");
        String name = "LPO Oförändrat " + System.nanoTime();
        OrganisationId lpo = organisations.add(OrganisationKind.LOCAL_POLICE_AREA, name, fyrbodal.id());
        Organisation uddevalla = organisations.municipalityBySlug("uddevalla").orElseThrow();

        String html = refused(post("/manage/organisations/" + lpo).param("name", name + " Nytt")
                .param("parent", vast.id().toString()).param("municipality", uddevalla.id().toString()));

        assertFieldError(html, "parent", "Ett lokalpolisområde hör till ett polisområde. Välj ett polisområde i listan.");
        assertThat(field(html, "name")).contains("value=\"" + name + " Nytt\"");
        assertThat(html).containsPattern(checked(uddevalla)).contains("<h1>" + name + "</h1>");
        Organisation unchanged = organisations.find(lpo).orElseThrow();
        assertThat(unchanged.name()).isEqualTo(name);
        assertThat(unchanged.parentId()).isEqualTo(fyrbodal.id());
        assertThat(organisations.coveredMunicipalities(lpo)).isEmpty();
    }

    @Test
    void listsAllMunicipalitiesWithoutASearch() throws Exception {
        String html = page("/manage/organisations/municipalities");

        // 290, and any fictional municipality other tests of the run have added (which staff see listed too).
        int municipalities = organisations.all(OrganisationKind.MUNICIPALITY).size();
        assertThat(municipalities).isGreaterThanOrEqualTo(290);
        assertThat(html).contains(municipalities + " kommuner.", "<td>0114</td>", "<td>2584</td>");
    }

    @Test
    void searchesMunicipalitiesAndShowsTheirCountyAndLocalPoliceArea() throws Exception {
        String html = page(get("/manage/organisations/municipalities").param("q", "åmål"));

        assertThat(html).contains("value=\"åmål\"", "1 kommun.", "<td>1492</td>", "Åmål kommun</a>",
                "<td>Västra Götalands län</td>", ">LPO Östra Fyrbodal</a>");
        assertThat(html).doesNotContain("Bengtsfors kommun");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        assertThat(page("/manage/organisations?lang=en")).contains("<h1>Organisations</h1>");
    }

    @Test
    @WithAnonymousUser
    void sendsAnonymousVisitorsToLogin() throws Exception {
        mvc.perform(get("/manage/organisations")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/manage/organisations/municipalities")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void answersNotFoundForUnknownOrMalformedIds() throws Exception {
        for (String id : new String[] {"999999999999", "abc", "12abc", "-1", "99999999999999999999999"}) {
            mvc.perform(get("/manage/organisations/" + id)).andExpect(status().isNotFound());
            mvc.perform(post("/manage/organisations/" + id).param("name", "X").with(csrf()))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void answersBadRequestForKindsStaffCannotAdd() throws Exception {
        for (String kind : new String[] {"MUNICIPALITY", "POLICE_REGION", "NONSENSE", ""}) {
            mvc.perform(get("/manage/organisations/new").param("kind", kind)).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/manage/organisations/new")).andExpect(status().isBadRequest());
        mvc.perform(post("/manage/organisations/new").param("kind", "MUNICIPALITY").param("name", "Ny kommun")
                .with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void refusesCoverageOfSomethingOtherThanAMunicipality() throws Exception {
        Organisation fyrbodal = named(OrganisationKind.POLICE_AREA, "Polisområde Fyrbodal");
        String name = "LPO Täcker Fel " + System.nanoTime();
        OrganisationId lpo = organisations.add(OrganisationKind.LOCAL_POLICE_AREA, name, fyrbodal.id());

        for (String municipality : new String[] {fyrbodal.id().toString(), "abc", "999999999999"}) {
            mvc.perform(post("/manage/organisations/" + lpo).param("name", name)
                            .param("parent", fyrbodal.id().toString()).param("municipality", municipality).with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        assertThat(organisations.coveredMunicipalities(lpo)).isEmpty();
    }

    @Test
    void refusesPostWithoutCsrfToken() throws Exception {
        String name = "Utan token " + System.nanoTime();

        mvc.perform(post("/manage/organisations/new").param("kind", "OTHER_ACTOR").param("name", name))
                .andExpect(status().isForbidden());

        assertThat(organisations.nameTaken(OrganisationKind.OTHER_ACTOR, name, null)).isFalse();
    }

    private String page(String url) throws Exception {
        return page(get(url));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Posts a form that must be refused: the same page again, with the problems on it. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return page(request.with(csrf()));
    }

    /** The page of a refused new organisation of the kind and name: the name is kept, and nothing is added. */
    private String refusedNew(OrganisationKind kind, String name, MockHttpServletRequestBuilder request)
            throws Exception {
        String html = refused(request.param("kind", kind.name()).param("name", name));
        assertThat(field(html, "name")).contains("value=\"" + name + "\"");
        assertThat(organisations.nameTaken(kind, name, null)).isFalse();
        return html;
    }

    private Organisation named(OrganisationKind kind, String name) {
        return organisations.all(kind).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static String after(String html, String marker) {
        assertThat(html).contains(marker);
        return html.substring(html.indexOf(marker));
    }

    /** The message sits in the field's own wrapper, is tied to the input, and is repeated in the summary. */
    private static void assertFieldError(String html, String id, String message) {
        String field = field(html, id);
        assertThat(field).startsWith("<div class=\"field field-error\">")
                .contains("<p class=\"error-message\" id=\"" + id + "-error\">" + message + "</p>")
                .containsPattern("aria-describedby=\"[^\"]*" + id + "-error\"")
                .contains("aria-invalid=\"true\"");
        assertThat(html).contains("<div class=\"error-summary\"")
                .contains("<a href=\"#" + id + "\">" + message + "</a>")
                .contains("<title>Fel: ");
    }

    /** The wrapper of the form field whose control has this id. */
    private static String field(String html, String id) {
        int control = html.indexOf("id=\"" + id + "\"");
        assertThat(control).as("control " + id).isPositive();
        int start = html.lastIndexOf("<div class=\"field", control);
        return html.substring(start, html.indexOf("</div>", control));
    }

    private static Pattern checked(Organisation municipality) {
        return Pattern.compile("id=\"municipality-" + municipality.id() + "\"[^>]*\\schecked[\\s>]");
    }
}
