package se.lofte.situation.web;

import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * "Did it work" on seeded incidents whose counts are known: a focus place (one small area in Åmål), the ground
 * 200 m around it and a control focus place, ten days of a measure against the ten before. Run on H2 and
 * PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EffectPageIntegrationTests {

    /** The measure: 1–10 March 2026; the ten days before are 19–28 February. */
    static final String FROM = "2026-03-01";
    static final String TO = "2026-03-10";

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    Organisation amal;
    String source;
    long targetArea;
    long controlArea;
    long target;
    long control;
    int serial;

    @BeforeEach
    void placesAndIncidents() {
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        staff.member("ef.amal.analytiker", amal.id(), Role.ANALYST);
        staff.member("ef.amal.rapportor", amal.id(), Role.REPORTER);
        source = SituationTestData.uniqueSource();
        // About 115 m east-west by 111 m north-south.
        targetArea = area("Effekt torget", 12.700, 59.050, 12.702, 59.051);
        controlArea = area("Effekt kontroll", 12.650, 59.030, 12.660, 59.035);
        target = focusPlace("Effekt fokus", targetArea);
        control = focusPlace("Effekt jämförelse", controlArea);

        // The focus place: 12 before, 4 during; one each on the day before "before" and after the measure.
        incidents(12, "Stöld", "2026-02-20T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        incidents(4, "Stöld", "2026-03-05T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        incidents(1, "Stöld", "2026-02-18T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        incidents(1, "Stöld", "2026-03-11T12:00:00+01:00", "POINT", 59.0505, 12.701, targetArea);
        // Around it: about 55 m north of its edge, 3 before and 5 during; a fire there is another category.
        incidents(3, "Stöld", "2026-02-25T12:00:00+01:00", "POINT", 59.0515, 12.701, null);
        incidents(5, "Stöld", "2026-03-08T12:00:00+01:00", "SEGMENT", 59.0515, 12.701, null);
        incidents(1, "Brand", "2026-03-08T12:00:00+01:00", "POINT", 59.0515, 12.701, null);
        // Never around it: 440 m away, and an AREA incident whose stand-in position falls in the buffer.
        incidents(2, "Stöld", "2026-03-08T12:00:00+01:00", "POINT", 59.055, 12.701, null);
        incidents(1, "Stöld", "2026-03-08T12:00:00+01:00", "AREA", 59.0515, 12.701, null);
        // The control place: 10 before, 9 during.
        incidents(10, "Stöld", "2026-02-22T12:00:00+01:00", "POINT", 59.032, 12.655, controlArea);
        incidents(9, "Stöld", "2026-03-02T12:00:00+01:00", "POINT", 59.032, 12.655, controlArea);
    }

    @AfterEach
    void remove() {
        jdbc.sql("delete from incident where source = ?").param(source).update();
        jdbc.sql("delete from focus_place_part where focus_place_id in (?, ?)").params(target, control).update();
        jdbc.sql("delete from focus_place where id in (?, ?)").params(target, control).update();
        jdbc.sql("delete from area where id in (?, ?)").params(targetArea, controlArea).update();
    }

    @Test
    void countsTheFocusPlaceTheGroundAroundItAndTheControlAndReadsTheFigures() throws Exception {
        Document page = effect("ef.amal.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "buffer", "200", "control", "f:" + control, "category", "Stöld");

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
        assertThat(page.select("#place option[selected]").val()).isEqualTo("f:" + target);
        assertThat(page.select("#control option[selected]").val()).isEqualTo("f:" + control);
        assertThat(page.select("#buffer").val()).isEqualTo("200");
    }

    @Test
    void aNarrowerBufferAndEveryCategoryCountWhatTheyShould() throws Exception {
        Document all = effect("ef.amal.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "control", "a:" + controlArea);
        // Every category: the fire around the place counts too. The default buffer is 200 m.
        assertThat(all.select("#effect-counts tbody tr").eachText()).containsExactly(
                "Fokusplatsen 12 4 \u22128", "Runt platsen (200 m) 3 6 +3", "Kontrollområdet 10 9 \u22121");

        Document narrow = effect("ef.amal.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "buffer", "30", "control", "a:" + controlArea);
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

        Document same = effect("ef.amal.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "control", "f:" + target);
        assertThat(same.select("#control-error").text()).isEqualTo(
                "Kontrollområdet kan inte vara fokusplatsen själv. Välj en annan plats.");

        // A focus place the member cannot see is refused like one that does not exist.
        staff.member("ef.mellerud.analytiker", organisations.municipalityBySlug("mellerud").orElseThrow().id(),
                Role.ANALYST);
        Document elsewhere = effect("ef.mellerud.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "control", "f:" + control);
        assertThat(elsewhere.select("#place-error").text()).isEqualTo("Välj en fokusplats i listan.");
        assertThat(elsewhere.text()).doesNotContain("Effekt fokus");
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
        Document page = effect("ef.amal.analytiker", "place", "f:" + target, "from", FROM, "to", TO,
                "control", "f:" + control, "category", "Stöld", "lang", "en");
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

    private void incidents(int n, String category, String startsAt, String precision, double latitude,
                           double longitude, Long area) {
        for (int i = 0; i < n; i++) {
            MapFixture.incident(jdbc, source, amal, "e" + serial++, category, startsAt, precision, latitude,
                    longitude, area, null, null, null);
        }
    }

    private long area(String name, double minLon, double minLat, double maxLon, double maxLat) {
        String wkt = "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(minLon, minLat, maxLon, minLat, maxLon,
                maxLat, minLon, maxLat, minLon, minLat);
        return key(jdbc.sql("""
                        insert into area (organisation_id, kind, name, municipality_code, geometry_wkt,
                                          min_lon, min_lat, max_lon, max_lat)
                        values (:org, 'DISTRICT', :name, :code, :wkt, :minLon, :minLat, :maxLon, :maxLat)""")
                .param("org", amal.id().value()).param("name", name).param("code", amal.scbCode())
                .param("wkt", wkt).param("minLon", minLon).param("minLat", minLat).param("maxLon", maxLon)
                .param("maxLat", maxLat));
    }

    private long focusPlace(String name, long area) {
        long id = key(jdbc.sql("insert into focus_place (organisation_id, name, created_at) values (?, ?, ?)")
                .params(amal.id().value(), name, OffsetDateTime.parse("2026-01-01T00:00:00Z")));
        jdbc.sql("insert into focus_place_part (focus_place_id, area_id) values (?, ?)").params(id, area).update();
        return id;
    }

    private static long key(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKey().longValue();
    }
}
