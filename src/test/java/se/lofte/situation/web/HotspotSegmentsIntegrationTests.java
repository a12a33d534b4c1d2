package se.lofte.situation.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import se.lofte.testing.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gi* on street segments through HTTP ({@link HotspotFixture} with its lattice streets): the 40 thefts of the
 * cluster lie on {@link HotspotFixture#STREET}, each lattice theft on its own short street. With a band of
 * 300 m the cluster's street has one neighbour, the lattice street {@link #NEIGHBOUR} about 250 m away; every
 * other street has none (the lattice is 550 m apart). Both then have 41 incidents among 2 streets where the mean
 * is about 2 per street: z about 4, p about 6e-5, still below 0.01 after the adjustment for some 34 streets. So
 * the two are hot at 99 % and nothing else is significant. The hot streets become a focus place; a viewer may
 * not save one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HotspotSegmentsIntegrationTests {

    private static final String SOURCE = "hotspot-gatu-test";
    private static final String QUERY = "?source=" + SOURCE + "&band=300&unit=segment";
    private static final String PAGE = "/manage/situation/hotspots" + QUERY;
    private static final String DATA = "/manage/situation/hotspots/data" + QUERY;
    private static final String NAME = "Hotspot-test heta gator";
    private static final String NEIGHBOUR = "Hotspotgränd 4-3";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE).member("amal.gator.analytiker", Role.ANALYST)
            .member("amal.gator.lasare", Role.VIEWER).withLatticeStreets().removingFocusPlace(NAME);

    @Test
    @WithMockUser("amal.gator.analytiker")
    void theClustersStreetIsTheFirstHotSegment() throws Exception {
        Document page = Pages.page(mvc, PAGE);

        assertThat(page.select("#unit-segment").hasAttr("checked")).isTrue();
        assertThat(page.select("#hotspot-table thead th").eachText()).containsExactly("Gatusträcka", "Typ",
                "Säkerhet", "Händelser på gatusträckan", "z", "p (justerat)");
        List<List<String>> rows = page.select("#hotspot-table tbody tr").stream()
                .map(row -> row.select("th, td").eachText().subList(0, 4)).toList();
        assertThat(rows).containsExactlyInAnyOrder(
                List.of(HotspotFixture.STREET, "Het", "99 %", Integer.toString(HotspotFixture.CLUSTERED)),
                List.of(NEIGHBOUR, "Het", "99 %", "1"));
        assertThat(page.select("#hotspot-summary").text())
                .contains("Med 95 % säkerhet efter justeringen: 2 heta gatusträckor och inga kalla gatusträckor.",
                        "Analysen bygger på 70 händelser med exakt plats eller gatusträcka;",
                        "fångstavstånd 25 m, grannavstånd 300 m mellan gatusträckornas mittpunkter, Gi*.",
                        "Alla händelser låg nära en gatusträcka.");
        assertThat(page.select("#hotspot-map").attr("data-url")).isEqualTo(DATA);
        assertThat(page.select("#hotspot-map").attr("aria-label")).isEqualTo("Karta med heta och kalla gatusträckor");
        assertThat(page.select("#focus").text()).isEqualTo("Spara som fokusplats");
    }

    @Test
    @WithMockUser("amal.gator.analytiker")
    void theDataHoldsTheTablesStreetsAsLines() throws Exception {
        Document page = Pages.page(mvc, PAGE);
        String json = Pages.body(mvc, DATA);

        assertThat(JsonPath.<List<Object>>read(json, "$.features")).hasSize(page.select("#hotspot-table tbody tr").size());
        assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.layer")).containsOnly("segment");
        assertThat(JsonPath.<List<String>>read(json, "$.features[*].geometry.type")).containsOnly("LineString");
        assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.label")).anySatisfy(label ->
                assertThat(label).startsWith("Het, 99 % säkerhet: " + HotspotFixture.STREET
                        + ", 40 händelser på gatusträckan, z "));
        assertThat(JsonPath.<List<Object>>read(json, "$.features[0].geometry.coordinates")).hasSize(2);
        assertThat(JsonPath.<String>read(json, "$.status")).startsWith("Kartan visar");
    }

    @Test
    @WithMockUser("amal.gator.analytiker")
    void theHotStreetsBecomeTheFocusPlace() throws Exception {
        Document page = Pages.page(mvc, PAGE);
        Set<String> hot = page.select("#hotspot-table tbody tr").stream()
                .filter(row -> row.select("td").get(0).text().equals("Het")
                        && !row.select("td").get(1).text().equals("90 %"))
                .map(row -> row.select("th").text()).collect(Collectors.toSet());
        assertThat(hot).containsExactlyInAnyOrder(HotspotFixture.STREET, NEIGHBOUR);
        Element form = page.select("form:has(#organisation)").first();
        assertThat(form.attr("action")).isEqualTo("/manage/situation/hotspots/focus-place" + QUERY);

        mvc.perform(post(form.attr("action")).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*"));

        List<String> streets = jdbc.sql("""
                        select s.name from focus_place f join focus_place_part p on p.focus_place_id = f.id
                        join street_segment s on s.id = p.segment_id where f.name = ?""")
                .param(NAME).query(String.class).list();
        assertThat(streets).containsExactlyInAnyOrderElementsOf(hot);
        String description = jdbc.sql("select description from focus_place where name = ?").param(NAME)
                .query(String.class).single();
        assertThat(description).isEqualTo("Heta gatusträckor (Gi* på gatusträckor, 95 % säkerhet), fångstavstånd 25 m"
                + " och grannavstånd 300 m.");
    }

    @Test
    @WithMockUser("amal.gator.analytiker")
    void withoutHotStreetsThereIsNothingToSave() throws Exception {
        // The cluster's street gone, its thefts lie on no street: nothing is hot.
        jdbc.sql("delete from street_segment where name = ?").param(HotspotFixture.STREET).update();

        var refused = mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(redirectedUrl(PAGE + "#focus")).andReturn();

        Document page = Pages.html(mvc.perform(get(PAGE).cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()));
        assertThat(page.select("#hotspot-summary").text()).contains("40 händelser låg längre än 25 m från varje"
                + " gatusträcka och räknas inte.");
        assertThat(jdbc.sql("select count(*) from focus_place where name = ?").param(NAME).query(Long.class).single())
                .isZero();
    }

    @Test
    @WithMockUser("amal.gator.analytiker")
    void anUnknownUnitIsNamedAtItsField() throws Exception {
        Document page = Pages.page(mvc, "/manage/situation/hotspots?source=" + SOURCE + "&unit=kvarter");

        assertThat(page.select("#unit-error").text()).isEqualTo("\u201dkvarter\u201d är inget val här. Välj rutor"
                + " eller gatusträckor.");
        assertThat(page.select(".error-summary a[href=#unit]")).hasSize(1);
        assertThat(page.select("#hotspot-table")).isEmpty();
        mvc.perform(get("/manage/situation/hotspots/data?source=" + SOURCE + "&unit=kvarter"))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser("amal.gator.analytiker")
    void theEnglishPage() throws Exception {
        Document page = Pages.page(mvc, PAGE + "&lang=en");

        assertThat(page.select("#hotspot-table-heading").text()).isEqualTo("Significant street segments");
        assertThat(page.select("#hotspot-table tbody tr td:eq(1)").eachText()).containsOnly("Hot");
        assertThat(page.select("#hotspot-summary").text()).contains("no cold street segments",
                "neighbour distance 300 m between the segments' midpoints, Gi*.");
    }

    @Test
    @WithMockUser("amal.gator.lasare")
    void aViewerIsNeitherOfferedNorAllowed() throws Exception {
        Document page = Pages.page(mvc, PAGE);
        assertThat(page.select("#hotspot-table tbody tr")).isNotEmpty();
        assertThat(page.select("#focus")).isEmpty();

        mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(status().isForbidden());
    }
}
