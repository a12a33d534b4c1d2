package se.lofte.situation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.situation.reports.PlaceReports;
import se.lofte.situation.reports.ReportInput;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who gets which place-report page: a person who is only a reporter lands on the form, sees their own
 * reports and nothing else of the situation picture; analysts see the organisation's week.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceReportPagesIntegrationTests {

    @RegisterExtension
    final ReportPlaces edCentrum = new ReportPlaces().area("dals-ed", "Ed centrum", 11.90, 58.88, 11.96, 58.92);
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlaceReports reports;

    OrganisationId dalsEd;
    long centrum;

    @BeforeEach
    void aReporterAndAnAnalystOfDalsEd() {
        dalsEd = staff.municipality("dals-ed");
        staff.member("pages.rapportor", dalsEd, Role.REPORTER);
        staff.member("pages.kollega", dalsEd, Role.REPORTER);
        staff.member("pages.analytiker", dalsEd, Role.ANALYST);
        centrum = edCentrum.id("Ed centrum");
    }

    @Test
    void aReporterLandsOnTheReportForm() throws Exception {
        mvc.perform(get("/manage").with(as("pages.rapportor")))
                .andExpect(redirectedUrl("/manage/situation/reports/new"));
        mvc.perform(get("/manage").with(as("pages.analytiker"))).andExpect(status().isOk());
    }

    @Test
    void aReporterIsSentToTheReportsAndGets403OnEveryOtherSituationPage() throws Exception {
        mvc.perform(get("/manage/situation").with(as("pages.rapportor"))).andExpect(redirectedUrl("/manage/situation/reports"));
        for (String path : List.of("/manage/situation/map", "/manage/situation/imports",
                "/manage/situation/no-such-page", "/manage/situation/reports/categories")) {
            mvc.perform(get(path).with(as("pages.rapportor"))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/manage/situation/reports/new").with(as("pages.rapportor"))).andExpect(status().isOk());
        mvc.perform(get("/manage/situation/reports").with(as("pages.rapportor"))).andExpect(status().isOk());
        // The guard stops reporters only: an analyst reaches the page (here: finds that it does not exist).
        mvc.perform(get("/manage/situation/no-such-page").with(as("pages.analytiker"))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedReportComesBackWithEverythingTypedAndTheErrorsNamed() throws Exception {
        String body = mvc.perform(post("/manage/situation/reports/new").with(as("pages.rapportor")).with(csrf())
                        .param("organisation", Long.toString(dalsEd.value())).param("municipality", "1438")
                        .param("placeName", "Torget vid kyrkan").param("date", reports.today().toString())
                        .param("partOfDay", "kvall").param("text", "Någon med 121212-1212 stod där."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).contains("error-summary").contains("href=\"#categories\"").contains("href=\"#text\"")
                .contains("121212-1212").contains("value=\"Torget vid kyrkan\"").contains("Någon med 121212-1212 stod där.")
                .containsPattern("value=\"kvall\"\\s+checked");
    }

    @Test
    void aSavedReportIsListedForItsReporterOnly() throws Exception {
        mvc.perform(post("/manage/situation/reports/new").with(as("pages.rapportor")).with(csrf())
                        .param("organisation", Long.toString(dalsEd.value())).param("municipality", "1438")
                        .param("place", "area:" + centrum).param("categories", "Klotter", "Nedskräpning")
                        .param("date", reports.today().toString()))
                .andExpect(redirectedUrl("/manage/situation/reports"));
        String id = jdbc.sql("select id from place_report where reported_by = 'pages.rapportor'"
                + " order by reported_at desc limit 1").query(String.class).single();

        String mine = mvc.perform(get("/manage/situation/reports").with(as("pages.rapportor")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("/manage/situation/reports/" + id + "/edit").contains("Klotter, Nedskräpning");
        String colleagues = mvc.perform(get("/manage/situation/reports").with(as("pages.kollega")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(colleagues).doesNotContain(id);
        mvc.perform(get("/manage/situation/reports/" + id + "/edit").with(as("pages.kollega")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/reports/" + id + "/withdraw").with(as("pages.kollega")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/situation/reports/" + id + "/edit").with(as("pages.rapportor")))
                .andExpect(status().isOk());
    }

    @Test
    void theAnalystExportsTheWeekAsCsvForASpreadsheet() throws Exception {
        reports.submit(staff.member("pages.rapportor"), new ReportInput(dalsEd.value(),
                "1438", "area:" + centrum, "", "", "", List.of("Inbrott"), "2025-05-06", "", "", ""));

        byte[] csv = mvc.perform(get("/manage/situation/reports/week.csv").with(as("pages.analytiker"))
                        .param("organisation", Long.toString(dalsEd.value())).param("week", "2025-W19"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFVecka;Plats;");
        assertThat(text).contains("2025-W19;Ed centrum;Inbrott;1");

        String page = mvc.perform(get("/manage/situation/reports").with(as("pages.analytiker"))
                        .param("organisation", Long.toString(dalsEd.value())).param("week", "2025-W19"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ed centrum").contains("Inbrott");
        mvc.perform(get("/manage/situation/reports/week.csv").with(as("pages.rapportor"))
                        .param("organisation", Long.toString(dalsEd.value())))
                .andExpect(status().isForbidden());
    }

    private static RequestPostProcessor as(String username) {
        return user(username).roles("STAFF");
    }
}
