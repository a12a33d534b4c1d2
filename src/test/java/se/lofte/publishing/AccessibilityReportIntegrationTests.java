package se.lofte.publishing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.testing.OneConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accessibility statement's report form and the staff list, through HTTP. The PostgreSQL pass shares
 * one database between test classes, so each test recognises its own report by a unique text.
 */
@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class AccessibilityReportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessibilityFeedback feedback;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void showsTheStatementWithTheReportFormPrefilledFromTheLink() throws Exception {
        mvc.perform(get("/tillganglighet").param("sida", "/kommun/bengtsfors"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Tillgänglighet för Löfte</h1>"),
                        containsString("href=\"https://www.digg.se/tdosanmalan\""),
                        containsString("action=\"/tillganglighet/rapportera\""),
                        containsString("name=\"_csrf\""),
                        containsString("value=\"/kommun/bengtsfors\""))));
    }

    @Test
    void showsTheStatementInEnglish() throws Exception {
        mvc.perform(get("/tillganglighet").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("<h1>Accessibility of Löfte</h1>"),
                        containsString("Describe the problem"))));
    }

    @Test
    void storesAReportAndListsItToStaff() throws Exception {
        String text = "Fokus syns inte på knappen " + System.nanoTime();
        mvc.perform(post("/tillganglighet/rapportera").with(csrf())
                        .param("page", "/tillganglighet").param("description", text)
                        .param("email", "anna@example.se"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/tillganglighet/tack"));
        mvc.perform(get("/tillganglighet/tack"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tack för din rapport")));

        assertThat(feedback.newestFirst(1).reports()).anySatisfy(report -> {
            assertThat(report.description()).isEqualTo(text);
            assertThat(report.page()).isEqualTo("/tillganglighet");
            assertThat(report.email()).isEqualTo("anna@example.se");
            assertThat(report.handled()).isFalse();
        });
        mvc.perform(get("/manage/publishing/accessibility-reports").with(user("granskare").roles("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(text),
                        containsString("href=\"mailto:anna@example.se\""), containsString("Ny, inte hanterad"))));
    }

    @Test
    void listsReportsToStaffFiftyAPage() throws Exception {
        String marker = "Sidtest " + System.nanoTime();
        for (int i = 0; i < 51; i++) {
            jdbc.sql("insert into accessibility_report (received_at, description) values (current_timestamp, ?)")
                    .param(marker + " " + i).update();
        }
        var staff = user("granskare").roles("SYSTEM_ADMIN");
        String first = mvc.perform(get("/manage/publishing/accessibility-reports").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = org.jsoup.Jsoup.parse(first);
        assertThat(page.select("tbody tr")).hasSize(50);
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/manage/publishing/accessibility-reports?page=2");
        assertThat(page.select("a[rel=prev]")).isEmpty();

        String beyond = mvc.perform(get("/manage/publishing/accessibility-reports").param("page", "100000").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(beyond).select("a[rel=next]")).isEmpty();
        assertThat(org.jsoup.Jsoup.parse(beyond).select("a[rel=prev]")).isNotEmpty();
    }

    @Test
    void refusesAnEmptyDescriptionNextToTheFieldKeepingTheRest() throws Exception {
        mvc.perform(post("/tillganglighet/rapportera").with(csrf())
                        .param("page", "/kommun/amal").param("description", "  ").param("email", "bo@example.se"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("<title>Fel i formuläret: Tillgänglighet – Löfte</title>"),
                        containsString("<a href=\"#description\">Beskriv problemet.</a>"),
                        containsString("<p class=\"error-message\" id=\"description-error\">Beskriv problemet.</p>"),
                        containsString("aria-describedby=\"description-hint description-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"/kommun/amal\""),
                        containsString("value=\"bo@example.se\""))));
    }

    @Test
    void refusesAPersonalIdentityNumberNamingIt() throws Exception {
        String text = "Min pappa 121212-1212 kan inte läsa sidan " + System.nanoTime();
        mvc.perform(post("/tillganglighet/rapportera").with(csrf()).param("description", text))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("Ta bort 121212-1212 från beskrivningen."),
                        containsString(">" + text + "</textarea>"))));

        assertThat(feedback.newestFirst(1).reports()).noneSatisfy(report -> assertThat(report.description()).isEqualTo(text));
    }

    @Test
    void refusesAMalformedEmailAddress() throws Exception {
        mvc.perform(post("/tillganglighet/rapportera").with(csrf())
                        .param("description", "Texten är för liten.").param("email", "anna.example.se"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(
                        containsString("id=\"email-error\">Skriv en e-postadress som namn@exempel.se."),
                        containsString("aria-describedby=\"email-hint email-error\""),
                        containsString("value=\"anna.example.se\""),
                        containsString(">Texten är för liten.</textarea>"),
                        not(containsString("id=\"description-error\"")))));
    }

    @Test
    void refusesAReportWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/tillganglighet/rapportera").param("description", "Utan token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffListNeedsLogin() throws Exception {
        mvc.perform(get("/manage/publishing/accessibility-reports"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "granskare", roles = "SYSTEM_ADMIN")
    void staffMarkAReportHandledAndOpenAgain() throws Exception {
        String text = "Tabellen saknar rubriker " + System.nanoTime();
        assertThat(feedback.submit(new ReportedProblem(null, text, null))).isEmpty();
        long id = find(text).id().value();

        mvc.perform(post("/manage/publishing/accessibility-reports/{id}/handled", id).with(csrf())
                        .param("handled", "true").param("page", "1"))
                .andExpect(redirectedUrl("/manage/publishing/accessibility-reports?page=1#report-" + id));
        assertThat(find(text).handled()).isTrue();
        assertThat(find(text).handledBy()).isEqualTo("granskare");
        mvc.perform(get("/manage/publishing/accessibility-reports"))
                .andExpect(content().string(allOf(containsString("av granskare"),
                        containsString("Markera som inte hanterad"))));

        mvc.perform(post("/manage/publishing/accessibility-reports/{id}/handled", id).with(csrf())
                        .param("handled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(find(text).handled()).isFalse();
        assertThat(find(text).handledBy()).isNull();
    }

    @Test
    @WithMockUser(username = "granskare", roles = "SYSTEM_ADMIN")
    void markingAReportThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(post("/manage/publishing/accessibility-reports/{id}/handled", Long.MAX_VALUE).with(csrf())
                        .param("handled", "true"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsNewestFirst() {
        String first = "Först " + System.nanoTime();
        String second = "Sedan " + System.nanoTime();
        feedback.submit(new ReportedProblem(null, first, null));
        feedback.submit(new ReportedProblem(null, second, null));

        var descriptions = feedback.newestFirst(1).reports().stream().map(AccessibilityReport::description).toList();
        assertThat(descriptions.indexOf(second)).isLessThan(descriptions.indexOf(first));
    }

    private AccessibilityReport find(String description) {
        return feedback.newestFirst(1).reports().stream().filter(r -> r.description().equals(description)).findFirst()
                .orElseThrow();
    }
}
