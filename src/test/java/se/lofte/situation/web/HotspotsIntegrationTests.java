package se.lofte.situation.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.testing.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hotspots page and its data through HTTP, on incidents inserted with SQL in Åmål ({@link HotspotFixture}):
 * 40 thefts at one corner of the town centre and 30 spread over a lattice around it make one known hot cell;
 * five police events known only by the municipality (at its centre) are named as left out, never analysed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HotspotsIntegrationTests {

    private static final String SOURCE = "hotspot-test";
    private static final String PAGE = "/manage/situation/hotspots?source=" + SOURCE;
    private static final String DATA = "/manage/situation/hotspots/data?source=" + SOURCE;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE).member("amal.hotspots", Role.ANALYST);

    @Test
    @WithMockUser("amal.hotspots")
    void theClusterIsTheFirstHotCellOfTheTable() throws Exception {
        Document page = Pages.page(mvc, PAGE);

        // The cells around the cluster share its neighbours and may have a larger z; the cluster's own cell is the
        // one row counting its 40 thefts, hot at 99 %, its centre within 100 m (half a cell) of them.
        assertThat(page.select("#hotspot-table tbody tr").first().select("th").text()).isEqualTo("Het");
        List<String> cluster = page.select("#hotspot-table tbody tr").stream().map(r -> r.select("th, td").eachText())
                .filter(cells -> cells.get(4).equals(Integer.toString(HotspotFixture.CLUSTERED))).findFirst().orElseThrow();
        assertThat(cluster.get(0)).isEqualTo("Het");
        assertThat(cluster.get(1)).isEqualTo("99 %");
        assertThat(Double.parseDouble(cluster.get(2))).isCloseTo(HotspotFixture.CLUSTER_LAT, within(0.0013));
        assertThat(Double.parseDouble(cluster.get(3))).isCloseTo(HotspotFixture.CLUSTER_LON, within(0.0025));
        assertThat(page.select("#hotspot-table tbody th").eachText()).doesNotContain("Kall");
        assertThat(page.select("#hotspot-summary").text())
                .contains("Med 95 % säkerhet efter justeringen:", "inga kalla rutor",
                        "Analysen bygger på 70 händelser med exakt plats eller gatusträcka;",
                        "5 händelser med bara kommun eller område angiven är inte med.",
                        "Rutor på 200 m, grannavstånd 400 m, Gi*.");
        assertThat(page.select("#cell").val()).isEqualTo("200");
        assertThat(page.select("#hotspot-map").attr("data-url")).isEqualTo(DATA);
    }

    @Test
    @WithMockUser("amal.hotspots")
    void theDataHoldsTheTablesCellsAsSquares() throws Exception {
        Document page = Pages.page(mvc, PAGE);
        String json = Pages.body(mvc, DATA);

        assertThat(JsonPath.<List<Object>>read(json, "$.features")).hasSize(page.select("#hotspot-table tbody tr").size());
        assertThat(JsonPath.<Boolean>read(json, "$.features[0].properties.hot")).isTrue();
        assertThat(JsonPath.<Integer>read(json, "$.features[0].properties.confidence")).isEqualTo(99);
        assertThat(JsonPath.<String>read(json, "$.features[0].properties.label")).startsWith("Het, 99 % säkerhet:");
        assertThat(JsonPath.<List<Object>>read(json, "$.features[0].geometry.coordinates[0]")).hasSize(5);
        assertThat(JsonPath.<String>read(json, "$.status")).startsWith("Kartan visar");
    }

    @Test
    @WithMockUser("amal.hotspots")
    void fewIncidentsAreNoAnalysis() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&category=Rån");

        assertThat(page.select("#hotspot-summary").text()).startsWith("Bara 6 händelser med exakt plats");
        assertThat(page.select("#hotspot-table")).isEmpty();
        assertThat(page.select("#hotspot-map")).isEmpty();
        String json = Pages.body(mvc, DATA + "&category=Rån");
        assertThat(JsonPath.<List<Object>>read(json, "$.features")).isEmpty();
    }

    @Test
    @WithMockUser("amal.hotspots")
    void badDistancesAreNamedAtTheirFields() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&cell=200&band=100");
        assertThat(page.select("#band-error").text()).contains("Grannavståndet 100 m är kortare än rutans sida 200 m");
        assertThat(page.select("#band").val()).isEqualTo("100");
        assertThat(page.title()).startsWith("Fel i valen");

        page = Pages.page(mvc, PAGE + "&cell=tvåhundra");
        assertThat(page.select("#cell-error").text()).contains("\u201dtvåhundra\u201d är inget avstånd.");
        page = Pages.page(mvc, PAGE + "&cell=10");
        assertThat(page.select("#cell-error").text()).contains("Skriv ett avstånd mellan 25 och 5000 m.");
        mvc.perform(get(DATA + "&band=abc")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser("amal.hotspots")
    void aGridTooFineForTheAreaIsRefusedAtTheCellField() throws Exception {
        // One theft 35 km away stretches the area: 25 m cells would be well over 250,000.
        MapFixture.incident(jdbc, SOURCE, fixture.amal(), "far", "Stöld", "2026-03-10T12:00:00+01:00", "POINT",
                59.35, 13.1, null, null, null, null);

        Document page = Pages.page(mvc, PAGE + "&cell=25&band=50");

        assertThat(page.select("#cell-error").text().replaceAll("[\\u00a0\\u202f]", " ")).startsWith("Rutor på 25 m ger")
                .endsWith("rutor över området, fler än 250 000. Välj större rutor.");
        assertThat(page.select("#hotspot-table")).isEmpty();
    }

    @Test
    @WithMockUser("amal.hotspots")
    void theEnglishPage() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&lang=en");

        assertThat(page.select("h1").text()).isEqualTo("Hotspots: where incidents cluster");
        assertThat(page.select("#hotspot-table tbody tr").first().select("th").text()).isEqualTo("Hot");
        assertThat(page.select("#hotspot-summary").text()).contains("The analysis uses 70 incidents",
                "5 incidents known only by municipality or area are left out.");
    }

    @Test
    @WithMockUser("amal.hotspots")
    void theClusterStreetHoldsHalfTheIncidents() throws Exception {
        long segments = jdbc.sql("select count(*) from street_segment where organisation_id = ?")
                .param(fixture.amal().id().value()).query(Long.class).single();

        Document page = Pages.page(mvc, PAGE);

        // 40 of the 70 incidents lie on the one street through the cluster; the lattice is farther than 25 m from it.
        assertThat(page.select("#concentration-summary").text()).isEqualTo(segments + " gatusträckor och 70 händelser"
                + " med exakt plats eller gatusträcka; 30 av dem ligger längre än 25 m från varje gatusträcka och räknas"
                + " inte. En gatusträcka har minst en händelse.");
        assertThat(page.select("#concentration-shares tbody tr").eachText()).containsExactly(
                "25 % 1 " + percent(1.0 / segments), "50 % 1 " + percent(1.0 / segments),
                "80 % 1 " + percent(1.0 / segments));
        assertThat(page.select("svg.concentration-chart polyline.concentration-curve").attr("points"))
                .startsWith("50.00,280.00 ").endsWith("310.00,20.00");
        assertThat(page.select("svg.concentration-chart line.concentration-uniform")).hasSize(1);
        assertThat(page.select("#concentration-readings tbody tr").last().text()).isEqualTo("100 % av gatusträckorna 100,0 % 100 %");
        assertThat(page.select("#concentration-warning")).isEmpty();
    }

    @Test
    @WithMockUser("amal.hotspots")
    void fewIncidentsOnManySegmentsAreWarnedOf() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&category=Rån&snap=400");

        assertThat(page.select("#concentration-warning").text()).startsWith("Det finns färre händelser än gatusegment.");
        page = Pages.page(mvc, PAGE + "&snap=0");
        assertThat(page.select("#snap-error").text()).contains("Skriv ett avstånd mellan 1 och 500 m.");
        assertThat(page.select("#concentration-summary")).isEmpty();
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.of("sv"), "%.1f %%", share * 100);
    }

    @Test
    @WithMockUser("no.such.account")
    void aNameWithoutAnAccountIsRefused() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isForbidden());
        mvc.perform(get(DATA)).andExpect(status().isForbidden());
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(DATA)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
