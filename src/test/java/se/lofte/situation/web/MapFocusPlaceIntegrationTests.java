package se.lofte.situation.web;

import java.net.URI;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
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
 * Making a focus place on the situation map, through HTTP, on the places of {@link MapFixture} (Kungsgatan in
 * Åmål's centre) and two more streets: Storgatan in Åmål, a kilometre west, and Mellerud's Järnvägsgatan.
 * Chosen segments and the segments within a drawn shape become the focus place; a shape that cannot be used
 * or holds no street comes back to the map at its field with all that was sent; someone who may not change
 * the owner's places is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MapFocusPlaceIntegrationTests {

    private static final String SOURCE = "kart-fokus-test";
    private static final String MAP = "/manage/situation/map?source=" + SOURCE + "&view=59.05000,12.70000,15";
    private static final String SAVE = "/manage/situation/map/focus-place?source=" + SOURCE
            + "&view=59.05000,12.70000,15";
    private static final String NAME = "Kartfokus-test";
    /** Around the middle of Kungsgatan (12.69 to 12.71 at 59.05), far from Storgatan. */
    private static final String AROUND_KUNGSGATAN = """
            {"type":"Polygon","coordinates":[[[12.698,59.048],[12.702,59.048],[12.702,59.052],[12.698,59.052],[12.698,59.048]]]}""";

    @RegisterExtension
    final MapFixture fixture = MapFixture.inAmalAndMellerud(SOURCE).member("amal.kartfokus.analytiker", Role.ANALYST)
            .member("amal.kartfokus.lasare", Role.VIEWER).removingFocusPlace(NAME);
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    Organisation amal;
    Organisation mellerud;
    long storgatan;
    long mellerudStreet;

    @BeforeEach
    void places() {
        amal = fixture.amal();
        mellerud = fixture.mellerud();
        storgatan = fixture.street(amal, "Storgatan", 12.67, 59.05, 12.68, 59.05);
        // Mellerud's street lies within the shape too, but is not Åmål's to take.
        mellerudStreet = fixture.street(mellerud, "Järnvägsgatan", 12.699, 59.049, 12.701, 59.051);
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void theStreetsChosenInTheListBecomeTheFocusPlace() throws Exception {
        Document page = Pages.page(mvc, MAP);
        assertThat(page.select("#map-focus-form").attr("action")).isEqualTo(SAVE.replace(",", "%2C"));
        assertThat(page.select("#organisation option").eachText()).containsExactly(amal.shortName());
        // Åmål's streets, by name with their length; never Mellerud's.
        assertThat(page.select("#map-focus-form label[for^=segment-]").eachText())
                .containsExactly("Kungsgatan (1 144 m)", "Storgatan (572 m)");
        assertThat(page.select("#segment-" + mellerudStreet)).isEmpty();

        mvc.perform(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                        .param("description", "Torget och gatorna runt")
                        .param("segment", Long.toString(fixture.segment()), Long.toString(storgatan)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*"))
                .andExpect(flash().attribute("notice", "places.focus.created"));

        assertThat(streets()).containsExactly("Kungsgatan", "Storgatan");
        assertThat(jdbc.sql("select description from focus_place where name = ?").param(NAME).query(String.class)
                .single()).isEqualTo("Torget och gatorna runt");
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void theOwnersStreetsWithinADrawnShapeBecomeTheFocusPlace() throws Exception {
        mvc.perform(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                        .param("polygon", AROUND_KUNGSGATAN))
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*"));

        // Kungsgatan runs through the shape; Storgatan lies outside it; Mellerud's street is not Åmål's.
        assertThat(streets()).containsExactly("Kungsgatan");
        // The shape chose streets and was not kept as an area.
        assertThat(jdbc.sql("""
                        select count(*) from focus_place_part p join focus_place f on f.id = p.focus_place_id
                        where f.name = ? and p.area_id is not null""").param(NAME).query(Long.class).single()).isZero();
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void aShapeAndChosenStreetsTogetherGiveBoth() throws Exception {
        mvc.perform(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                        .param("polygon", AROUND_KUNGSGATAN).param("segment", Long.toString(storgatan)))
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*"));

        assertThat(streets()).containsExactly("Kungsgatan", "Storgatan");
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void aShapeThatCannotBeUsedComesBackAtItsFieldWithAllThatWasSent() throws Exception {
        String crossing = """
                {"type":"Polygon","coordinates":[[[12.69,59.04],[12.71,59.06],[12.71,59.04],[12.69,59.06],[12.69,59.04]]]}""";
        Document page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                .param("description", "Korsande").param("polygon", crossing)
                .param("segment", Long.toString(storgatan)));

        assertThat(page.select("#polygon-error").text()).isEqualTo("Det ritade områdets kanter korsar varandra. Rita om"
                + " det så att kanten går runt området utan att korsa sig själv.");
        assertThat(page.select("#error-summary a[href=#polygon]")).hasSize(1);
        assertThat(page.select("#map-focus-offer").attr("open")).isNotNull();
        assertThat(page.select("#name").val()).isEqualTo(NAME);
        assertThat(page.select("#description").text()).isEqualTo("Korsande");
        assertThat(page.select("#map-focus-polygon").val()).isEqualTo(crossing.strip());
        assertThat(page.select("#segment-" + storgatan).hasAttr("checked")).isTrue();
        assertThat(page.select("#segment-" + fixture.segment()).hasAttr("checked")).isFalse();
        assertThat(streets()).isEmpty();

        String huge = """
                {"type":"Polygon","coordinates":[[[12.6,59.0],[12.8,59.0],[12.8,59.2],[12.6,59.2],[12.6,59.0]]]}""";
        page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                .param("polygon", huge));
        assertThat(page.select("#polygon-error").text())
                .isEqualTo("Det ritade området är 254 km², men högst 50 km² går. Rita ett mindre område.");

        page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                .param("polygon", "{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.71,59.04],[12.70,59.06]]]}"));
        assertThat(page.select("#polygon-error").text())
                .isEqualTo("Det ritade området behöver minst tre olika hörn som inte ligger på en rak linje.");
        assertThat(streets()).isEmpty();
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void aShapeAroundNoneOfTheOwnersStreetsIsRefused() throws Exception {
        String field = """
                {"type":"Polygon","coordinates":[[[12.60,59.10],[12.61,59.10],[12.61,59.11],[12.60,59.11],[12.60,59.10]]]}""";
        Document page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                .param("polygon", field));

        assertThat(page.select("#polygon-error").text()).isEqualTo("Ingen av organisationens gatusträckor ligger inom"
                + " det ritade området. Rita ett område som täcker några gator, eller välj gator i listan.");
        assertThat(streets()).isEmpty();
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void nothingChosenAndAnotherOrganisationsStreetAreRefusedByTheFocusPlacesRules() throws Exception {
        Document page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME));
        assertThat(page.select("#parts-error").text()).isEqualTo("Välj minst ett område eller gatuavsnitt.");

        page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                .param("segment", Long.toString(mellerudStreet)));
        assertThat(page.select("#parts-error").text())
                .isEqualTo("En fokusplats kan bara bestå av den egna organisationens områden och gatuavsnitt.");

        page = refused(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", " ")
                .param("segment", Long.toString(fixture.segment())));
        assertThat(page.select("#name-error").text()).isEqualTo("Fyll i namnet.");
        assertThat(streets()).isEmpty();
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void theOfferAndItsRefusalsReadInEnglish() throws Exception {
        Document page = Pages.page(mvc, MAP + "&lang=en");
        assertThat(page.select("#map-focus-offer summary").text())
                .isEqualTo("Make a focus place of streets you choose or an area you draw");
        assertThat(page.select("#polygon p").first().text()).isEqualTo("The focus place gets the street segments that"
                + " lie wholly or partly within the area you draw; the area itself is not saved.");

        MvcResult refused = mvc.perform(post(SAVE + "&lang=en").with(csrf()).param("organisation", id(amal))
                        .param("name", NAME).param("polygon", "{\"type\":\"Polygon\",\"coordinates\":[[[12.6,59.0],"
                                + "[12.8,59.0],[12.8,59.2],[12.6,59.2],[12.6,59.0]]]}"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String back = refused.getResponse().getRedirectedUrl().replaceFirst("#.*$", "");
        page = Pages.html(mvc.perform(get(URI.create(back + "&lang=en"))
                .cookie(refused.getResponse().getCookie("SESSION"))).andExpect(status().isOk()));
        assertThat(page.select("#polygon-error").text())
                .isEqualTo("The drawn area is 254 km², but at most 50 km² is possible. Draw a smaller area.");
    }

    @Test
    @WithMockUser("amal.kartfokus.lasare")
    void aViewerIsNeitherOfferedNorAllowed() throws Exception {
        Document page = Pages.page(mvc, MAP);
        assertThat(page.select("#incident-table")).isNotEmpty();
        assertThat(page.select("#map-focus-form")).isEmpty();
        assertThat(page.select("#map-focus-tools")).isEmpty();
        assertThat(page.select("script[src*=situation-map-focus]")).isEmpty();

        mvc.perform(post(SAVE).with(csrf()).param("organisation", id(amal)).param("name", NAME)
                        .param("segment", Long.toString(fixture.segment())))
                .andExpect(status().isForbidden());
        assertThat(streets()).isEmpty();
    }

    @Test
    @WithMockUser("amal.kartfokus.analytiker")
    void anAnalystMayNotMakeAnotherOrganisationsFocusPlace() throws Exception {
        mvc.perform(post(SAVE).with(csrf()).param("organisation", id(mellerud)).param("name", NAME)
                        .param("segment", Long.toString(mellerudStreet)))
                .andExpect(status().isForbidden());
        assertThat(streets()).isEmpty();
    }

    /** Posts, expects the way back to the map, and follows it with the session that holds the refusal. */
    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult refused = mvc.perform(request).andExpect(redirectedUrl(MAP.replace(",", "%2C") + "#focus-place"))
                .andReturn();
        // The refusal waits in the session, which lives in the database: follow with its cookie, to the address
        // as sent, since a flash attribute waits for its query as written there.
        String back = refused.getResponse().getRedirectedUrl().replaceFirst("#.*$", "");
        return Pages.html(mvc.perform(get(URI.create(back)).cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()));
    }

    private List<String> streets() {
        return jdbc.sql("""
                        select s.name from focus_place f join focus_place_part p on p.focus_place_id = f.id
                        join street_segment s on s.id = p.segment_id where f.name = ? order by s.name""")
                .param(NAME).query(String.class).list();
    }

    private static String id(Organisation organisation) {
        return Long.toString(organisation.id().value());
    }
}
