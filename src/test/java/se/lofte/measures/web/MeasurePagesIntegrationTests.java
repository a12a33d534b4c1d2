package se.lofte.measures.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasurePromises;
import se.lofte.measures.MeasureView;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/** The measure pages as a police editor uses them, what a viewer and another organisation's editor may do there. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
@WithMockUser(username = "measures.polis")
class MeasurePagesIntegrationTests {

    @RegisterExtension
    final MeasurePromises measurePromises = new MeasurePromises();
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    MeasureManagement measures;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    MeasureFixtures.Parties parties;
    PromiseId promise;
    int year;
    String base;

    @BeforeEach
    void aPromiseAndItsStaff() {
        parties = measurePromises.parties();
        staff.member("measures.polis", parties.police().id(), Role.EDITOR);
        staff.member("measures.insyn", parties.municipality().id(), Role.VIEWER);
        staff.member("measures.amal", staff.municipality("amal"), Role.EDITOR);
        year = TestYears.next();
        // Measures lie within their promise's period.
        clock.setDay(LocalDate.of(year, 6, 15));
        promise = measurePromises.draft(year);
        base = "/manage/measures/promises/" + promise.value();
    }

    @Test
    void anEditorLogsAHeldBackAreaOnlyMeasureWithAnAttachmentAndSeesItsPublicationState() throws Exception {
        var file = new MockMultipartFile("files", "rapport.txt", "text/plain", "Internt underlag".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(base + "/new").file(file).with(csrf())
                        .param("commitments", "c1").param("start", yesterday()).param("kind", "trafikkontroll")
                        .param("responsible", Long.toString(parties.police().id().value()))
                        .param("place", "point").param("latitude", "58,98").param("longitude", "12,22")
                        .param("outputs[0].quantity", "20").param("outputs[0].unit", "fordon kontrollerade")
                        .param("outputs[1].quantity", "2,5").param("outputs[1].unit", "timmar")
                        .param("description", "Hastighetskontroll.").param("publicFrom", (year + 1) + "-12-01")
                        .param("areaOnly", "true"))
                .andExpect(redirectedUrl(base));

        Document list = html(mvc.perform(get(base)).andExpect(status().isOk()));
        assertThat(list.text()).contains("Publiceras 1 december " + (year + 1), "Visas med området",
                "20 fordon kontrollerade, 2,5 timmar", "1. Trafikkontroller", "rapport.txt");

        MeasureView logged = measures.ofPromise(promise, staff.member("measures.polis")).getFirst();
        long attachment = logged.attachments().getFirst().id();
        mvc.perform(get("/manage/measures/attachments/" + attachment).with(user("measures.insyn")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get("/manage/measures/attachments/" + attachment).with(user("measures.amal")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusedInputComesBackWithMessagesAtTheFields() throws Exception {
        Document page = html(mvc.perform(multipart(base + "/new").with(csrf())
                        .param("start", yesterday()).param("kind", "trafikkontroll")
                        .param("responsible", Long.toString(parties.police().id().value()))
                        .param("outputs[0].quantity", "-3").param("outputs[0].unit", "gripna")
                        .param("description", "Samtal med 121212-1212."))
                .andExpect(status().isOk()));

        assertThat(page.select("#description-error").text()).startsWith("Beskrivningen innehåller").contains("121212-1212");
        assertThat(page.select("#commitments-error").text()).isEqualTo("Välj minst ett åtagande.");
        assertThat(page.select("#outputs-0-quantity-error").text()).isEqualTo("Antalet kan inte vara mindre än noll.");
        assertThat(page.select("#description").text()).isEqualTo("Samtal med 121212-1212.");
        assertThat(page.select("#outputs-0-unit").val()).isEqualTo("gripna");
        assertThat(page.select(".error-summary a[href=#description]")).hasSize(1);
        assertThat(measures.ofPromise(promise, staff.member("measures.polis"))).isEmpty();
    }

    @Test
    void anEditorChangesAndDeletesAMeasureAfterConfirming() throws Exception {
        var editor = staff.member("measures.polis");
        var id = measures.log(promise, MeasureFixtures.trafficControl(parties, measures.today().minusDays(2), "5", "kontroller"),
                editor).id();

        Document form = html(mvc.perform(get("/manage/measures/" + id + "/edit")).andExpect(status().isOk()));
        assertThat(form.select("#outputs-0-quantity").val()).isEqualTo("5");
        mvc.perform(multipart("/manage/measures/" + id + "/edit").with(csrf()).param("commitments", "c1", "c2")
                        .param("start", yesterday()).param("kind", "trygghetsvandring")
                        .param("responsible", Long.toString(parties.municipality().id().value()))
                        .param("outputs[0].quantity", "12").param("outputs[0].unit", "deltagare"))
                .andExpect(redirectedUrl(base));
        assertThat(measures.find(id, editor).kind().code()).isEqualTo("trygghetsvandring");

        Document confirm = html(mvc.perform(get("/manage/measures/" + id + "/delete")).andExpect(status().isOk()));
        assertThat(confirm.select("main form button").text()).isEqualTo("Ja, ta bort insatsen");
        mvc.perform(post("/manage/measures/" + id + "/delete").with(csrf())).andExpect(redirectedUrl(base));
        assertThat(measures.ofPromise(promise, editor)).isEmpty();
    }

    @Test
    void aViewerSeesTheListButNoFormAndAnotherOrganisationSeesNothing() throws Exception {
        Document list = html(mvc.perform(get(base).with(user("measures.insyn"))).andExpect(status().isOk()));
        assertThat(list.select("a[href=" + base + "/new]")).isEmpty();
        mvc.perform(get(base + "/new").with(user("measures.insyn"))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user("measures.amal"))).andExpect(status().isForbidden());
        mvc.perform(multipart(base + "/new").with(csrf()).with(user("measures.amal")).param("commitments", "c1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aMeasureAtAFocusPlaceLinksToWhetherItWorkedWithItsPlaceAndDays() throws Exception {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into focus_place (organisation_id, name, created_at) values (?, 'Torget', ?)")
                .params(parties.police().id().value(), OffsetDateTime.now()).update(keys, "id");
        long focus = keys.getKey().longValue();
        String start = measures.today().minusDays(9).toString();
        mvc.perform(multipart(base + "/new").with(csrf())
                        .param("commitments", "c1").param("start", start).param("end", yesterday())
                        .param("kind", "trafikkontroll").param("responsible", Long.toString(parties.police().id().value()))
                        .param("place", "f:" + focus))
                .andExpect(redirectedUrl(base));

        Document list = html(mvc.perform(get(base)).andExpect(status().isOk()));
        assertThat(list.select("a[href=/manage/situation/effect?place=f:" + focus + "&from=" + start + "&to="
                + yesterday() + "]").text()).startsWith("Fungerade insatsen?");
    }

    @Test
    void theStaffPromisePageLinksToItsMeasures() throws Exception {
        Document page = html(mvc.perform(get("/manage/promises/" + promise.value())).andExpect(status().isOk()));
        assertThat(page.select("main a[href=" + base + "]").text()).isEqualTo("Insatser");
        assertThat(page.select("nav a[href=/manage/measures]")).hasSize(1);
    }

    @Test
    @WithMockUser(username = "admin")
    void anAdministratorAddsRenamesAndRetiresAKindInUse() throws Exception {
        String code = "prov-" + promise.value();
        mvc.perform(post("/manage/measures/kinds").with(csrf()).param("code", code).param("nameSv", "Prov")
                .param("nameEn", "Trial")).andExpect(redirectedUrl("/manage/measures/kinds"));
        Document refused = html(mvc.perform(post("/manage/measures/kinds").with(csrf()).param("code", "Fel kod!")
                .param("nameSv", "").param("nameEn", "x")).andExpect(status().isOk()));
        assertThat(refused.select("#code-error").text()).startsWith("Koden får bara");
        assertThat(refused.select("#nameSv-error").text()).isEqualTo("Ange ett namn.");
        assertThat(refused.select("#code").val()).isEqualTo("Fel kod!");

        mvc.perform(post("/manage/measures/kinds/" + code).with(csrf()).param("nameSv", "Provinsats")
                .param("nameEn", "Trial measure").param("sortOrder", "900").param("offered", "true"))
                .andExpect(redirectedUrl("/manage/measures/kinds"));
        var editor = staff.member("measures.polis");
        var input = MeasureFixtures.withKindAndPeriod(MeasureFixtures.trafficControl(parties, measures.today().minusDays(1),
                "1", "st"), code, measures.today().minusDays(1), null);
        assertThat(measures.log(promise, input, editor).saved()).isTrue();

        mvc.perform(post("/manage/measures/kinds/" + code + "/remove").with(csrf()))
                .andExpect(redirectedUrl("/manage/measures/kinds"));
        assertThat(measures.offeredKinds()).extracting(k -> k.code()).doesNotContain(code);
        assertThat(measures.allKinds()).filteredOn(k -> k.code().equals(code)).singleElement()
                .satisfies(k -> assertThat(k.nameSv()).isEqualTo("Provinsats"));
    }

    @Test
    void onlySystemAdministratorsEditTheKinds() throws Exception {
        mvc.perform(get("/manage/measures/kinds")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/measures/kinds/annat/remove").with(csrf())).andExpect(status().isForbidden());
    }

    private String yesterday() {
        return measures.today().minusDays(1).toString();
    }
}
