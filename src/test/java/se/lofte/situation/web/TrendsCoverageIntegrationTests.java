package se.lofte.situation.web;

import java.time.OffsetDateTime;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static se.lofte.situation.SituationTestData.at;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * The trends page never claims a change the data cannot show: with incidents covering only 2025, no view of
 * 2026 shows a change or "mer än slumpen", blank dates open on the last day of data, the pin form offers the
 * person's own municipality and the filter's year, and a local police area's default view leaves out what it
 * imported outside its municipalities. Run on H2 and PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrendsCoverageIntegrationTests {

    private static final String AMAL = "1492";

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    Organisation amal;
    Organisation police;
    SituationTestData data;
    String source;

    @BeforeEach
    void amalAndItsPolice() {
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        police = organisations.coveringLocalPoliceAreas(amal.id()).getFirst();
        // The trial's user: an analyst of Åmål who also edits for the local police area, so that every
        // lägesbild of the area is offered for pinning; Bengtsfors comes first by name.
        staff.member("tc.amal.analytiker", amal.id(), Role.ANALYST);
        staff.member("tc.amal.analytiker", police.id(), Role.EDITOR);
        staff.member("tc.lpo.analytiker", police.id(), Role.ANALYST);
        staff.member("tc.admin", amal.id(), Role.VIEWER);
        staff.systemAdministrator("tc.admin");
        data = new SituationTestData(jdbc);
        source = SituationTestData.uniqueSource();
    }

    /** Åmål's data: 3 February to 20 November 2025, nothing before or after. */
    private void dataOnlyIn2025() {
        long org = amal.id().value();
        data.incidents(6, source, "Stöld", org, AMAL, at("2025-02-03T10:00"));
        data.incidents(40, source, "Stöld", org, AMAL, at("2025-06-12T22:00"));
        data.incidents(3, source, "Skadegörelse", org, AMAL, at("2025-09-01T03:00"));
        data.incidents(2, source, "Stöld", org, AMAL, at("2025-11-20T18:00"));
    }

    @Test
    void withDataOnlyIn2025NoViewOf2026ShowsAChangeOrMoreThanChance() throws Exception {
        dataOnlyIn2025();
        for (String granularity : new String[]{"week", "month", "year"}) {
            Document page = trends("tc.amal.analytiker", "granularity", granularity, "from", "2026-01-01",
                    "to", "2026-12-31");
            assertNoChangeAnywhere(page);
            assertThat(page.text()).contains("Data saknas för perioden 1 jan. 2026–31 dec. 2026.");
            // Every bucket of 2026 is unknown, not 0, and the chart draws no bar but marks the gap.
            assertThat(page.select("section[aria-labelledby=over-time] tbody td").eachText())
                    .isNotEmpty().allSatisfy(cell -> assertThat(cell).startsWith("–"));
            assertThat(page.select("section[aria-labelledby=over-time] svg.chart rect.bar")).isEmpty();
            assertThat(page.select("section[aria-labelledby=over-time] svg.chart rect.no-data")).isNotEmpty();
            assertThat(page.select("#chart-series-desc").text()).contains("Data saknas för hela tiden");
        }

        Document english = trends("tc.amal.analytiker", "granularity", "month", "from", "2026-01-01", "to",
                "2026-12-31", "lang", "en");
        assertThat(english.select("table, svg").text()).doesNotContainIgnoringCase("more than chance")
                .doesNotContain("%").contains("No data for the period 1 Jan 2026–31 Dec 2026.");
    }

    @Test
    void blankDatesOpenOnTheLastDayOfDataWithoutAChangeAgainstTimeWithout() throws Exception {
        dataOnlyIn2025();

        Document page = trends("tc.amal.analytiker");

        // Twelve months up to the last day of data, not up to today.
        assertThat(page.select("#from").val()).isEqualTo("2024-12-01");
        assertThat(page.select("#to").val()).isEqualTo("2025-11-20");
        assertThat(page.select("p.trend-scope").text()).contains("Uppgifterna sträcker sig från 3 feb. 2025 till 20 nov. 2025");
        // The period reaches back into December 2024, which no data covers: counted, but compared with nothing.
        assertNoChangeAnywhere(page.selectFirst("section[aria-labelledby=comparison]"));
        assertThat(page.select("section[aria-labelledby=comparison] td.no-data").eachText()).containsExactly(
                "Data saknas för en del av perioden 1 dec. 2024–20 nov. 2025. Data saknas för perioden 12 dec. 2023–30 nov. 2024.",
                "Data saknas för en del av perioden 1 dec. 2024–20 nov. 2025. Data saknas för perioden 1 dec. 2023–20 nov. 2024.");
        assertThat(page.select("section[aria-labelledby=over-time] tbody td").eachText())
                .startsWith("– data saknas", "– data saknas", "6 delvis", "0", "0", "0", "40");
        assertThat(page.select("section[aria-labelledby=over-time] tfoot td").text()).isEqualTo("51");
        // Year to date against last year: 2024 has no data.
        assertThat(rows(page, "rolling").getLast().text()).contains("Data saknas för perioden 1 jan. 2024–20 nov. 2024.");
        assertNoChangeAnywhere(page.selectFirst("section[aria-labelledby=categories]"));
        assertThat(page.select("section[aria-labelledby=categories] p.alert").text())
                .contains("Data saknas för perioden 12 dec. 2023–30 nov. 2024.");

        // Within 2025 the data covers both periods, and June's 40 against May's none is a change.
        Document june = trends("tc.amal.analytiker", "from", "2025-06-01", "to", "2025-06-30");
        assertThat(rows(june, "comparison").getFirst().text()).contains("+40", "Mer än slumpen");
    }

    @Test
    void withNoDataAtAllThePageSaysSoInsteadOfDrawingEmptyCharts() throws Exception {
        Document page = trends("tc.amal.analytiker");
        assertThat(page.select("#no-data").text()).contains("Det finns inga händelser att visa här ännu.");
        assertThat(page.select("svg.chart")).isEmpty();
        assertThat(page.select("table.trend-table")).isEmpty();
    }

    @Test
    void thePinFormOffersTheUsersOwnMunicipalityAndTheFiltersYear() throws Exception {
        dataOnlyIn2025();

        Document page = trends("tc.amal.analytiker");
        var choices = page.select("form[action=/manage/situation/lagesbild/pin] #municipalityId option");
        assertThat(choices.eachText()).containsExactly("Bengtsfors", "Dals-Ed", "Mellerud", "Åmål");
        assertThat(choices.select("[selected]").text()).isEqualTo("Åmål");
        assertThat(page.select("form[action=/manage/situation/lagesbild/pin] #year").val()).isEqualTo("2025");

        // Narrowed to another of the area's municipalities, that municipality's lägesbild is offered.
        data.incidents(2, source, "Stöld", amal.id().value(), "1438", at("2024-06-01T12:00"));
        Document dalsEd = trends("tc.amal.analytiker", "place", "m:1438", "from", "2024-01-01", "to",
                "2024-12-31");
        assertThat(dalsEd.select("#municipalityId option[selected]").text()).isEqualTo("Dals-Ed");
        assertThat(dalsEd.select("#year").val()).isEqualTo("2024");

        // The map offers the same.
        Document map = html(mvc.perform(as("tc.amal.analytiker", get("/manage/situation/map").param("source", source)))
                .andExpect(status().isOk()));
        assertThat(map.select("#municipalityId option[selected]").text()).isEqualTo("Åmål");
    }

    @Test
    void aLocalPoliceAreaSeesItsMunicipalitiesAndNotWhatItImportedElsewhere() throws Exception {
        long lpo = police.id().value();
        data.incidents(4, source, "Stöld", amal.id().value(), AMAL, at("2025-05-10T12:00"));
        data.incidents(2, source, "Stöld", lpo, "1438", at("2025-05-11T12:00"));
        // The area's own imports elsewhere: police.uk test data from London (no municipality) and the police
        // feed for Stockholm.
        for (int i = 0; i < 7; i++) {
            data.incident(source, "Burglary", lpo, null, OffsetDateTime.parse("2025-05-01T00:00Z"),
                    OffsetDateTime.parse("2025-06-01T00:00Z"), null, null);
        }
        data.incidents(3, source, "Stöld", lpo, "0180", at("2025-05-12T12:00"));

        Document page = trends("tc.lpo.analytiker", "from", "2025-05-01", "to", "2025-05-31");
        assertThat(page.select("p.trend-scope strong").text())
                .isEqualTo("Visar händelser i dina kommuner: Bengtsfors, Dals-Ed, Mellerud, Åmål.");
        assertThat(page.select("section[aria-labelledby=over-time] tfoot td").text()).isEqualTo("6");
        assertThat(page.select("#category option").eachText()).doesNotContain("Burglary");

        Document map = html(mvc.perform(as("tc.lpo.analytiker", get("/manage/situation/map").param("source", source)))
                .andExpect(status().isOk()));
        assertThat(map.select(".map-count").text()).isEqualTo("6 händelser matchar urvalet.");
        assertThat(map.text()).contains("Visar händelser i dina kommuner: Bengtsfors, Dals-Ed, Mellerud, Åmål.");

        // An Åmål analyst sees Åmål's first, then the area's.
        assertThat(trends("tc.amal.analytiker", "from", "2025-05-01", "to", "2025-05-31")
                .select("p.trend-scope strong").text())
                .isEqualTo("Visar händelser i dina kommuner: Åmål, Bengtsfors, Dals-Ed, Mellerud.");

        // A system administrator sees everything, and is told so.
        Document admin = trends("tc.admin", "from", "2025-05-01", "to", "2025-05-31");
        assertThat(admin.select("p.trend-scope strong").text()).contains("alla händelser", "systemadministratör");
        assertThat(admin.select("section[aria-labelledby=over-time] tfoot td").text()).isEqualTo("16");
    }

    /**
     * No percent, no p-value, no verdict of chance in any table or chart of {@code part}: only "data saknas".
     * (The paragraph that explains how to read a comparison names "mer än slumpen"; it claims nothing.)
     */
    private static void assertNoChangeAnywhere(Element part) {
        String shown = part.select("table, svg").text();
        assertThat(shown).isNotEmpty().doesNotContainIgnoringCase("mer än slumpen").doesNotContain("Kan vara slump")
                .doesNotContain("%");
        assertThat(part.select("table th").eachText()).contains("Förändring");
        assertThat(part.select("td.numeric").eachText()).noneMatch(cell -> cell.matches(".*[+\u2212]\\d.*"));
    }

    private static java.util.List<Element> rows(Document page, String section) {
        return page.select("section[aria-labelledby=" + section + "] table tbody tr");
    }

    private Document trends(String username, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/manage/situation/trends").param("source", source);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return html(mvc.perform(as(username, request)).andExpect(status().isOk()));
    }
}
