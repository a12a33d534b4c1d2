package se.lofte.situation.web;

import java.nio.charset.StandardCharsets;
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
 * The kernel density layer through HTTP ({@link HotspotFixture}): with a bandwidth of 200 m the 40 thefts at one
 * position make a peak of nearly 40 · 3/(π · 200²) per m², 955 per km², and the lattice, 550 m apart, only
 * small hills of 24 per km² each, so the densest cells are around the cluster. Too fine a grid and a bandwidth
 * that cannot be read are refused at the field, and as 400 from the layer's address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HotspotDensityIntegrationTests {

    private static final String SOURCE = "hotspot-tathet-test";
    private static final String PAGE = "/manage/situation/hotspots?source=" + SOURCE;
    private static final String DENSITY = "/manage/situation/hotspots/density?source=" + SOURCE;
    /** One theft at the kernel's peak, per km², with h = 200 m. */
    private static final double ONE = 3 / (Math.PI * 200 * 200) * 1e6;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE).member("amal.tathet", Role.ANALYST);

    @Test
    @WithMockUser("amal.tathet")
    void theLayerHoldsTheSurfaceInFiveClasses() throws Exception {
        String json = Pages.body(mvc, DENSITY + "&bandwidth=200");

        assertThat(JsonPath.<Integer>read(json, "$.bandwidth")).isEqualTo(200);
        assertThat(JsonPath.<Double>read(json, "$.cell")).isEqualTo(50.0);
        // The cluster's position lies within 36 m of a cell centre: (1 − 36²/200²)² is above 0.93.
        double max = JsonPath.<Double>read(json, "$.maxPerKm2");
        assertThat(max).isBetween(0.93 * 40 * ONE, 40 * ONE + 0.1);
        List<Object> features = JsonPath.read(json, "$.features");
        assertThat(features).isNotEmpty();
        assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.layer")).containsOnly("density");
        assertThat(JsonPath.<List<Integer>>read(json, "$.features[*].properties.level"))
                .contains(1, 5).allMatch(level -> level >= 1 && level <= 5);
        // Above 1 % of the peak only: every lattice hill (at most 24 per km²) is above it too, with class 1.
        assertThat(JsonPath.<List<Double>>read(json, "$.features[*].properties.perKm2"))
                .allMatch(d -> d > 0.01 * max - 0.05);
        assertThat(JsonPath.<List<Object>>read(json, "$.features[0].geometry.coordinates[0]")).hasSize(5);
        // The densest cell, class 5, covers the cluster.
        List<List<Double>> ring = JsonPath.read(json, "$.features[?(@.properties.perKm2 == " + max
                + ")].geometry.coordinates[0][*]");
        double west = ring.stream().mapToDouble(c -> c.get(0)).min().orElseThrow();
        double east = ring.stream().mapToDouble(c -> c.get(0)).max().orElseThrow();
        double south = ring.stream().mapToDouble(c -> c.get(1)).min().orElseThrow();
        double north = ring.stream().mapToDouble(c -> c.get(1)).max().orElseThrow();
        assertThat(HotspotFixture.CLUSTER_LON).isBetween(west - 1e-5, east + 1e-5);
        assertThat(HotspotFixture.CLUSTER_LAT).isBetween(south - 1e-5, north + 1e-5);
        assertThat(JsonPath.<List<String>>read(json, "$.features[?(@.properties.level == 5)].properties.label"))
                .allMatch(label -> label.startsWith("Täthet klass 5 av 5: ") && label.endsWith(" händelser per km²"));
        assertThat(JsonPath.<String>read(json, "$.status")).startsWith("Kartan visar tätheten i ")
                .endsWith(" rutor, bandbredd 200 m.");
    }

    @Test
    @WithMockUser("amal.tathet")
    void thePageNamesTheBandwidthTheClassesAndTheDensestCells() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&bandwidth=200");

        assertThat(page.select("#density-settings").text()).isEqualTo("Bandbredd 200 m (vald), rutor på 50 m, 70"
                + " händelser med exakt plats eller gatusträcka.");
        assertThat(page.select("#hotspot-map").attr("data-density-url")).isEqualTo(DENSITY + "&bandwidth=200");
        assertThat(page.select("#density-layer").attr("type")).isEqualTo("checkbox");
        assertThat(page.select("#density-toggle").hasAttr("hidden")).isTrue();
        assertThat(page.select(".density-legend li")).hasSize(5);
        assertThat(page.select(".density-legend li").last().text()).startsWith("Klass 5: över 80 % och upp till"
                + " 100 % av den högsta tätheten");
        assertThat(page.select(".density-legend li").first().text()).startsWith("Klass 1: över 1 % och upp till"
                + " 20 % av den högsta tätheten");
        List<List<String>> rows = page.select("#density-table tbody tr").stream().map(r -> r.select("td").eachText())
                .toList();
        assertThat(rows).hasSize(10);
        // Densest first, the first within a cell of the cluster.
        List<Double> densities = rows.stream().map(r -> number(r.get(2))).toList();
        assertThat(densities).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(densities.getFirst()).isGreaterThan(0.93 * 40 * ONE);
        assertThat(Double.parseDouble(rows.getFirst().get(0))).isCloseTo(HotspotFixture.CLUSTER_LAT, within(0.0005));
        assertThat(Double.parseDouble(rows.getFirst().get(1))).isCloseTo(HotspotFixture.CLUSTER_LON, within(0.0009));
    }

    @Test
    @WithMockUser("amal.tathet")
    void withoutABandwidthTheDefaultRuleIsNamed() throws Exception {
        Document page = Pages.page(mvc, PAGE);
        String json = Pages.body(mvc, DENSITY);

        long h = JsonPath.<Integer>read(json, "$.bandwidth");
        assertThat(h).isPositive();
        assertThat(page.select("#density-settings").text()).startsWith("Bandbredd " + h + " m enligt standardregeln");
        assertThat(page.select("#bandwidth").val()).isEmpty();
    }

    @Test
    @WithMockUser("amal.tathet")
    void aGridTooFineForTheAreaIsRefusedAtTheBandwidthField() throws Exception {
        // One theft 35 km away stretches the area: even cells of 50 m (half the bandwidth) would be about 450,000.
        MapFixture.incident(jdbc, SOURCE, fixture.amal(), "far", "Stöld", "2026-03-10T12:00:00+01:00", "POINT",
                59.35, 13.1, null, null, null, null);

        Document page = Pages.page(mvc, PAGE + "&bandwidth=100");

        assertThat(page.select("#bandwidth-error").text().replaceAll("[\\u00a0\\u202f]", " "))
                .startsWith("Bandbredden 100 m ger rutor på 50 m och ")
                .endsWith("rutor över området, fler än 40 000. Välj en större bandbredd.");
        assertThat(page.select("#bandwidth").val()).isEqualTo("100");
        assertThat(page.select("#density-table")).isEmpty();
        // The hotspots themselves are still analysed.
        assertThat(page.select("#hotspot-table tbody tr")).isNotEmpty();
        String problem = mvc.perform(get(DENSITY + "&bandwidth=100")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(problem, "$.detail")).startsWith("bandwidth: Bandbredden 100 m ger rutor");
    }

    @Test
    @WithMockUser("amal.tathet")
    void aBandwidthThatCannotBeReadIsNamedAtItsField() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&bandwidth=tvåhundra");
        assertThat(page.select("#bandwidth-error").text()).contains("\u201dtvåhundra\u201d är inget avstånd.");
        assertThat(page.select("#bandwidth").val()).isEqualTo("tvåhundra");
        assertThat(page.title()).startsWith("Fel i valen");

        page = Pages.page(mvc, PAGE + "&bandwidth=20000");
        assertThat(page.select("#bandwidth-error").text()).contains("Skriv ett avstånd mellan 25 och 10000 m.");
        mvc.perform(get(DENSITY + "&bandwidth=abc")).andExpect(status().isBadRequest());
        mvc.perform(get(DENSITY + "&bandwidth=10")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser("amal.tathet")
    void theEnglishLayer() throws Exception {
        String json = Pages.body(mvc, DENSITY + "&bandwidth=200&lang=en");
        assertThat(JsonPath.<String>read(json, "$.status")).startsWith("The map shows the density in ");
        Document page = Pages.page(mvc, PAGE + "&bandwidth=200&lang=en");
        assertThat(page.select("#density-heading").text()).isEqualTo("Density (kernel estimate)");
        assertThat(page.select("#density-settings").text()).startsWith("Bandwidth 200 m (chosen), cells of 50 m");
    }

    @Test
    void signingInComesFirst() throws Exception {
        mvc.perform(get(DENSITY)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser("no.such.account")
    void aNameWithoutAnAccountIsRefused() throws Exception {
        mvc.perform(get(DENSITY)).andExpect(status().isForbidden());
    }

    /** A density as the Swedish page writes it: a space between thousands, a decimal comma. */
    private static double number(String text) {
        return Double.parseDouble(text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.'));
    }
}
