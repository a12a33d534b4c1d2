package se.lofte.promises.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureInput;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePlace;
import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * The keys of commitments and goals are the server's: whatever the promise form's hidden key fields bring is
 * kept only when it is a well-formed key, so nothing else reaches the tables that refer to keys or the pages
 * that write them into markup. Revisions published before keys were checked may hold any key; every page
 * that shows them writes it escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@WithMockUser(username = "admin")
class PromiseKeysIntegrationTests {

    private static final String HOSTILE = "x\"><b class=INJ>i<img src=x onerror=alert(1)>";
    private static final String SIXTY = "k".repeat(60);
    private static final String WELL_FORMED = "[a-z0-9-]{1,40}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    PromiseManagement management;
    @Autowired
    MeasureManagement measures;
    @Autowired
    TestStaff staff;
    @Autowired
    ProgressManagement progress;
    @Autowired
    JdbcClient jdbc;

    EditorFixtures.Parties parties;

    @BeforeEach
    void adminWritesAndSignsForBothParties() {
        parties = EditorFixtures.adminWritesAndSignsForBothParties(staff);
    }

    /** A new promise of the year whose first commitment and goal were posted with this key, which Löfte replaced. */
    private long savedWithKeys(int year, String key) throws Exception {
        long id = parties.create(mvc, year);
        var params = filled(id);
        params.set("commitments[0].key", key);
        params.set("goals[0].key", key);
        save(id, params);
        assertWellFormedKeys(id);
        return id;
    }

    @Test
    void aHostileKeyPostedInThePromiseFormIsReplacedAndNoPageCarriesIt() throws Exception {
        int year = TestYears.next();
        long id = savedWithKeys(year, HOSTILE);

        signAllAndPublish(id);
        save(id, formAsShown(id, "goals[0].target", "8"));
        signAllAndPublish(id);

        for (String address : pages(year)) {
            String html = mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertNothingInjected(address, Jsoup.parse(html));
            assertThat(html).as(address).doesNotContain("class=INJ");
        }
        String staffForm = mvc.perform(get("/manage/promises/" + id + "/edit")).andReturn().getResponse()
                .getContentAsString();
        assertThat(staffForm).doesNotContain("class=INJ");
    }

    @Test
    void keysOverFortyCharactersAreReplacedAndWhatRefersToThemKeepsWorking() throws Exception {
        int year = TestYears.next();
        long id = savedWithKeys(year, SIXTY);

        PromiseContent saved = content(id);
        String goal = saved.goals().getFirst().key();
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/" + goal + "/indicator").with(csrf())
                .param("kind", "manual")).andExpect(status().is3xxRedirection());
        // The editor opens the form and saves it as it is: the keys it hands out come back and are kept.
        save(id, formAsShown(id, "lead", "Polisen och kommunen lovar ett tryggare Åmål."));
        assertThat(content(id).goals().getFirst().key()).isEqualTo(goal);
        assertThat(content(id).commitments().getFirst().key()).isEqualTo(saved.commitments().getFirst().key());
        signAllAndPublish(id);
        Document page = html(mvc.perform(get("/kommun/amal/medborgarlofte/" + year)));
        assertThat(page.select(".goals > li").first().select(".goal-source").text())
                .as("the goal keeps the data source chosen for it").contains("Räknas för hand");

        String description = "Trafikkontroll vid torget " + year;
        // A measure lies within its promise's period: a day of the promise's year.
        clock.setDay(LocalDate.of(year, 6, 15));
        var logged = measures.log(new PromiseId(id), new MeasureInput(List.of(saved.commitments().getFirst().key()),
                LocalDate.of(year, 6, 15), null, MeasurePlace.nowhere(),
                saved.parties().getFirst().id(), "trafikkontroll",
                List.of(new MeasureInput.OutputLine("20", "fordon kontrollerade")), description, null, false,
                List.of(), List.of()), admin());
        assertThat(logged.problems()).isEmpty();

        page = html(mvc.perform(get("/kommun/amal/medborgarlofte/" + year)));
        assertThat(page.select(".commitments > li").first().text())
                .as("the measure is shown under its commitment").contains(description);
    }

    @Test
    void aRevisionPublishedWithAHostileKeyIsShownEscapedOnEveryPage() throws Exception {
        int year = TestYears.next();
        long id = parties.create(mvc, year);
        var params = filled(id);
        params.set("commitments[0].key", "old-commitment");
        params.set("goals[0].key", "old-goal");
        save(id, params);
        // A working copy saved before keys were checked: the hostile key goes straight into the stored text.
        String json = jdbc.sql("select draft_json from promise where id = ?").param(id).query(String.class).single();
        String hostile = HOSTILE.replace("\"", "\\\"");
        jdbc.sql("update promise set draft_json = ? where id = ?")
                .params(json.replace("\"old-commitment\"", "\"" + hostile + "\"")
                        .replace("\"old-goal\"", "\"" + hostile + "\""), id)
                .update();
        assertThat(content(id).goals().getFirst().key()).isEqualTo(HOSTILE);
        signAllAndPublish(id);
        // A value, so that the goal's chart (whose ids are made from the key) is drawn.
        assertThat(progress.chooseIndicator(new PromiseId(id), HOSTILE, "manual", Map.of(), admin())).isEmpty();
        assertThat(progress.recordCount(new PromiseId(id), HOSTILE, "1",
                LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), admin())).isEmpty();

        for (String address : List.of("/kommun/amal/medborgarlofte/" + year,
                "/kommun/amal/medborgarlofte/" + year + "?utskrift=1",
                "/kommun/amal/medborgarlofte/" + year + "?lang=en",
                "/widget/kommun/amal/medborgarlofte/" + year, "/widget/kommun/amal/medborgarlofte/" + year + ".html",
                "/manage/promises/" + id + "/edit", "/manage/progress/promises/" + id,
                "/manage/measures/promises/" + id + "/new")) {
            assertNothingInjected(address, html(mvc.perform(get(address)).andExpect(status().isOk())));
        }
        Document page = html(mvc.perform(get("/kommun/amal/medborgarlofte/" + year)));
        assertThat(page.select("svg.goal-chart title").attr("id")).as("the key is written as text")
                .isEqualTo("chart-" + HOSTILE + "-title");

        // Saving the working copy again gives the block a well-formed key; the published revision keeps its own.
        save(id, formAsShown(id, "goals[0].target", "8"));
        assertWellFormedKeys(id);
        signAllAndPublish(id);
        for (String address : pages(year)) {
            assertNothingInjected(address, html(mvc.perform(get(address)).andExpect(status().isOk())));
        }
    }

    /** Every page that shows the promise: latest, print, English, the first revision, widgets and feed. */
    private static List<String> pages(int year) {
        String page = "/kommun/amal/medborgarlofte/" + year;
        return List.of(page, page + "?utskrift=1", page + "?lang=en", page + "/version/1",
                page + "/version/1?utskrift=1", page + "/version/1?lang=en", "/widget" + page,
                "/widget" + page + ".html", page + "/flode.atom");
    }

    private static void assertNothingInjected(String address, Document page) {
        assertThat(page.select("b.INJ")).as(address).isEmpty();
        assertThat(page.select("img[src=x]")).as(address).isEmpty();
        assertThat(page.select("[onerror]")).as(address).isEmpty();
    }

    private void assertWellFormedKeys(long id) {
        PromiseContent saved = content(id);
        List<String> keys = new ArrayList<>();
        saved.commitments().forEach(c -> keys.add(c.key()));
        saved.goals().forEach(g -> keys.add(g.key()));
        assertThat(keys).isNotEmpty().allMatch(key -> key.matches(WELL_FORMED));
        assertThat(saved.commitments().stream().map(PromiseContent.Commitment::key).distinct())
                .hasSameSizeAs(saved.commitments());
        assertThat(saved.goals().stream().map(PromiseContent.Goal::key).distinct()).hasSameSizeAs(saved.goals());
    }

    private StaffMember admin() {
        return staff.member("admin");
    }

    private PromiseContent content(long id) {
        return management.find(new PromiseId(id), admin()).orElseThrow().content();
    }

    private void save(long id, MultiValueMap<String, String> params) throws Exception {
        mvc.perform(multipart("/manage/promises/" + id + "/edit").with(csrf()).params(params))
                .andExpect(status().is3xxRedirection());
    }

    /** The edit form as the browser would send it, with one field typed anew. */
    private MultiValueMap<String, String> formAsShown(long id, String field, String value) throws Exception {
        Document page = html(mvc.perform(get("/manage/promises/" + id + "/edit")));
        var form = (FormElement) page.selectFirst("form[action=/manage/promises/" + id + "/edit]");
        var params = new LinkedMultiValueMap<String, String>();
        form.formData().forEach(pair -> params.add(pair.key(), pair.value()));
        params.remove("_csrf");
        params.set(field, value);
        params.set("action", "save");
        return params;
    }

    /** A whole promise for both parties, with a numeric goal of the police first. */
    private MultiValueMap<String, String> filled(long id) {
        var promise = management.find(new PromiseId(id), admin()).orElseThrow();
        String police = Long.toString(promise.content().parties().get(0).id().value());
        String municipality = Long.toString(promise.content().parties().get(1).id().value());
        var params = new LinkedMultiValueMap<String, String>();
        params.add("version", Integer.toString(promise.version()));
        params.add("policeId", police);
        params.add("municipalityId", municipality);
        params.add("start", promise.content().start().toString());
        params.add("end", promise.content().end().toString());
        params.add("title", promise.content().title());
        params.addAll(EditorFixtures.sections(promise.content()));
        return params;
    }

    private void signAllAndPublish(long id) throws Exception {
        EditorFixtures.signAllAndPublish(mvc, jdbc, id, content(id));
        assertThat(management.find(new PromiseId(id), admin()).orElseThrow().unpublishedChanges()).isFalse();
    }
}
