package se.lofte.situation.web;

import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.SituationTestData;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.situation.SituationTestData.at;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/** The trends page and the lägesbild document, staff and public, through the web layer. */
@SpringBootTest
@AutoConfigureMockMvc
class LagesbildPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    Organisation dalsEd;
    Organisation bengtsfors;
    SituationTestData data;
    String source;

    @BeforeEach
    void partiesAndTheirStaff() {
        dalsEd = organisations.municipalityBySlug("dals-ed").orElseThrow();
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var police = organisations.coveringLocalPoliceAreas(dalsEd.id()).getFirst();
        staff.member("lb.kommun.analytiker", dalsEd.id(), Role.ANALYST);
        staff.member("lb.polis.redaktor", police.id(), Role.EDITOR);
        staff.member("lb.kommun.rapportor", dalsEd.id(), Role.REPORTER);
        staff.member("lb.kommun.lasare", dalsEd.id(), Role.VIEWER);
        staff.member("lb.bengtsfors.analytiker", bengtsfors.id(), Role.ANALYST);
        data = new SituationTestData(jdbc);
        source = SituationTestData.uniqueSource();
    }

    @Test
    void theTrendsPageShowsChartTableComparisonsAndRollingWindows() throws Exception {
        data.incidents(6, source, "Stöld", dalsEd.id().value(), "1438", at("2025-02-10T12:00"));
        data.incidents(2, source, "Rån", dalsEd.id().value(), "1438", at("2025-03-10T12:00"));

        Document page = html(mvc.perform(as("lb.kommun.analytiker", get("/manage/situation/trends")
                .param("source", source).param("granularity", "month").param("from", "2025-01-01")
                .param("to", "2025-03-31"))).andExpect(status().isOk()));

        var chart = page.selectFirst("svg.chart[role=img]");
        assertThat(chart).isNotNull();
        assertThat(chart.select("title").text()).isEqualTo("Antal händelser per månad");
        assertThat(chart.select("desc").text()).contains("Totalt 8 händelser", "feb. 2025 (6)");
        assertThat(chart.select("rect.bar")).hasSize(2);
        var table = page.selectFirst("table.trend-table");
        assertThat(table.select("caption").text()).startsWith("Antal händelser");
        assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("jan. 2025", "feb. 2025", "mars 2025");
        // Data from 10 February to 10 March: January has none (unknown, not 0), the others only in part.
        assertThat(table.select("tbody td").eachText()).containsExactly("– data saknas", "6 delvis", "2 delvis");
        assertThat(page.select("#comparison ~ p, section[aria-labelledby=comparison] p").text()).contains("0,05");
        assertThat(page.select("section[aria-labelledby=rolling] tbody th[scope=row]").text())
                .contains("Senaste 7 dagarna", "Senaste 28 dagarna", "Året hittills");
        assertThat(page.text()).doesNotContain("Polisens händelser (polisen.se) visar");
        assertThat(page.select("form[action=/manage/situation/lagesbild/pin] input[name=source]").val()).isEqualTo(source);

        Document all = html(mvc.perform(as("lb.kommun.analytiker", get("/manage/situation/trends")))
                .andExpect(status().isOk()));
        assertThat(all.text()).contains("Polisens händelser (polisen.se) visar polisens aktivitet");
    }

    @Test
    void weeklyCountsSayHowManyMonthKnownIncidentsTheyLeaveOut() throws Exception {
        data.incident(source, "Burglary", dalsEd.id().value(), "1438", OffsetDateTime.parse("2025-03-01T00:00Z"),
                OffsetDateTime.parse("2025-04-01T00:00Z"), null, null);
        Document page = html(mvc.perform(as("lb.kommun.analytiker", get("/manage/situation/trends")
                .param("source", source).param("granularity", "week").param("from", "2025-02-24")
                .param("to", "2025-03-30"))).andExpect(status().isOk()));
        assertThat(page.text()).contains("1 händelser som bara är kända till månaden");
    }

    @Test
    void badFilterInputIsNamedNextToItsFieldWithoutAnError500() throws Exception {
        Document page = html(mvc.perform(as("lb.kommun.analytiker", get("/manage/situation/trends")
                .param("from", "2025-02-30").param("place", "zz"))).andExpect(status().isOk()));
        assertThat(page.select(".error-summary a[href=#from]").text()).contains("2025-02-30");
        assertThat(page.select(".error-summary a[href=#place]")).hasSize(1);
        assertThat(page.select("#from").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("svg.chart")).isEmpty();
    }

    @Test
    void twoEditorsNeverOverwriteEachOtherAndTheLoserKeepsTheirText() throws Exception {
        int year = TestYears.lagesbild();
        String url = "/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year;
        Document blank = html(mvc.perform(as("lb.kommun.analytiker", get(url))).andExpect(status().isOk()));
        assertThat(blank.select("input[name=version]").val()).isEqualTo("-1");

        mvc.perform(as("lb.kommun.analytiker", post(url)).param("version", "-1").param("analysis", "Kommunens text."))
                .andExpect(redirectedUrl(url));
        // The police editor opened the page before the municipality saved: version -1 is stale now.
        Document conflict = html(mvc.perform(as("lb.polis.redaktor", post(url)).param("version", "-1")
                .param("analysis", "Polisens text.")).andExpect(status().isOk()));
        assertThat(conflict.select("#analysis").text()).isEqualTo("Polisens text.");
        assertThat(conflict.select(".their-text").text()).isEqualTo("Kommunens text.");
        assertThat(conflict.select(".error-summary").text()).contains("Någon annan har sparat");
        assertThat(analysis(year)).isEqualTo("Kommunens text.");

        // Having seen the other text, the police editor merges and saves on top of it.
        String seen = conflict.select("input[name=version]").val();
        mvc.perform(as("lb.polis.redaktor", post(url)).param("version", seen)
                .param("analysis", "Kommunens text.\n\nPolisens text.")).andExpect(redirectedUrl(url));
        assertThat(analysis(year)).isEqualTo("Kommunens text.\n\nPolisens text.");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'lagesbild' and subject_id = ?")
                .param(dalsEd.id().value() + "/" + year).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPersonalIdentityNumberIsRefusedAndTheTextKept() throws Exception {
        int year = TestYears.lagesbild();
        String url = "/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year;
        Document page = html(mvc.perform(as("lb.kommun.analytiker", post(url)).param("version", "-1")
                .param("analysis", "Anmälan från 19121212-1212 om bråk.")).andExpect(status().isOk()));
        assertThat(page.select(".error-summary a[href=#analysis]").text()).contains("19121212-1212");
        assertThat(page.select("#analysis").text()).isEqualTo("Anmälan från 19121212-1212 om bråk.");
        assertThat(jdbc.sql("select count(*) from lagesbild where municipality_id = ? and lagesbild_year = ?")
                .params(dalsEd.id().value(), year).query(Long.class).single()).isZero();
    }

    @Test
    void viewersReadTheDocumentButMayNotChangeItAndReportersSeeNeither() throws Exception {
        int year = TestYears.lagesbild();
        String url = "/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year;
        Document page = html(mvc.perform(as("lb.kommun.lasare", get(url))).andExpect(status().isOk()));
        assertThat(page.select("textarea")).isEmpty();
        mvc.perform(as("lb.kommun.lasare", post(url)).param("version", "-1").param("analysis", "x"))
                .andExpect(status().isForbidden());
        // Someone who is only a reporter sees nothing of the situation picture but their reports (ReporterGuard).
        mvc.perform(as("lb.kommun.rapportor", get(url))).andExpect(status().isForbidden());
        mvc.perform(as("lb.bengtsfors.analytiker", get(url))).andExpect(status().isForbidden());
    }

    @Test
    void pinsArePinnedFromTheTrendsPageRenderedLiveReorderedAndRemoved() throws Exception {
        int year = TestYears.lagesbild();
        String url = "/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year;
        data.incidents(7, source, "Stöld", dalsEd.id().value(), "1438", at("2025-04-10T12:00"));
        pin("lb.kommun.analytiker", dalsEd, year, "CHART", "Stölder per månad").andExpect(redirectedUrl(url + "#pins"));
        pin("lb.polis.redaktor", dalsEd, year, "TABLE", "Stölder, tabell").andExpect(redirectedUrl(url + "#pins"));

        Document page = html(mvc.perform(as("lb.kommun.analytiker", get(url))).andExpect(status().isOk()));
        assertThat(page.select("article.pin h3").eachText()).containsExactly("Stölder per månad", "Stölder, tabell");
        assertThat(page.select("article.pin").get(0).select("svg.chart rect.bar")).hasSize(1);
        assertThat(page.select("article.pin").get(1).select("svg")).isEmpty();
        assertThat(page.select("article.pin").get(1).select("tfoot td").text()).isEqualTo("7");

        // Live: an incident imported later shows in the pinned table at once.
        data.incidents(1, source, "Stöld", dalsEd.id().value(), "1438", at("2025-04-11T12:00"));
        long second = Long.parseLong(page.select("article.pin").get(1).attr("aria-labelledby").substring("pin-".length()));
        mvc.perform(as("lb.polis.redaktor", post(url + "/pins/" + second)).param("action", "up"))
                .andExpect(redirectedUrl(url + "#pins"));
        page = html(mvc.perform(as("lb.kommun.analytiker", get(url))).andExpect(status().isOk()));
        assertThat(page.select("article.pin h3").eachText()).containsExactly("Stölder, tabell", "Stölder per månad");
        assertThat(page.select("article.pin").get(0).select("tfoot td").text()).isEqualTo("8");

        mvc.perform(as("lb.polis.redaktor", post(url + "/pins/" + second)).param("action", "remove"))
                .andExpect(redirectedUrl(url + "#pins"));
        page = html(mvc.perform(as("lb.kommun.analytiker", get(url))).andExpect(status().isOk()));
        assertThat(page.select("article.pin h3").eachText()).containsExactly("Stölder per månad");
    }

    @Test
    void aPinWithoutTitleGoesBackToTheTrendsPageWithTheProblem() throws Exception {
        int year = TestYears.lagesbild();
        var result = pin("lb.kommun.analytiker", dalsEd, year, "CHART", " ").andReturn();
        String back = result.getResponse().getRedirectedUrl();
        assertThat(back).startsWith("/manage/situation/trends?").contains("source=" + source).endsWith("#pin");
        var problems = result.getFlashMap().get(LagesbildController.PIN_PROBLEMS);
        assertThat(problems).asList().extracting("code").containsExactly("lagesbild.error.titleMissing");
    }

    @Test
    void aDocumentHoldsAtMostFortyPinsAndTheNextIsRefusedByItsMunicipality() throws Exception {
        int year = TestYears.lagesbild();
        for (int i = 1; i <= Lagesbilder.PINS_MAX; i++) {
            pin("lb.kommun.analytiker", dalsEd, year, "TABLE", "Tabell " + i).andExpect(status().is3xxRedirection());
        }
        var refused = pin("lb.kommun.analytiker", dalsEd, year, "CHART", "En till").andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/manage/situation/trends?").endsWith("#pin");
        assertThat(refused.getFlashMap().get(LagesbildController.PIN_PROBLEMS)).asList().extracting("field", "code")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("municipalityId", "lagesbild.error.pinsFull"));
        Integer pins = jdbc.sql("select count(*) from lagesbild_pin p join lagesbild l on l.id = p.lagesbild_id"
                        + " where l.municipality_id = ? and l.lagesbild_year = ?")
                .params(dalsEd.id().value(), year).query(Integer.class).single();
        assertThat(pins).isEqualTo(Lagesbilder.PINS_MAX);
    }

    @Test
    void aKindThisVersionDoesNotKnowIsShownAsALink() throws Exception {
        int year = TestYears.lagesbild();
        pin("lb.kommun.analytiker", dalsEd, year, "CHART", "Diagram");
        long id = jdbc.sql("select id from lagesbild where municipality_id = ? and lagesbild_year = ?")
                .params(dalsEd.id().value(), year).query(Long.class).single();
        jdbc.sql("insert into lagesbild_pin (lagesbild_id, sort_order, kind, title, query_json) values (?, 9, 'HEAT_GRID',"
                + " 'Rutnät', '{\"zoom\":\"14\"}')").param(id).update();
        Document page = html(mvc.perform(as("lb.kommun.analytiker",
                get("/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year))).andExpect(status().isOk()));
        assertThat(page.select("article.pin a[href=/manage/situation/heat-grid?zoom=14]").text()).contains("Rutnät");
    }

    @Test
    void aMapViewIsPinnedFromTheMapAndShownLiveWithItsCountTablesAndALinkBack() throws Exception {
        int year = TestYears.lagesbild();
        String url = "/manage/situation/lagesbild/" + dalsEd.id().value() + "/" + year;
        long centrum = data.area(dalsEd.id().value(), "DISTRICT", "Kartcentrum", "1438", null);
        try {
            for (int i = 0; i < 3; i++) {
                data.incident(source, "Stöld", dalsEd.id().value(), "1438", at("2025-04-10T12:00"), null, centrum, null);
            }
            data.incidents(2, source, "Rån", dalsEd.id().value(), "1438", at("2025-05-10T12:00"));
            data.incidents(4, source, "Rån", dalsEd.id().value(), "1438", at("2024-05-10T12:00")); // before the filter

            pinMap("lb.kommun.analytiker", year, "Kartan våren 2025", "source=" + source
                    + "&from=2025-01-01&to=2025-06-30&view=58.85%2C11.95%2C12&heat=1&page=3&lang=sv")
                    .andExpect(redirectedUrl(url + "#pins"));
            assertThat(jdbc.sql("select p.kind from lagesbild_pin p join lagesbild l on l.id = p.lagesbild_id"
                    + " where l.municipality_id = ? and l.lagesbild_year = ?").params(dalsEd.id().value(), year)
                    .query(String.class).list()).containsExactly("MAP_VIEW");

            Document page = html(mvc.perform(as("lb.polis.redaktor", get(url))).andExpect(status().isOk()));
            var pin = page.selectFirst("article.pin");
            assertThat(pin.select("h3").text()).isEqualTo("Kartan våren 2025");
            String filter = "source=" + source + "&from=2025-01-01&to=2025-06-30";
            var map = pin.selectFirst("div.situation-map[data-url]");
            assertThat(map.attr("data-url")).isEqualTo("/manage/situation/map/data?" + filter);
            assertThat(map.attr("data-view")).isEqualTo("58.85,11.95,12");
            assertThat(map.attr("data-heat")).isEqualTo("1");
            assertThat(pin.select("table.map-pin-categories tbody tr").eachText())
                    .containsExactly("Stöld 3 3", "Rån 2 2");
            assertThat(pin.select("table.map-pin-areas tbody tr").eachText()).containsExactly("Kartcentrum 3 3");
            assertThat(pin.select("a.map-pin-open").text()).isEqualTo("Öppna kartan");
            assertThat(pin.select("a.map-pin-open").attr("href"))
                    .isEqualTo("/manage/situation/map?" + filter + "&view=58.85%2C11.95%2C12&heat=1");
            assertThat(page.select("head script[src^=/js/situation-map-]")).hasSize(1);

            // The data the script draws for the pin answers for that filter.
            mvc.perform(as("lb.polis.redaktor", get(map.attr("data-url")))).andExpect(status().isOk());
            // Live: an incident imported later is counted at once.
            data.incident(source, "Stöld", dalsEd.id().value(), "1438", at("2025-06-01T12:00"), null, centrum, null);
            page = html(mvc.perform(as("lb.kommun.analytiker", get(url))).andExpect(status().isOk()));
            assertThat(page.select("article.pin table.map-pin-areas tbody tr").eachText())
                    .containsExactly("Kartcentrum 4 4");

        } finally {
            // Other tests (the map's, on a shared database) count every area a system administrator sees.
            jdbc.sql("delete from incident where source = ?").param(source).update();
            jdbc.sql("delete from area where id = ?").param(centrum).update();
        }
    }

    @Test
    void aMapQueryThatCannotBeReadIsRefusedOnTheMapPageAndNothingIsPinned() throws Exception {
        int year = TestYears.lagesbild();
        var badDate = pinMap("lb.kommun.analytiker", year, "Karta", "source=" + source + "&from=2025-13-01")
                .andReturn();
        assertThat(badDate.getResponse().getRedirectedUrl())
                .startsWith("/manage/situation/map?").contains("source=" + source).endsWith("#pin");
        assertThat(badDate.getFlashMap().get(LagesbildController.PIN_PROBLEMS)).asList().extracting("code")
                .containsExactly("map.pin.error.filter", "problem.date");

        var unknown = mvc.perform(as("lb.kommun.analytiker", post("/manage/situation/lagesbild/pin-map"))
                .param("municipalityId", Long.toString(dalsEd.id().value())).param("year", Integer.toString(year))
                .param("title", "Min karta").param("query", "source=" + source + "&zoom=14&view=north")).andReturn();
        assertThat(unknown.getFlashMap().get(LagesbildController.PIN_PROBLEMS)).asList().extracting("code", "args")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("map.pin.error.parameter", java.util.List.of("zoom")),
                        org.assertj.core.groups.Tuple.tuple("map.pin.error.view", java.util.List.of("north")));
        var noTitle = pinMap("lb.kommun.analytiker", year, " ", "source=" + source).andReturn();
        assertThat(noTitle.getFlashMap().get(LagesbildController.PIN_PROBLEMS)).asList().extracting("code")
                .containsExactly("lagesbild.error.titleMissing");
        // A map view cannot come in through the trends page's pin, which stores a trend filter.
        var throughTrends = pin("lb.kommun.analytiker", dalsEd, year, "MAP_VIEW", "Karta").andReturn();
        assertThat(throughTrends.getFlashMap().get(LagesbildController.PIN_PROBLEMS)).asList().extracting("code")
                .containsExactly("lagesbild.error.kind");
        assertThat(jdbc.sql("select count(*) from lagesbild where municipality_id = ? and lagesbild_year = ?")
                .params(dalsEd.id().value(), year).query(Long.class).single()).isZero();

        // Back on the map page, in the state that was posted, with the title kept for the pin form.
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/manage/situation/map?source=" + source + "#pin");
        assertThat(unknown.getFlashMap().get("pinTitle")).isEqualTo("Min karta");
        Document map = html(mvc.perform(as("lb.kommun.analytiker", get("/manage/situation/map").param("source", source)
                .param("view", "59.05,12.7,12"))).andExpect(status().isOk()));
        assertThat(map.select("section.map-pin form[action=/manage/situation/lagesbild/pin-map] #map-pin-query").val())
                .isEqualTo("source=" + source + "&view=59.05%2C12.7%2C12");

        // Reporters may not pin.
        pinMap("lb.kommun.rapportor", year, "Karta", "source=" + source).andExpect(status().isForbidden());
    }

    @Test
    void thePublicSeesThePublishedDocumentWithSmallCountsSuppressedAndThePromiseLinksToIt() throws Exception {
        // The seed promise is Bengtsfors' for 2019; its lägesbild of the same year is linked from it.
        String url = "/manage/situation/lagesbild/" + bengtsfors.id().value() + "/2019";
        long org = bengtsfors.id().value();
        data.incidents(3, source, "Skadegörelse", org, "1460", at("2019-01-15T12:00"));
        data.incidents(7, source, "Skadegörelse", org, "1460", at("2019-02-15T12:00"));
        data.incidents(9, source, "Skadegörelse", org, "1438", at("2019-02-15T12:00")); // not Bengtsfors'
        mvc.perform(as("lb.bengtsfors.analytiker", post("/manage/situation/lagesbild/pin"))
                .param("municipalityId", Long.toString(org)).param("year", "2019").param("kind", "CHART")
                .param("title", "Skadegörelse 2019").param("source", source).param("granularity", "month")
                .param("from", "2019-01-01").param("to", "2019-03-31")).andExpect(redirectedUrl(url + "#pins"));
        mvc.perform(get("/kommun/bengtsfors/lagesbild/2019")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/kommun/bengtsfors/medborgarlofte/2019")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Läs lägesbilden");

        Document staff = html(mvc.perform(as("lb.bengtsfors.analytiker", get(url))).andExpect(status().isOk()));
        mvc.perform(as("lb.bengtsfors.analytiker", post(url)).param("version", staff.select("input[name=version]").val())
                .param("analysis", "Skadegörelsen har ökat vid stationen.").param("shownPublicly", "true"))
                .andExpect(redirectedUrl(url));

        Document page = html(mvc.perform(get("/kommun/bengtsfors/lagesbild/2019")).andExpect(status().isOk()));
        assertThat(page.select("h1").text()).isEqualTo("Lägesbild för Bengtsfors 2019");
        assertThat(page.text()).contains("Skadegörelsen har ökat vid stationen.");
        // Bengtsfors' data runs from 15 January to 15 February: March has none.
        assertThat(page.select("tbody td").eachText()).containsExactly("färre än 5 delvis", "7 delvis", "– data saknas");
        assertThat(page.select("svg.chart rect.bar")).hasSize(1);
        assertThat(page.select("svg.chart desc").text()).doesNotContain("3");
        assertThat(page.select("tfoot")).isEmpty();

        Document english = html(mvc.perform(get("/kommun/bengtsfors/lagesbild/2019").param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(english.select("tbody td").eachText()).contains("fewer than 5 partly");

        Document promise = html(mvc.perform(get("/kommun/bengtsfors/medborgarlofte/2019")).andExpect(status().isOk()));
        assertThat(promise.select("section[aria-labelledby=situation] a").attr("href"))
                .isEqualTo("/kommun/bengtsfors/lagesbild/2019");
        assertThat(promise.select("section[aria-labelledby=situation] a").text()).isEqualTo("Läs lägesbilden");
    }

    private ResultActions pin(String username, Organisation municipality, int year, String kind, String title)
            throws Exception {
        return mvc.perform(as(username, post("/manage/situation/lagesbild/pin"))
                .param("municipalityId", Long.toString(municipality.id().value())).param("year", Integer.toString(year))
                .param("kind", kind).param("title", title).param("source", source).param("granularity", "month")
                .param("from", "2025-01-01").param("to", "2025-06-30"));
    }

    private ResultActions pinMap(String username, int year, String title, String query) throws Exception {
        return mvc.perform(as(username, post("/manage/situation/lagesbild/pin-map"))
                .param("municipalityId", Long.toString(dalsEd.id().value())).param("year", Integer.toString(year))
                .param("title", title).param("query", query));
    }

    private String analysis(int year) {
        return jdbc.sql("select analysis from lagesbild where municipality_id = ? and lagesbild_year = ?")
                .params(dalsEd.id().value(), year).query(String.class).single();
    }
}
