package se.lofte.promises.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.Theme;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin")
class PromiseEditorIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PromiseManagement management;
    @Autowired
    PublishedPromises published;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    se.lofte.places.FocusPlaces focusPlaces;

    EditorFixtures.Parties parties;

    /** The signed-in "admin" edits and signs for both parties of the Åmål promises these tests write. */
    @BeforeEach
    void adminWritesAndSignsForBothParties() {
        parties = EditorFixtures.adminWritesAndSignsForBothParties(staff);
    }

    private StaffMember admin() {
        return staff.member("admin");
    }

    @Test
    void anEmptyTitleIsRefusedNextToTheFieldAndTheRestIsKept() throws Exception {
        int year = TestYears.next();
        Document page = html(mvc.perform(newPromise(year, "title", "")).andExpect(status().isOk()));
        assertThat(error(page, "title")).isEqualTo("Fyll i fältet.");
        assertThat(page.select("#start").val()).isEqualTo(year + "-01-01");
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select(".error-summary a[href=#title]")).hasSize(1);
    }

    @Test
    void anEndBeforeTheStartIsRefused() throws Exception {
        int year = TestYears.next();
        Document page = html(mvc.perform(newPromise(year, "end", (year - 1) + "-06-01")));
        assertThat(error(page, "end")).isEqualTo("Slutdatum måste vara efter startdatum.");
        assertThat(page.select("#end").val()).isEqualTo((year - 1) + "-06-01");
    }

    @Test
    void aPeriodOverThreeYearsIsRefused() throws Exception {
        int year = TestYears.next();
        Document page = html(mvc.perform(newPromise(year, "end", (year + 3) + "-01-01")));
        assertThat(error(page, "end")).contains("högst 3 år").contains((year + 2) + "-12-31");
    }

    @Test
    void aNumericGoalWithoutTargetIsRefusedAndTheTypedGoalKept() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        Document page = html(mvc.perform(edit(id).param("goals[0].kind", "NUMERIC")
                .param("goals[0].text", "Minst fem lagförda.").param("goals[0].indicator", "Lagförda")
                .param("goals[0].unit", "individer").param("goals[0].target", "")
                .param("goals[0].deadline", year(id) + "-12-31")));
        assertThat(error(page, "goals-0-target")).isEqualTo("Ett mätbart mål behöver ett målvärde.");
        assertThat(page.select("#goals-0-text").text()).isEqualTo("Minst fem lagförda.");
        assertThat(page.select("#goals-0-indicator").val()).isEqualTo("Lagförda");
    }

    @Test
    void aGoalsNumbersAreTypedWithEitherDecimalSignAndShownInThePagesLanguage() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        var params = filled(id);
        params.set("goals[0].baseline", "2.5");
        params.set("goals[0].target", "18,5");
        mvc.perform(edit(id).params(params)).andExpect(status().is3xxRedirection());
        var goal = management.find(new PromiseId(id), admin()).orElseThrow().content().goals().getFirst().numeric();
        assertThat(goal.baseline()).isEqualByComparingTo("2.5");
        assertThat(goal.target()).isEqualByComparingTo("18.5");

        Document swedish = html(mvc.perform(get("/manage/promises/" + id + "/edit")));
        assertThat(swedish.select("#goals-0-baseline").val()).isEqualTo("2,5");
        assertThat(swedish.select("#goals-0-target").val()).isEqualTo("18,5");
        Document english = html(mvc.perform(get("/manage/promises/" + id + "/edit").param("lang", "en")));
        assertThat(english.select("#goals-0-target").val()).isEqualTo("18.5");
    }

    @Test
    void theOverviewListsWhatEachPromiseWaitsForAndASystemAdministratorSeesTheWholeCountry() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        Document mine = html(mvc.perform(get("/manage")));
        assertThat(mine.select("h1").text()).isEqualTo("Översikt");
        var row = mine.select("tr:has(a[href=/manage/promises/" + id + "])");
        assertThat(row.text()).containsPattern("Texten är inte klar: \\d+ saker saknas\\.");

        fill(id);
        row = html(mvc.perform(get("/manage"))).select("tr:has(a[href=/manage/promises/" + id + "])");
        assertThat(row.text()).contains("Väntar på underskrift av LPO Östra Fyrbodal, Åmål kommun.");

        // A system administrator without any role in a party sees every promise, and what it waits for.
        staff.withPassword("overview.systemadmin", "ett långt lösenord för översikten");
        staff.systemAdministrator("overview.systemadmin");
        Document country = html(mvc.perform(get("/manage").with(user("overview.systemadmin"))));
        assertThat(country.select(".lead").text()).contains("Alla medborgarlöften i landet");
        assertThat(country.select("a[href=/manage/promises/" + id + "]")).hasSize(1);
        Document list = html(mvc.perform(get("/manage/promises").with(user("overview.systemadmin"))));
        assertThat(list.select("a[href=/manage/promises/" + id + "]")).hasSize(1);

        // Someone whose organisations have no promise reads that, not an empty table.
        staff.member("overview.nobody", staff.municipality("ljusdal"), Role.VIEWER);
        Document empty = html(mvc.perform(get("/manage/promises").with(user("overview.nobody"))));
        assertThat(empty.select("main").text()).contains("Det finns inga medborgarlöften här än.");
        assertThat(empty.select("table")).isEmpty();
    }

    @Test
    void theErrorSummaryNamesTheGoalAndThePeriodItsDateMustBeIn() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        int year = year(id);
        Document page = html(mvc.perform(edit(id).param("goals[0].text", "Minst fem lagförda.")
                .param("goals[0].kind", "NUMERIC").param("goals[0].indicator", "Lagförda")
                .param("goals[0].unit", "individer").param("goals[0].baseline", "0").param("goals[0].target", "5")
                .param("goals[0].deadline", (year + 1) + "-06-30")));
        assertThat(page.select("#error-summary a[href=#goals-0-deadline]").text()).isEqualTo(
                "Mål 1: Datumet måste ligga inom löftets period, " + year + "-01-01–" + year + "-12-31.");
        assertThat(error(page, "goals-0-deadline")).startsWith("Datumet måste ligga inom löftets period");
    }

    @Test
    void aLocalPoliceAreasEditorIsOfferedTheMunicipalitiesItCoversAndSeesWhoseRowsAreReadOnly() throws Exception {
        var lpo = staff.localPoliceArea("LPO Östra Fyrbodal");
        staff.member("editor.lpo.only", lpo, Role.EDITOR);
        Document form = html(mvc.perform(get("/manage/promises/new").with(user("editor.lpo.only"))));
        assertThat(form.select("#municipalityId option[value]").eachText()).filteredOn(t -> !t.equals("Välj …"))
                .containsExactly("Bengtsfors kommun (1460)", "Dals-Ed kommun (1438)", "Mellerud kommun (1461)",
                        "Åmål kommun (1492)");
        assertThat(form.select("#policeId option[selected]").text()).isEqualTo("LPO Östra Fyrbodal");

        long id = parties.create(mvc, TestYears.next());
        String amal = Long.toString(staff.municipality("amal").value());
        mvc.perform(edit(id).param("commitments[0].title", "Belysning").param("commitments[0].responsible", amal))
                .andExpect(status().is3xxRedirection());
        Document editor = html(mvc.perform(get("/manage/promises/" + id + "/edit").with(user("editor.lpo.only"))));
        assertThat(editor.select("#commitments fieldset .hint").first().text())
                .isEqualTo("Åtagandet hör till Åmål kommun. Bara deras redaktörer kan ändra det.");
        assertThat(editor.select("#commitments-0-title").hasAttr("readonly")).isTrue();
    }

    @Test
    void aPersonalIdentityNumberInTheSituationIsRefusedNamingItAndTheTextKept() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        String situation = "Problem vid torget, anmält av 19121212-1212 i våras.";
        Document page = html(mvc.perform(edit(id).param("situation", situation)));
        assertThat(error(page, "situation")).contains("19121212-1212");
        assertThat(page.select("#situation").text()).isEqualTo(situation);
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().situation()).isEmpty();
    }

    @Test
    void aPictureWithoutAltTextIsRefusedButKeptForTheNextTry() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        byte[] png = new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 7, 7};
        Document page = html(mvc.perform(edit(id).file(new MockMultipartFile("imageFile", "bild.png", "image/png", png))
                .param("imageAlt", "").param("imageCaption", "Trygghetsvandring i centrum")));
        assertThat(error(page, "imageAlt")).startsWith("En bild behöver en alternativtext");
        assertThat(page.select("input[name=imageSha]").val()).hasSize(64);
        assertThat(page.select("#imageCaption").val()).isEqualTo("Trygghetsvandring i centrum");
    }

    @Test
    void aFileThatIsNotAPictureIsRefused() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        Document page = html(mvc.perform(edit(id).file(new MockMultipartFile("imageFile", "x.png", "image/png",
                "<script>alert(1)</script>".getBytes()))));
        assertThat(error(page, "imageFile")).contains("PNG");
    }

    @Test
    void rowButtonsSaveWhatIsTypedAndAddOrRemoveTheRow() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        String police = police(id);
        Document page = html(mvc.perform(edit(id).param("lead", "Vi lovar lugnare gator.")
                .param("commitments[0].title", "Första").param("commitments[0].responsible", police)
                .param("action", "add-commitment")));
        assertThat(page.select("#commitments-0-title").val()).isEqualTo("Första");
        assertThat(page.select("#commitments-1-title")).hasSize(1);
        assertThat(page.select(".alert-success").text()).isEqualTo("Ändringarna är sparade.");
        var saved = management.find(new PromiseId(id), admin()).orElseThrow();
        assertThat(saved.content().lead()).isEqualTo("Vi lovar lugnare gator.");
        assertThat(saved.content().commitments()).extracting(PromiseContent.Commitment::title).containsExactly("Första");
        // The page carries the new version, so the next save is not taken for a colleague's.
        assertThat(page.select("input[name=version]").val()).isEqualTo(Integer.toString(saved.version()));

        page = html(mvc.perform(edit(id).param("commitments[0].title", "Första").param("commitments[1].title", "Andra")
                .param("commitments[0].responsible", police).param("commitments[1].responsible", police)
                .param("action", "remove-commitment-0")));
        assertThat(page.select("#commitments-0-title").val()).isEqualTo("Andra");
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().commitments())
                .extracting(PromiseContent.Commitment::title).containsExactly("Andra");
    }

    @Test
    void aThemeIsSavedWithItsCommitmentAndOneNotOfferedIsRefusedOnItsField() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        String police = police(id);
        Document refused = html(mvc.perform(edit(id).param("commitments[0].title", "Fler trafikkontroller")
                .param("commitments[0].responsible", police).param("commitments[0].theme", "GISSNING")));
        assertThat(error(refused, "commitments-0-theme")).isEqualTo("Välj ett av temana i listan.");
        assertThat(refused.select("#commitments-0-title").val()).isEqualTo("Fler trafikkontroller");
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().commitments()).isEmpty();

        mvc.perform(edit(id).param("commitments[0].title", "Fler trafikkontroller")
                .param("commitments[0].responsible", police).param("commitments[0].theme", "TRAFFIC"));
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().commitments())
                .extracting(PromiseContent.Commitment::theme).containsExactly(Theme.TRAFFIC);
    }

    @Test
    void aRowButtonThatCannotSaveSaysSoAndKeepsEverythingTyped() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        // A commitment without a responsible party cannot be saved.
        Document page = html(mvc.perform(edit(id).param("commitments[0].title", "Utan ansvarig")
                .param("lead", "Skrivet men inte sparat.").param("action", "add-goal")));
        assertThat(page.select(".alert-warning[role=status]").text()).contains("Ändringarna kunde inte sparas");
        assertThat(page.select("#error-summary").text()).contains("Välj minst en ansvarig part.");
        assertThat(page.select("#commitments-0-title").val()).isEqualTo("Utan ansvarig");
        assertThat(page.select("#lead").text()).isEqualTo("Skrivet men inte sparat.");
        assertThat(page.select("#goals-0-text")).hasSize(1);
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().lead()).isNotEqualTo(
                "Skrivet men inte sparat.");
    }

    @Test
    void typingThatWasNeverSavedIsOfferedBackRestoredAndGoneOnceSaved() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        int version = management.find(new PromiseId(id), admin()).orElseThrow().version();
        mvc.perform(draft(id, version).param("lead", "Skrivet innan fliken stängdes.")
                .param("commitments[0].title", "Ett åtagande som aldrig sparades")).andExpect(status().isNoContent());
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().lead())
                .isNotEqualTo("Skrivet innan fliken stängdes.");

        Document offered = html(mvc.perform(get("/manage/promises/" + id + "/edit")));
        assertThat(offered.select("#unsaved-typing").text()).contains("Du har ändringar i löftet som aldrig sparades");
        assertThat(offered.select("#lead").text()).isNotEqualTo("Skrivet innan fliken stängdes.");

        Document restored = html(mvc.perform(get("/manage/promises/" + id + "/edit").param("restore", "true")));
        assertThat(restored.select("#lead").text()).isEqualTo("Skrivet innan fliken stängdes.");
        assertThat(restored.select("#commitments-0-title").val()).isEqualTo("Ett åtagande som aldrig sparades");
        assertThat(restored.select(".alert-success[role=status]").text()).contains("Det är inte sparat i löftet");

        mvc.perform(edit(id).param("lead", "Skrivet innan fliken stängdes.")).andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get("/manage/promises/" + id + "/edit"))).select("#unsaved-typing")).isEmpty();
        assertThat(jdbc.sql("select count(*) from promise_editor_draft where promise_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void restoredTypingSaysWhenAColleagueSavedSinceAndCanBeDiscarded() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        int version = management.find(new PromiseId(id), admin()).orElseThrow().version();
        mvc.perform(draft(id, version).param("lead", "Min text")).andExpect(status().isNoContent());
        mvc.perform(edit(id).param("situation", "En kollegas text")).andExpect(status().is3xxRedirection());
        mvc.perform(draft(id, version).param("lead", "Min text, lite längre")).andExpect(status().isNoContent());

        Document restored = html(mvc.perform(get("/manage/promises/" + id + "/edit").param("restore", "true")));
        assertThat(restored.select(".alert-warning[role=status]").text()).contains("Någon annan har sparat löftet");
        assertThat(restored.select("#lead").text()).isEqualTo("Min text, lite längre");

        mvc.perform(post("/manage/promises/" + id + "/draft/discard").with(csrf()))
                .andExpect(redirectedUrl("/manage/promises/" + id + "/edit"));
        assertThat(html(mvc.perform(get("/manage/promises/" + id + "/edit"))).select("#unsaved-typing")).isEmpty();
    }

    @Test
    void typingTheSameAsSavedIsNotOffered() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        var promise = management.find(new PromiseId(id), admin()).orElseThrow();
        mvc.perform(draft(id, promise.version())).andExpect(status().isNoContent());
        assertThat(html(mvc.perform(get("/manage/promises/" + id + "/edit"))).select("#unsaved-typing")).isEmpty();
    }

    @Test
    void onlyThePartiesEditorsKeepTyping() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        staff.member("editor.draft.viewer", staff.municipality("amal"), Role.VIEWER);
        int version = management.find(new PromiseId(id), admin()).orElseThrow().version();
        mvc.perform(draft(id, version).param("lead", "Inte min").with(user("editor.draft.viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/manage/promises/" + id + "/draft").param("lead", "Utan token"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from promise_editor_draft where promise_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    /** What the editor page's script sends: the typed form, as the form would, without a button. */
    private MockMultipartHttpServletRequestBuilder draft(long id, int version) {
        return typed("/manage/promises/" + id + "/draft", id, version);
    }

    @Test
    void publishingBeforeEveryPartySignedIsRefusedWithAMessage() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        fill(id);
        var promise = management.find(new PromiseId(id), admin()).orElseThrow();
        mvc.perform(post("/manage/promises/" + id + "/sign").with(csrf())
                .param("party", Long.toString(promise.content().parties().getFirst().id().value())));
        var refused = mvc.perform(post("/manage/promises/" + id + "/publish").with(csrf())
                .param("publisherName", "Eva Editor")).andReturn();
        // The message waits in the session, which lives in the database: follow with its cookie.
        Document page = html(mvc.perform(get("/manage/promises/" + id)
                .cookie(refused.getResponse().getCookie("SESSION"))));
        assertThat(page.select(".alert-error").text()).contains("alla parter har undertecknat").contains("Åmål");
        assertThat(published.revisions(new PromiseId(id))).isEmpty();
    }

    @Test
    void signPublishReviseAndRepublishShowsBothRevisionsWithTheChange() throws Exception {
        int year = TestYears.next();
        long id = parties.create(mvc, year);
        fill(id);
        signAllAndPublish(id);
        var promise = management.find(new PromiseId(id), admin()).orElseThrow();
        var revised = filled(id);
        revised.set("goals[0].target", "8");
        mvc.perform(edit(id, promise.version()).params(revised))
                .andExpect(redirectedUrlPattern("/manage/promises/*"));
        signAllAndPublish(id);
        Document page = html(mvc.perform(get("/kommun/amal/medborgarlofte/" + year)));
        assertThat(page.select(".version-list > li")).hasSize(2);
        assertThat(page.select(".changes").text()).contains("Mål 1 – målvärde").contains("5").contains("8");
        assertThat(page.select(".goal-target").text()).contains("minst 8 individer");
    }

    @Test
    void focusPlacesTickedInTheEditorAreFrozenInThePublishedRevisionAndItsChangeIsListed() throws Exception {
        int year = TestYears.next();
        long id = parties.create(mvc, year);
        long torget = focusPlace(parties.amal(), "Torget " + year);
        long station = focusPlace(parties.amal(), "Stationsområdet " + year);

        Document form = html(mvc.perform(get("/manage/promises/" + id + "/edit")));
        assertThat(form.select("input[name=commitments[0].focusPlaceIds]")).isEmpty();
        assertThat(form.select("input[name=focusPlaceIds][value=" + torget + "]")).hasSize(1);

        var params = filled(id);
        params.add("focusPlaceIds", Long.toString(station));
        params.add("commitments[1].focusPlaceIds", Long.toString(torget));
        mvc.perform(edit(id).params(params)).andExpect(redirectedUrlPattern("/manage/promises/*"));
        signAllAndPublish(id);

        var revised = filled(id);
        revised.add("focusPlaceIds", Long.toString(station));
        revised.add("commitments[1].focusPlaceIds", Long.toString(torget));
        revised.add("commitments[1].focusPlaceIds", Long.toString(station));
        mvc.perform(edit(id).params(revised)).andExpect(redirectedUrlPattern("/manage/promises/*"));
        signAllAndPublish(id);

        jdbc.sql("update focus_place set name = ? where id = ?").params("Omdöpt " + year, torget).update();
        var first = published.revisions(new PromiseId(id)).getFirst().content();
        assertThat(first.commitments().get(1).focusPlaceRefs())
                .containsExactly(new se.lofte.promises.PromiseContent.FocusPlaceRef(torget, "Torget " + year));
        assertThat(first.focusPlaceRefs()).extracting(se.lofte.promises.PromiseContent.FocusPlaceRef::name)
                .containsExactly("Stationsområdet " + year);

        Document page = html(mvc.perform(get("/kommun/amal/medborgarlofte/" + year)));
        assertThat(page.select(".commitments li:nth-child(2) .where").text())
                .as("in the order offered, by name").isEqualTo("Var: Stationsområdet " + year + ", Torget " + year);
        assertThat(page.select("#places + ul").text()).contains("Stationsområdet " + year);
        assertThat(page.select(".changes").text()).contains("Åtagande 2 – platser:")
                .contains("Stationsområdet " + year + ", Torget " + year);
        assertThat(page.text()).doesNotContain("Omdöpt " + year);
    }

    @Test
    void aFocusPlaceOfNoPartyIsRefusedOnItsField() throws Exception {
        long id = parties.create(mvc, TestYears.next());
        // Written directly: the signed-in admin has no role in Mellerud, and gets none here.
        var mellerud = staff.municipality("mellerud");
        jdbc.sql("insert into focus_place (organisation_id, name, created_at) values (?, ?, ?)")
                .params(mellerud.value(), "Mellerud torg " + id, java.time.OffsetDateTime.now()).update();
        long elsewhere = jdbc.sql("select max(id) from focus_place where organisation_id = ?").param(mellerud.value())
                .query(Long.class).single();
        var params = filled(id);
        params.add("commitments[0].focusPlaceIds", Long.toString(elsewhere));
        Document page = html(mvc.perform(edit(id).params(params)).andExpect(status().isOk()));
        assertThat(page.select(".error-summary a[href=#commitments-0-focusPlaceIds]").text())
                .isEqualTo("Åtagande 1: Fokusplatsen finns inte, eller hör inte till någon av löftets parter.");
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().content().commitments()).isEmpty();
    }

    /** A focus place of the organisation made of one small area, written as an editor of it may. */
    private long focusPlace(se.lofte.organisations.OrganisationId organisation, String name) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into area (organisation_id, kind, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                        + " values (?, 'OTHER', ?, 'POLYGON ((12 59, 12.01 59, 12.01 59.01, 12 59.01, 12 59))',"
                        + " 12, 59, 12.01, 59.01)")
                .params(organisation.value(), name).update(keys, "id");
        long area = keys.getKeyAs(Number.class).longValue();
        var saved = focusPlaces.create(organisation, name, "", java.util.Set.of(area), java.util.Set.of(), admin());
        assertThat(saved.problems()).isEmpty();
        return saved.id().value();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToLoginAndCannotWrite() throws Exception {
        mvc.perform(get("/manage/promises")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/manage/promises/new").with(csrf()).param("title", "x"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "removed-meanwhile")
    void aSignedInNameWithoutAnAccountIsRefusedNotAnError() throws Exception {
        mvc.perform(get("/manage/promises")).andExpect(status().isForbidden());
        mvc.perform(get("/manage/publishing/preview/1")).andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/manage/promises/new").param("title", "x")).andExpect(status().isForbidden());
    }

    @Test
    void unknownPromisesAreNotFound() throws Exception {
        mvc.perform(get("/manage/promises/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/manage/promises/abc/edit")).andExpect(status().isNotFound());
        mvc.perform(post("/manage/promises/999999/sign").with(csrf()).param("party", "1"))
                .andExpect(status().isNotFound());
    }

    private void signAllAndPublish(long id) throws Exception {
        EditorFixtures.signAllAndPublish(mvc, jdbc, id,
                management.find(new PromiseId(id), admin()).orElseThrow().content());
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().unpublishedChanges()).isFalse();
    }

    private void fill(long id) throws Exception {
        mvc.perform(edit(id).params(filled(id))).andExpect(status().is3xxRedirection());
    }

    private org.springframework.util.MultiValueMap<String, String> filled(long id) {
        return EditorFixtures.sections(management.find(new PromiseId(id), admin()).orElseThrow().content());
    }

    /** The new-promise form for Åmål, with one field typed differently when {@code field} is given. */
    private MockHttpServletRequestBuilder newPromise(int year, String... field) {
        var params = parties.newPromise(year);
        if (field.length == 2) {
            params.set(field[0], field[1]);
        }
        return post("/manage/promises/new").with(csrf()).params(params);
    }

    private MockMultipartHttpServletRequestBuilder edit(long id) {
        return edit(id, management.find(new PromiseId(id), admin()).orElseThrow().version());
    }

    private MockMultipartHttpServletRequestBuilder edit(long id, int version) {
        return typed("/manage/promises/" + id + "/edit", id, version);
    }

    /** The editor's form as saved, posted to {@code path}: parties, period and title, and the given version. */
    private MockMultipartHttpServletRequestBuilder typed(String path, long id, int version) {
        var promise = management.find(new PromiseId(id), admin()).orElseThrow();
        var builder = multipart(path);
        builder.with(csrf()).param("version", Integer.toString(version))
                .param("policeId", Long.toString(promise.content().parties().get(0).id().value()))
                .param("municipalityId", Long.toString(promise.content().parties().get(1).id().value()))
                .param("start", promise.content().start().toString())
                .param("end", promise.content().end().toString())
                .param("title", promise.content().title());
        return builder;
    }

    private int year(long id) {
        return management.find(new PromiseId(id), admin()).orElseThrow().content().startYear();
    }

    /** The id of the promise's police party, as the form sends it. */
    private String police(long id) {
        return Long.toString(management.find(new PromiseId(id), admin()).orElseThrow().content().parties()
                .getFirst().id().value());
    }

    private static String error(Document page, String fieldId) {
        return page.select("#" + fieldId + "-error").text();
    }
}
