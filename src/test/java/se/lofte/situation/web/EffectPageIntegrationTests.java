package se.lofte.situation.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * "Did it work" on seeded incidents whose counts are known ({@link EffectFixture}): a focus place, the ground 200 m
 * around it and a control focus place, ten days of a measure against the ten before. Run on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EffectPageIntegrationTests {

    static final String FROM = EffectFixture.FROM;
    static final String TO = EffectFixture.TO;

    @RegisterExtension
    final EffectFixture fixture = EffectFixture.inAmal().member("ef.amal.analytiker", Role.ANALYST)
            .member("ef.amal.rapportor", Role.REPORTER);
    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheFocusPlaceTheGroundAroundItAndTheControlAndReadsTheFigures() throws Exception {
        Document page = effect("ef.amal.analytiker", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                "buffer", "200", "control", "f:" + fixture.control(), "category", "Stöld");

        assertThat(page.select("#effect-counts tbody tr").eachText()).containsExactly(
                "Fokusplatsen 12 4 \u22128", "Runt platsen (200 m) 3 5 +2", "Kontrollområdet 10 9 \u22121");
        // WDD = (4 - 12) - (9 - 10) + (5 - 3) - (9 - 10) = -4, standard error sqrt(12+4+10+9+3+5+10+9) = 7.87
        // (Wheeler & Ratcliffe 2018, with the buffer compared with the same control area).
        assertThat(page.select("dl.effect-figures dt").first().text())
                .startsWith("Viktad förflyttningsskillnad (WDD): \u22124,0 (medelfel 7,9; z = \u22120,51;");
        assertThat(page.select("dl.effect-figures dd").first().text())
                .contains("Skillnaden mot kontrollområdets utveckling är så liten att den kan bero på slumpen.");
        // The E-test's only caution on few incidents is that 4 is below 10.
        assertThat(page.select("dl.effect-figures").text()).contains("Få händelser.", "E-test");
        // The address holds the choice: the form shows it back.
        assertThat(page.select("#place option[selected]").val()).isEqualTo("f:" + fixture.target());
        assertThat(page.select("#control option[selected]").val()).isEqualTo("f:" + fixture.control());
        assertThat(page.select("#buffer").val()).isEqualTo("200");
    }

    @Test
    void aNarrowerBufferAndEveryCategoryCountWhatTheyShould() throws Exception {
        Document all = effect("ef.amal.analytiker", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                "control", "a:" + fixture.controlArea());
        // Every category: the fire around the place counts too. The default buffer is 200 m.
        assertThat(all.select("#effect-counts tbody tr").eachText()).containsExactly(
                "Fokusplatsen 12 4 \u22128", "Runt platsen (200 m) 3 6 +3", "Kontrollområdet 10 9 \u22121");

        Document narrow = effect("ef.amal.analytiker", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                "buffer", "30", "control", "a:" + fixture.controlArea());
        assertThat(narrow.select("#effect-counts tbody tr").get(1).text()).isEqualTo("Runt platsen (30 m) 0 0 0");
    }

    @Test
    void badInputIsToldOnItsFieldNeverAnError() throws Exception {
        Document page = html(mvc.perform(as("ef.amal.analytiker", get("/manage/situation/effect")
                        .param("place", "x").param("from", "2026-03-10").param("to", "2026-03-01")
                        .param("buffer", "tio").param("control", "")))
                .andExpect(status().isOk()));
        assertThat(page.select(".field-error .error-message").eachText()).contains(
                "Välj en fokusplats i listan.",
                "Från-datumet är efter till-datumet. Byt plats på dem.",
                "Avståndet tio går inte att använda. Skriv ett heltal från 1 till 5000 meter.",
                "Välj ett kontrollområde: en plats som liknar fokusplatsen men där insatsen inte gjordes.");
        assertThat(page.select("#effect-counts")).isEmpty();

        Document same = effect("ef.amal.analytiker", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                "control", "f:" + fixture.target());
        assertThat(same.select("#control-error").text()).isEqualTo(
                "Kontrollområdet kan inte vara fokusplatsen själv. Välj en annan plats.");

        // A focus place the member cannot see is refused like one that does not exist.
        staff.member("ef.mellerud.analytiker", organisations.municipalityBySlug("mellerud").orElseThrow().id(),
                Role.ANALYST);
        Document elsewhere = effect("ef.mellerud.analytiker", "place", "f:" + fixture.target(), "from", FROM,
                "to", TO, "control", "f:" + fixture.control());
        assertThat(elsewhere.select("#place-error").text()).isEqualTo("Välj en fokusplats i listan.");
        assertThat(elsewhere.text()).doesNotContain("Effekt fokus");
    }

    @Test
    void aControlAreaInAnotherMunicipalityIsRefused() throws Exception {
        staff.member("ef.admin", fixture.amal().id(), Role.VIEWER);
        staff.systemAdministrator("ef.admin");
        Organisation mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        long elsewhere = MapFixture.area(jdbc, mellerud, "Effekt Mellerud", 12.44, 58.69, 12.45, 58.70);
        try {
            Document page = effect("ef.admin", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                    "control", "a:" + elsewhere);
            assertThat(page.select("#control-error").text()).startsWith("Kontrollområdet ligger i en annan kommun");
            assertThat(page.select("#effect-counts")).isEmpty();
            // The same person with a control in Åmål gets the answer.
            assertThat(effect("ef.admin", "place", "f:" + fixture.target(), "from", FROM, "to", TO, "control",
                    "a:" + fixture.controlArea()).select("#effect-counts")).hasSize(1);
        } finally {
            jdbc.sql("delete from area where id = ?").param(elsewhere).update();
        }
    }

    @Test
    void theEmptyFormAsksNothingAndOffersTheMembersPlaces() throws Exception {
        Document page = effect("ef.amal.analytiker");
        assertThat(page.select(".error-message")).isEmpty();
        assertThat(page.select("#place option").eachText()).contains("Effekt fokus", "Effekt jämförelse");
        assertThat(page.select("#control option").eachText()).contains("Effekt kontroll");
        assertThat(page.select("#buffer").val()).isEqualTo("200");
    }

    @Test
    void theEnglishPageReadsTheFiguresInEnglish() throws Exception {
        Document page = effect("ef.amal.analytiker", "place", "f:" + fixture.target(), "from", FROM, "to", TO,
                "control", "f:" + fixture.control(), "category", "Stöld", "lang", "en");
        assertThat(page.select("h1").text()).isEqualTo("Did the measure work?");
        assertThat(page.select("#effect-counts tbody tr").first().text()).isEqualTo("The focus place 12 4 \u22128");
        assertThat(page.select("dl.effect-figures dt").first().text()).contains("\u22124.0 (standard error 7.9;");
        assertThat(page.select("dl.effect-figures").text()).doesNotContain("Fokusplatsen", "medelfel");
    }

    @Test
    void onlyStaffWhoSeeTheSituationPictureMayAsk() throws Exception {
        mvc.perform(get("/manage/situation/effect")).andExpect(status().is3xxRedirection());
        mvc.perform(as("ef.amal.rapportor", get("/manage/situation/effect"))).andExpect(status().isForbidden());
    }

    @Test
    void theOverviewLinksThePage() throws Exception {
        assertThat(html(mvc.perform(as("ef.amal.analytiker", get("/manage/situation"))).andExpect(status().isOk()))
                .select("a[href=/manage/situation/effect]")).hasSize(1);
    }

    private Document effect(String username, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = as(username, get("/manage/situation/effect"));
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return html(mvc.perform(request).andExpect(status().isOk()));
    }
}
