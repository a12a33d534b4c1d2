package se.lofte.situation.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.situation.SituationMap;
import se.lofte.testing.Pages;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The situation map's data (GeoJSON) and its page with the tables, through HTTP, on incidents inserted
 * with SQL ({@link MapFixture}). An analyst of Åmål sees Åmål's incidents and places, never Mellerud's;
 * AREA incidents are counted but never become points.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SituationMapIntegrationTests {

    private static final String SOURCE = "kart-test";
    private static final String DATA = "/manage/situation/map/data?source=" + SOURCE;
    private static final String PAGE = "/manage/situation/map?source=" + SOURCE;

    @RegisterExtension
    final MapFixture fixture = MapFixture.inAmalAndMellerud(SOURCE).member("amal.analytiker", Role.ANALYST);
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestStaff staff;
    @Autowired
    SituationMap map;

    @Test
    @WithMockUser("amal.analytiker")
    void pointAndSegmentIncidentsArePointFeaturesAndAreaIncidentsNeverAre() throws Exception {
        String json = data("");

        assertThat(ids(json, "incident")).containsExactlyInAnyOrder("incident-" + fixture.point(),
                "incident-" + fixture.segmentWithPosition(), "incident-" + fixture.segmentWithoutPosition());
        assertThat(json).doesNotContain("incident-" + fixture.areaOnly()).doesNotContain("\"Brand\"");
        assertThat(JsonPath.<Integer>read(json, "$.incidents.areaOnly")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(json, "$.incidents.drawn")).isEqualTo(3);
        assertThat(JsonPath.<Boolean>read(json, "$.incidents.capped")).isFalse();
        assertThat(JsonPath.<String>read(json, "$.incidents.status"))
                .isEqualTo("Kartan visar 3 händelser. En händelse med bara kommun angiven visas inte på kartan.");

        // A point keeps its own position; a segment incident without one sits halfway along its street.
        assertThat(JsonPath.<List<Double>>read(json, "$.features[?(@.id == 'incident-%d')].geometry.coordinates[*]"
                .formatted(fixture.point()))).containsExactly(12.701, 59.051);
        assertThat(JsonPath.<List<Double>>read(json, "$.features[?(@.id == 'incident-%d')].geometry.coordinates[*]"
                .formatted(fixture.segmentWithoutPosition()))).containsExactly(12.7, 59.05);
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.id == 'incident-%d')].properties.place"
                .formatted(fixture.segmentWithoutPosition()))).containsExactly("Kungsgatan");
    }

    @Test
    @WithMockUser("amal.analytiker")
    void anotherMunicipalitysIncidentsAndAreasAreInvisible() throws Exception {
        String json = data("");

        assertThat(json).doesNotContain("incident-" + fixture.mellerudPoint()).doesNotContain("Mellerud centrum");
        assertThat(ids(json, "area")).contains("area-" + fixture.amalArea()).doesNotContain("area-" + fixture.mellerudArea());
        assertThat(ids(json, "segment")).contains("segment-" + fixture.segment());

        Document page = page("");
        assertThat(page.select("#incident-table tbody tr")).hasSize(4);
        assertThat(page.text()).doesNotContain("Stationen").doesNotContain(fixture.mellerud().name());
        assertThat(page.select("#category option")).extracting(Element::text).doesNotContain("Rån i Mellerud");
    }

    @Test
    @WithMockUser("admin")
    void aSystemAdministratorSeesEveryMunicipality() throws Exception {
        String json = data("");

        assertThat(ids(json, "incident")).contains("incident-" + fixture.mellerudPoint());
        assertThat(ids(json, "area")).contains("area-" + fixture.amalArea(), "area-" + fixture.mellerudArea());
    }

    @Test
    @WithMockUser("amal.analytiker")
    void theFilterNarrowsTheMapAndTheTablesAlike() throws Exception {
        String filter = "&category=Stöld&from=2026-03-11&to=2026-03-12";

        assertThat(ids(data(filter), "incident")).containsExactly("incident-" + fixture.segmentWithPosition());
        Document page = page(filter);
        assertThat(page.select("#incident-table tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("2026-03-12 08:30", "Stöld", "Kungsgatan", "Gatusträcka"));
        assertThat(page.select("#from").attr("value")).isEqualTo("2026-03-11");
        assertThat(page.select("#category option[selected]").text()).isEqualTo("Stöld");

        // The last day is counted whole, in Swedish time: 23:59 on the 10th is in a window ending on the 10th.
        MapFixture.incident(jdbc, SOURCE, fixture.amal(), "late", "Stöld", "2026-03-10T23:59:00+01:00", "POINT",
                59.052, 12.702, null, null, null, null);
        assertThat(ids(data("&to=2026-03-10"), "incident")).hasSize(2);
    }

    @Test
    @WithMockUser("amal.analytiker")
    void theTablesCountPerCategoryAndMunicipalityAndSayWhyAreaIncidentsAreNotPoints() throws Exception {
        Document page = page("");

        assertThat(page.text()).contains("Polisens händelser anger bara kommunen, inte platsen: de räknas per kommun"
                + " men visas inte som punkter.", "En händelse i urvalet har bara kommunen angiven.",
                "Tabellerna innehåller samma händelser som kartan");
        assertThat(rows(page, "Händelser per kategori")).containsExactly("Stöld 2 0", "Brand 1 1", "Skadegörelse 1 0");
        assertThat(rows(page, "Händelser per kommun")).containsExactly(fixture.amal().name() + " 4 1");
        assertThat(rows(page, "Händelser per område")).containsExactly("Åmåls centrum 3 0");
        Element areaRow = page.select("#incident-table tbody tr:contains(Brand)").first();
        assertThat(areaRow.text()).contains("2026-03-13 03:00", fixture.amal().name(), "Bara kommun eller område");
        assertThat(areaRow.select("a").attr("href")).startsWith("https://polisen.se/");
        assertThat(page.select("#incident-table th[scope=col]")).hasSize(6);
        assertThat(page.select("a[href=#map-tables]").text()).isEqualTo("Hoppa över kartan");
        assertThat(page.select("#situation-map").attr("aria-label")).isNotBlank();
    }

    @Test
    @WithMockUser("amal.analytiker")
    void theWholeViewIsInTheAddressAndReachesTheMap() throws Exception {
        Document page = page("&period=year&view=59.05,12.7,14&heat=1");

        var container = page.select("#situation-map").first();
        assertThat(container.attr("data-view")).isEqualTo("59.05,12.7,14");
        assertThat(container.attr("data-heat")).isEqualTo("1");
        assertThat(container.attr("data-url")).isEqualTo("/manage/situation/map/data?source=" + SOURCE + "&period=year");
        assertThat(container.attr("data-tile-url")).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(container.attr("data-tile-attribution")).contains("openstreetmap.org/copyright");
        assertThat(page.select("#layer-heat").hasAttr("checked")).isTrue();
        assertThat(page.select("#map-view-state").attr("value")).isEqualTo("59.05,12.7,14");
        assertThat(page.select(".map-periods a[aria-current]").text()).isEqualTo("I år");
        assertThat(page.select("#from").attr("value")).endsWith("-01-01");

        assertThat(page("&view=javascript:alert(1)").select("#situation-map").attr("data-view")).isEmpty();
    }

    @Test
    @WithMockUser("amal.analytiker")
    void aDateThatCannotBeReadIsNamedOnThePageAndRefusedByTheData() throws Exception {
        Document page = page("&from=2026-02-30");
        assertThat(page.title()).startsWith("Fel i filtret");
        assertThat(page.select(".error-summary a")).extracting(a -> a.attr("href")).containsExactly("#from");

        String problem = mvc.perform(get(DATA + "&from=2026-02-30&to=2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(problem, "$.detail")).contains("from: Skriv datumet som ÅÅÅÅ-MM-DD.");
    }

    @Test
    @WithMockUser("amal.analytiker")
    void theTileServerMayServeImagesAndNothingElse() throws Exception {
        String policy = mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(policy).contains("img-src 'self' data: https://tile.openstreetmap.org;")
                .contains("default-src 'self';").contains("script-src 'self';").contains("style-src 'self';")
                .containsOnlyOnce("tile.openstreetmap.org");
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get(DATA)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theNewestPointsAreKeptWhenThereAreMoreThanTheLimit() {
        var member = staff.member("admin");
        var points = map.points(member, new SituationMap.Filter(null, SOURCE, null, null), 2);

        assertThat(points.capped()).isTrue();
        assertThat(points.drawable()).isEqualTo(4);
        assertThat(points.points()).extracting(SituationMap.Point::id)
                .containsExactly(fixture.segmentWithPosition(), fixture.segmentWithoutPosition());
    }

    private String data(String filter) throws Exception {
        return mvc.perform(get(DATA + filter)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private Document page(String filter) throws Exception {
        return Pages.page(mvc, PAGE + filter);
    }

    private static List<String> ids(String json, String layer) {
        return JsonPath.read(json, "$.features[?(@.properties.layer == '" + layer + "')].id");
    }

    private static List<String> rows(Document page, String caption) {
        return page.select("table:has(caption:containsOwn(" + caption + ")) tbody tr").eachText();
    }
}
