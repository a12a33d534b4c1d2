package se.lofte.situation.web;

import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Saving the hot cells' streets as a focus place ({@link HotspotFixture}: one street runs through the cluster,
 * three others far from every incident): the focus place holds that street alone; a missing name comes back
 * to the analysis at its field; a reporter, who may not change places, is neither offered it nor allowed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HotspotFocusPlaceIntegrationTests {

    private static final String SOURCE = "hotspot-fokus-test";
    private static final String QUERY = "?source=" + SOURCE;
    private static final String NAME = "Hotspot-test fokusplats";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final HotspotFixture fixture = HotspotFixture.inAmal(SOURCE).member("amal.fokus.analytiker", Role.ANALYST)
            .member("amal.fokus.rapportor", Role.REPORTER).member("amal.fokus.lasare", Role.VIEWER)
            .removingFocusPlace(NAME);

    @Test
    @WithMockUser("amal.fokus.analytiker")
    void theHotCellsStreetBecomesTheFocusPlace() throws Exception {
        Document page = Pages.page(mvc, "/manage/situation/hotspots" + QUERY);
        assertThat(page.select("#organisation option").eachText()).contains(fixture.amal().shortName());
        assertThat(page.select("form:has(#organisation)").attr("action"))
                .isEqualTo("/manage/situation/hotspots/focus-place" + QUERY);

        mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*"))
                .andExpect(flash().attribute("notice", "places.focus.created"));

        List<String> streets = jdbc.sql("""
                        select s.name from focus_place f join focus_place_part p on p.focus_place_id = f.id
                        join street_segment s on s.id = p.segment_id where f.name = ?""")
                .param(NAME).query(String.class).list();
        assertThat(streets).containsExactly(HotspotFixture.STREET);
    }

    @Test
    @WithMockUser("amal.fokus.analytiker")
    void aMissingNameComesBackAtItsField() throws Exception {
        var refused = mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", " "))
                .andExpect(redirectedUrl("/manage/situation/hotspots" + QUERY + "#focus")).andReturn();

        // The refusal waits in the session, which lives in the database: follow with its cookie.
        Document page = Pages.html(mvc.perform(get("/manage/situation/hotspots" + QUERY)
                .cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk()));
        assertThat(page.select("#name-error").text()).isEqualTo("Fyll i namnet.");
        assertThat(jdbc.sql("select count(*) from focus_place where name = ?").param(NAME).query(Long.class).single())
                .isZero();
    }

    @Test
    @WithMockUser("amal.fokus.analytiker")
    void hotCellsWithoutStreetsGiveNothingToSave() throws Exception {
        jdbc.sql("delete from street_segment where name = ?").param(HotspotFixture.STREET).update();

        var refused = mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(redirectedUrl("/manage/situation/hotspots" + QUERY + "#focus")).andReturn();

        Document page = Pages.html(mvc.perform(get("/manage/situation/hotspots" + QUERY)
                .cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk()));
        assertThat(page.select("#parts").text()).isEqualTo("Ingen av organisationens gatusträckor går genom en het"
                + " ruta, så det finns inget att spara.");
        assertThat(page.select("#name").val()).isEqualTo(NAME);
    }

    @Test
    @WithMockUser("amal.fokus.lasare")
    void aViewerIsNeitherOfferedNorAllowed() throws Exception {
        Document page = Pages.page(mvc, "/manage/situation/hotspots" + QUERY);
        assertThat(page.select("#hotspot-table tbody tr")).isNotEmpty();
        assertThat(page.select("#focus")).isEmpty();

        mvc.perform(post("/manage/situation/hotspots/focus-place" + QUERY).with(csrf())
                        .param("organisation", Long.toString(fixture.amal().id().value())).param("name", NAME))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser("amal.fokus.rapportor")
    void aReporterSeesNoneOfItAsNoneOfTheLagesbild() throws Exception {
        mvc.perform(get("/manage/situation/hotspots" + QUERY)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/situation/hotspots/data" + QUERY)).andExpect(status().isForbidden());
    }
}
