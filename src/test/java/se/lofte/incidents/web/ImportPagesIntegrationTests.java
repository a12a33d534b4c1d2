package se.lofte.incidents.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import se.lofte.accounts.Role;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.body;
import static se.lofte.testing.Pages.html;
import static se.lofte.testing.Pages.page;

/**
 * The import pages through HTTP, as an analyst of Åmål uses them: the police sample uploaded and followed
 * to its counts; a CSV with broken rows taken through the mapping step, its bad rows shown with line,
 * column and reason and downloaded as CSV; and refusals for those who may not import.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    Organisation amal;
    Organisation fargelanda;

    @BeforeEach
    void staff() {
        amal = organisations.municipalityBySlug("amal").orElseThrow();
        var mellerud = organisations.municipalityBySlug("mellerud").orElseThrow();
        staff.member("amal.analytiker", amal.id(), Role.ANALYST);
        staff.member("mellerud.analytiker", mellerud.id(), Role.ANALYST);
        staff.member("amal.rapportor", amal.id(), Role.REPORTER);
        fargelanda = organisations.municipalityBySlug("fargelanda").orElseThrow();
        staff.member("fargelanda.analytiker", fargelanda.id(), Role.ANALYST);
    }

    @Test
    @WithMockUser("fargelanda.analytiker")
    void aRunningJobSaysHowFarItHasComeAndItsListIsServedAloneForThePageToFollow() throws Exception {
        // A job as the runner leaves it just after it started: nothing counted yet, the file's size known.
        jdbc.sql("insert into import_job (organisation_id, format, source, file_name, state, bytes_total, created_at,"
                + " heartbeat_at) values (?, 'police-uk', 'police-uk', 'stor.csv', 'RUNNING', 20000, current_timestamp,"
                + " current_timestamp)").param(fargelanda.id().value()).update();
        long job = jdbc.sql("select max(id) from import_job").query(Long.class).single();

        for (String path : List.of("/manage/situation/imports", "/manage/situation")) {
            Document page = page(mvc, path);
            assertThat(state(page, job)).as(path).isEqualTo("Pågår – läser filen");
            assertThat(page.select(".jobs-status[role=status][aria-live=polite]").text()).as(path)
                    .isEqualTo("En import pågår.");
            assertThat(page.select("[data-jobs-url]").attr("data-jobs-url")).as(path).isEqualTo(path + "?part=jobs");
            assertThat(page.select("script[src*=situation-jobs]")).as(path).hasSize(1);
            // Without JavaScript the list offers to reload; nothing reloads the page by itself under a form.
            assertThat(page.select(".jobs-part a").eachText()).as(path).contains("Uppdatera listan");
            assertThat(page.select("meta[http-equiv=refresh]")).as(path).isEmpty();
        }
        // Accepted, rejected and duplicates are stored when the file is done: until then they are not shown as 0.
        assertThat(row(page(mvc, "/manage/situation/imports"), job).select("td.numeric").eachText())
                .containsExactly("0", "– räknas när hela filen är läst", "– räknas när hela filen är läst",
                        "– räknas när hela filen är läst");

        jdbc.sql("update import_job set rows_read = 300, bytes_read = 9000 where id = ?").param(job).update();
        Document part = page(mvc, "/manage/situation/imports?part=jobs");
        assertThat(part.select("main, h1, form")).as("the list alone").isEmpty();
        assertThat(part.select(".jobs-part").attr("data-running")).isEqualTo("1");
        assertThat(state(part, job)).isEqualTo("Pågår – 45 % av filen läst, 300 rader");
        assertThat(page(mvc, "/manage/situation/imports/" + job).select("[data-field=stateText]").text())
                .isEqualTo("Pågår – 45 % av filen läst, 300 rader");

        jdbc.sql("update import_job set state = 'DONE', accepted = 290, rejected = 4, duplicates = 6, bytes_read = 20000,"
                + " finished_at = current_timestamp where id = ?").param(job).update();
        for (String path : List.of("/manage/situation/imports?part=jobs", "/manage/situation?part=jobs")) {
            part = page(mvc, path);
            assertThat(part.select(".jobs-part").attr("data-running")).as(path).isEqualTo("0");
            assertThat(part.select(".jobs-part").attr("data-summary")).as(path)
                    .isEqualTo("Alla importer i listan är avslutade.");
            assertThat(state(part, job)).as(path).isEqualTo("Klar");
            assertThat(part.select(".jobs-part a").eachText()).as(path).doesNotContain("Uppdatera listan");
        }
        assertThat(row(page(mvc, "/manage/situation/imports?part=jobs"), job).select("td.numeric").eachText())
                .containsExactly("300", "290", "4", "6");
    }

    private static org.jsoup.nodes.Element row(Document page, long job) {
        return page.select("tr:has(a[href=/manage/situation/imports/" + job + "])").first();
    }

    private static String state(Document page, long job) {
        return row(page, job).select("td").get(3).text();
    }

    @Test
    @WithMockUser("amal.analytiker")
    void thePoliceSampleUploadedThroughTheFormEndsWithItsCounts() throws Exception {
        Document form = page(mvc, "/manage/situation/imports");
        assertThat(form.select("select#organisation option").eachText()).containsExactly(amal.name());
        assertThat(form.select("#file-hint").text()).contains("5 MB");

        long job = upload("polisen-events", Path.of("src/test/resources/situation/polisen-events-2025-06-07.json"), "");
        awaitFinished(job);

        Document page = page(mvc, "/manage/situation/imports/" + job);
        assertThat(page.select("[data-field=stateText]").text()).isEqualTo("Klar");
        assertThat(page.select("[data-field=rowsRead]").text()).isEqualTo("500");
        assertThat(page.select("progress").attr("value")).isEqualTo("100");
        assertThat(page.select("form[action$=/cancel]")).isEmpty();
        String json = body(mvc, "/manage/situation/imports/" + job + "/progress");
        assertThat(json).contains("\"state\":\"DONE\"", "\"rowsRead\":500", "\"finished\":true");
        assertThat(page(mvc, "/manage/situation").select("main table a").eachAttr("href"))
                .contains("/manage/situation/imports/" + job);
    }

    @Test
    @WithMockUser("amal.analytiker")
    void aCsvWithBrokenRowsGoesThroughTheMappingStepAndListsEveryBadRow() throws Exception {
        String csv = """
                Nr;Kategori;Datum;Lat;Lon;Kommun
                1;Skadegörelse;2025-06-07 10:00;58.95;12.07;Åmål
                2;Skadegörelse;2025-02-31 10:00;58.95;12.07;Åmål
                3;;2025-06-07 10:00;58.95;12.07;Åmål
                4;Klotter;2025-06-07 13:00;58.96;12.08;Åmål
                """;
        MvcResult uploaded = mvc.perform(multipart("/manage/situation/imports")
                        .file(new MockMultipartFile("file", "klotter.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("organisation", amal.id().toString()).param("format", "csv").param("mapping", "")
                        .param("source", "pages-" + System.nanoTime()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String mappingUrl = uploaded.getResponse().getRedirectedUrl();
        assertThat(mappingUrl).startsWith("/manage/situation/imports/mapping?upload=");
        Document mapping = page(mvc, mappingUrl);
        assertThat(mapping.select("#separator option[selected]").val()).isEqualTo("SEMICOLON");
        assertThat(mapping.select("#dateColumn option").eachText()).contains("Datum", "Kategori");
        assertThat(mapping.select("main table tbody tr")).hasSize(4);
        String token = mappingUrl.substring(mappingUrl.indexOf('=') + 1);

        // A mapping without a date column is shown back with the problem beside the field.
        Document refused = html(mvc.perform(post("/manage/situation/imports/mapping").with(csrf())
                        .param("upload", token).param("organisation", amal.id().toString()).param("action", "run")
                        .param("separator", "SEMICOLON").param("categoryColumn", "Kategori"))
                .andExpect(status().isOk()));
        assertThat(refused.select(".error-summary a").eachAttr("href")).contains("#dateColumn");

        String name = "Klotter " + System.nanoTime();
        MvcResult run = mvc.perform(post("/manage/situation/imports/mapping").with(csrf()).param("upload", token)
                        .param("organisation", amal.id().toString()).param("action", "run")
                        .param("separator", "SEMICOLON").param("encoding", "UTF_8").param("idColumn", "Nr")
                        .param("categoryColumn", "Kategori").param("dateColumn", "Datum")
                        .param("datePattern", "yyyy-MM-dd HH:mm").param("coordinateSystem", "WGS84")
                        .param("northColumn", "Lat").param("eastColumn", "Lon").param("municipalityColumn", "Kommun")
                        .param("precision", "POINT").param("mappingName", name))
                .andExpect(status().is3xxRedirection()).andReturn();
        long job = Long.parseLong(run.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
        awaitFinished(job);

        Document page = page(mvc, "/manage/situation/imports/" + job);
        assertThat(page.select("[data-field=accepted]").text()).isEqualTo("2");
        assertThat(page.select("[data-field=rejected]").text()).isEqualTo("2");
        assertThat(page.select("section[aria-labelledby=rejections-heading] tbody tr").eachText()).containsExactly(
                "3 Datum Tidpunkten \u201d2025-02-31 10:00\u201d går inte att läsa; den ska skrivas som yyyy-MM-dd HH:mm. "
                        + "2;Skadegörelse;2025-02-31 10:00;58.95;12.07;Åmål",
                "4 Kategori Värdet saknas. 3;;2025-06-07 10:00;58.95;12.07;Åmål");

        byte[] download = mvc.perform(get("/manage/situation/imports/" + job + "/rejections.csv").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(download, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFLine;Column;Reason;The row in the file\r\n");
        assertThat(text.lines().skip(1)).containsExactly(
                "3;Datum;\"The time \u201c2025-02-31 10:00\u201d cannot be read; it should be written as yyyy-MM-dd HH:mm.\";"
                        + "\"2;Skadegörelse;2025-02-31 10:00;58.95;12.07;Åmål\"",
                "4;Kategori;The value is missing.;\"3;;2025-06-07 10:00;58.95;12.07;Åmål\"");

        // The mapping was saved for next time.
        assertThat(page(mvc, "/manage/situation/imports").select("#mapping option").eachAttr("value")).contains(name);
    }

    @Test
    @WithMockUser("amal.rapportor")
    void staffWhoMayNotImportAreRefused() throws Exception {
        mvc.perform(get("/manage/situation/imports")).andExpect(status().isForbidden());
        // A reporter only reports: the overview sends them on to their reports.
        mvc.perform(get("/manage/situation")).andExpect(redirectedUrl("/manage/situation/reports"));
    }

    @Test
    @WithMockUser("mellerud.analytiker")
    void anotherOrganisationsJobIsRefused() throws Exception {
        jdbc.sql("insert into import_job (organisation_id, format, source, state, created_at)"
                + " values (?, 'polisen-events', 'polisen-events', 'DONE', current_timestamp)").param(amal.id().value())
                .update();
        long job = jdbc.sql("select max(id) from import_job").query(Long.class).single();
        mvc.perform(get("/manage/situation/imports/" + job)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/situation/imports/" + job + "/rejections.csv")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/situation/imports/" + job + "/cancel").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/manage/situation/imports").file(new MockMultipartFile("file", "x.json", "application/json",
                        "[]".getBytes(StandardCharsets.UTF_8))).param("organisation", amal.id().toString())
                .param("format", "polisen-events").with(csrf())).andExpect(status().isForbidden());
    }

    private long upload(String format, Path file, String mapping) throws Exception {
        MvcResult result = mvc.perform(multipart("/manage/situation/imports")
                        .file(new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream",
                                Files.readAllBytes(file)))
                        .param("organisation", amal.id().toString()).param("format", format).param("mapping", mapping)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
    }

    private void awaitFinished(long job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String state = jdbc.sql("select state from import_job where id = ?").param(job).query(String.class).single();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Job " + job + " did not finish");
    }
}
