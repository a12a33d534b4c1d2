package se.lofte.places.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/** The places pages as a Dals-Ed analyst uses them, and what an analyst of Mellerud may not do there. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "dalsed.analytiker")
class FocusPlacePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    JdbcClient jdbc;

    OrganisationId dalsEd;
    long torget;
    long storgatan;

    @BeforeEach
    void anAnalystWithAnAreaAndAStreet() {
        dalsEd = staff.municipality("dals-ed");
        var mellerud = staff.municipality("mellerud");
        staff.member("dalsed.analytiker", dalsEd, Role.ANALYST);
        staff.member("mellerud.analytiker", mellerud, Role.ANALYST);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        torget = insert("insert into area (organisation_id, kind, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                + " values (?, 'DISTRICT', ?, 'POLYGON ((11.93 58.93, 11.95 58.93, 11.95 58.94, 11.93 58.94, 11.93 58.93))',"
                + " 11.93, 58.93, 11.95, 58.94)", "Torget " + suffix);
        storgatan = insert("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon,"
                + " max_lat) values (?, ?, 'LINESTRING (11.93 58.935, 11.95 58.935)', 11.93, 58.935, 11.95, 58.935)",
                "Storgatan " + suffix);
    }

    @Test
    void createEditAndDeleteAFocusPlaceThroughThePages() throws Exception {
        Document form = html(mvc.perform(get("/manage/situation/places/focus/new").param("organisation", id(dalsEd))));
        assertThat(form.select("input[name=area][value=" + torget + "]")).hasSize(1);
        assertThat(form.select("input[name=segment][value=" + storgatan + "]")).hasSize(1);

        String location = mvc.perform(post("/manage/situation/places/focus/new").with(csrf())
                        .param("organisation", id(dalsEd)).param("name", "Centrala Ed " + torget)
                        .param("description", "Torget och Storgatan.")
                        .param("area", Long.toString(torget)).param("segment", Long.toString(storgatan)))
                .andExpect(redirectedUrlPattern("/manage/situation/places/focus/*")).andReturn().getResponse()
                .getRedirectedUrl();
        var id = new FocusPlaceId(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        var created = focusPlaces.find(id).orElseThrow();
        assertThat(created.areas()).extracting(a -> a.id()).containsExactly(torget);
        assertThat(created.segments()).extracting(s -> s.id()).containsExactly(storgatan);

        mvc.perform(post(location).with(csrf()).param("name", "Torget i Ed " + torget)
                .param("area", Long.toString(torget))).andExpect(redirectedUrl(location));
        var saved = focusPlaces.find(id).orElseThrow();
        assertThat(saved.name()).isEqualTo("Torget i Ed " + torget);
        assertThat(saved.segments()).isEmpty();

        mvc.perform(post(location + "/delete").with(csrf())).andExpect(redirectedUrl("/manage/situation/places/focus"));
        assertThat(focusPlaces.find(id)).isEmpty();
    }

    @Test
    void aFocusPlaceWithoutNameOrPartsIsRefusedNextToTheFields() throws Exception {
        Document page = html(mvc.perform(post("/manage/situation/places/focus/new").with(csrf())
                .param("organisation", id(dalsEd)).param("name", " ").param("description", "Ring 19121212-1212."))
                .andExpect(status().isOk()));
        assertThat(page.select("#name-error").text()).isEqualTo("Fyll i namnet.");
        assertThat(page.select("#description-error").text()).contains("19121212-1212");
        assertThat(page.select(".error-summary a[href=#parts]").text()).isEqualTo("Välj minst ett område eller gatuavsnitt.");
        assertThat(page.select("#description").text()).isEqualTo("Ring 19121212-1212.");
    }

    @Test
    @WithMockUser(username = "mellerud.analytiker")
    void anotherOrganisationsAnalystIsRefused() throws Exception {
        var id = focusPlaces.create(dalsEd, "Ed centrum " + torget, "", Set.of(torget), Set.of(),
                staff.member("dalsed.analytiker")).id();
        mvc.perform(get("/manage/situation/places/focus/new").param("organisation", id(dalsEd)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/places/focus/new").with(csrf()).param("organisation", id(dalsEd))
                .param("name", "Intrång").param("area", Long.toString(torget))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/situation/places/focus/" + id)).andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/places/focus/" + id).with(csrf()).param("name", "Intrång")
                .param("area", Long.toString(torget))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/places/focus/" + id + "/delete").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/places/areas/" + torget).with(csrf()).param("name", "Intrång")
                .param("kind", "OTHER")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/places/areas/" + torget + "/delete").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(focusPlaces.find(id).orElseThrow().name()).isEqualTo("Ed centrum " + torget);
    }

    @Test
    void countsIncidentsInTheFocusPlacesPartsByCategoryAndPeriod() {
        var analyst = staff.member("dalsed.analytiker");
        var id = focusPlaces.create(dalsEd, "Räknas " + torget, "", Set.of(torget), Set.of(storgatan), analyst).id();
        incident("Skadegörelse", "2031-03-01T10:00:00Z", torget, null);
        incident("Skadegörelse", "2031-03-02T10:00:00Z", torget, storgatan);
        incident("Stöld", "2031-03-03T10:00:00Z", null, storgatan);
        incident("Skadegörelse", "2031-04-01T00:00:00Z", torget, null);
        incident("Skadegörelse", "2031-03-05T10:00:00Z", null, null);
        var march = OffsetDateTime.parse("2031-03-01T00:00:00Z");
        var april = OffsetDateTime.parse("2031-04-01T00:00:00Z");
        assertThat(focusPlaces.countIncidents(id, null, march, List.of(april))).containsExactly(3L);
        assertThat(focusPlaces.countIncidents(id, "Skadegörelse", march, List.of(april, april.plusDays(1))))
                .containsExactly(2L, 3L);
        assertThat(focusPlaces.countIncidents(id, "Skadegörelse", march, List.of(march.plusDays(1), april)))
                .containsExactly(1L, 2L);
    }

    @Test
    void aBrokenGeoJsonUploadShowsEachProblemAndSavesNothing() throws Exception {
        long areas = jdbc.sql("select count(*) from area").query(Long.class).single();
        String file = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"namn": "Centrum"},
                   "geometry": {"type": "Polygon", "coordinates": [[[11.9, 58.9], [12.0, 58.9], [12.0, 59.0], [11.9, 58.9]]]}},
                  {"type": "Feature", "properties": {"name": "Ån"},
                   "geometry": {"type": "Polygon", "coordinates": [[[11.9, 58.9], [12.0, 58.9], [12.0, 59.0], [11.9, 59.0]]]}}
                ]}""";
        Document page = html(mvc.perform(multipart("/manage/situation/places").file(new MockMultipartFile("file",
                        "ed.geojson", "application/geo+json", file.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(csrf()).param("organisation", id(dalsEd)).param("areaNameProperty", "name")
                .param("areaKind", "DISTRICT").param("segmentNameProperty", "name")).andExpect(status().isOk()));
        assertThat(page.select("#file-error li").eachText()).containsExactly(
                "Objekt 1 (features[0]) saknar egenskapen \"name\" eller så är den tom.",
                "Objekt 2 (features[1]): ring 1 är inte sluten; den sista punkten ska vara densamma som den första.");
        assertThat(page.select("#areaNameProperty").val()).isEqualTo("name");
        assertThat(jdbc.sql("select count(*) from area").query(Long.class).single()).isEqualTo(areas);
    }

    private void incident(String category, String at, Long area, Long segment) {
        jdbc.sql("insert into incident (organisation_id, source, dedup_key, category, starts_at, place_precision,"
                        + " area_id, segment_id) values (?, 'test', ?, ?, ?, 'POINT', ?, ?)")
                .params(dalsEd.value(), UUID.randomUUID().toString().replace("-", ""), category,
                        OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC), area, segment)
                .update();
    }

    private long insert(String sql, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(dalsEd.value(), name).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static String id(OrganisationId id) {
        return Long.toString(id.value());
    }
}
