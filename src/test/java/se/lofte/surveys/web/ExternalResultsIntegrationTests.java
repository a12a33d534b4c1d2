package se.lofte.surveys.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.SurveyTown;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * Another survey's results imported through the staff page, all or nothing, replaced only when asked and removed,
 * each in the audit trail; and shown beside the municipality's own results, suppressed alike on the pages, in the
 * CSV and in the JSON, and public only with the year's own results.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExternalResultsIntegrationTests {

    static final String LATE = "Hur trygg eller otrygg känner du dig ute ensam sent en kväll?";
    static final String AVOIDED = "Har du avstått från någon aktivitet på grund av otrygghet?";

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyResults results;

    SurveyTown town;
    int year;
    String source;

    @BeforeEach
    void staffOfTheTownAndOfAnother() {
        town = testSurveys.town();
        testSurveys.analyst("extern.analytiker", town.municipality());
        staff.member("extern.amal", staff.municipality("amal"), Role.EDITOR);
        year = TestYears.lagesbild();
        source = "Polisens trygghetsundersökning " + year;
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWholeWithEveryRowAndColumnNamed() throws Exception {
        String file = "fråga;frågenyckel;svarsalternativ;område;antal;svarande\n"
                + LATE + ";late-evening;Mycket trygg;;412;1030\n"
                + LATE + ";late-evening;Ganska trygg;;tio;1030\n"
                + LATE + ";late-evening;Ganska otrygg;;2000;1030\n";

        Document page = html(mvc.perform(upload(file.getBytes(StandardCharsets.UTF_8), false))
                .andExpect(status().isOk()));

        assertThat(page.select("#file-problems li").eachText()).containsExactly(
                "Rad 3, kolumn antal: Skriv ett heltal, inte tio.",
                "Rad 4, kolumn antal: Antalet ska vara mellan 0 och antalet svarande (1030).");
        assertThat(page.select("#file-error").text()).isEqualTo("Filen har 2 fel, se listan. Inget är sparat.");
        assertThat(page.select(".error-summary a[href=#file]")).hasSize(1);
        assertThat(page.select("#source").val()).isEqualTo(source);
        assertThat(imports()).isZero();

        Document english = html(mvc.perform(upload(file.getBytes(StandardCharsets.UTF_8), false).param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(english.select("#file-problems li").eachText()).first()
                .isEqualTo("Row 3, column antal: Write a whole number, not tio.");
    }

    @Test
    void aFileIsImportedReplacedOnlyWhenAskedAndRemovedEachInTheAuditTrail() throws Exception {
        byte[] first = ("fråga;svarsalternativ;antal;svarande\r\n" + AVOIDED + ";Ja;118;1025\r\n" + AVOIDED
                + ";Nej;907;1025\r\n").getBytes(Charset.forName("windows-1252"));
        String saved = mvc.perform(upload(first, false)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(saved).matches("/manage/surveys/external/\\d+");
        long id = Long.parseLong(saved.substring(saved.lastIndexOf('/') + 1));
        Document imported = html(mvc.perform(as("extern.analytiker", get(saved))).andExpect(status().isOk()));
        assertThat(rows(imported.select("table.survey-external").first())).containsExactly(
                List.of("Hela kommunen", "Ja", "12 % (10–14 %)", "1025"),
                List.of("Hela kommunen", "Nej", "88 % (86–90 %)", "1025"));
        assertThat(imported.select("table.survey-external caption").text()).isEqualTo(source + " " + year + ": " + AVOIDED);

        byte[] second = ("question,option,share_percent,answering\n\"" + AVOIDED + "\",Ja,\"10,0\",1000\n\"" + AVOIDED
                + "\",Nej,\"90,0\",1000\n").getBytes(StandardCharsets.UTF_8);
        Document refused = html(mvc.perform(upload(second, false)).andExpect(status().isOk()));
        assertThat(refused.select("#replace-error").text()).startsWith("Det finns redan en import av " + source + " "
                + year + " (importerad ").endsWith("av extern.analytiker). Kryssa i rutan för att ersätta den.");
        assertThat(lines(id)).containsExactly(118, 907);

        String replaced = mvc.perform(upload(second, true)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        long newId = Long.parseLong(replaced.substring(replaced.lastIndexOf('/') + 1));
        assertThat(imports()).isEqualTo(1);
        assertThat(lines(id)).isEmpty();
        assertThat(lines(newId)).containsExactly(100, 900);

        mvc.perform(as("extern.analytiker", post("/manage/surveys/external/" + newId + "/remove")))
                .andExpect(redirectedUrl("/manage/surveys/external"));
        assertThat(imports()).isZero();
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'survey_external' and subject_id in"
                        + " (?, ?) order by id").params(Long.toString(id), Long.toString(newId)).query(String.class)
                .list()).containsExactly("external_imported", "external_replaced", "external_removed");
    }

    @Test
    void externalResultsAreSuppressedBesideTheOwnOnEveryPageAndFileAndPublicOnlyWithThem() throws Exception {
        // Late evening: 3 of 1030 is under 5 and hidden, and with it the smallest other count (41), which the total
        // would give away. In Öst only 4 answered: nothing of it shows. The unkeyed question has its own table.
        String file = "fråga;frågenyckel;svarsalternativ;område;antal;andel_procent;svarande\n"
                + LATE + ";late-evening;Mycket trygg;;412;;1030\n"
                + LATE + ";late-evening;Ganska trygg;;;55,0;1030\n"
                + LATE + ";late-evening;Ganska otrygg;;41;;1030\n"
                + LATE + ";late-evening;Mycket otrygg;;3;;1030\n"
                + LATE + ";late-evening;Mycket trygg;Öst;2;;4\n"
                + LATE + ";late-evening;Ganska trygg;Öst;2;;4\n"
                + AVOIDED + ";;Ja;;118;;1025\n"
                + AVOIDED + ";;Nej;;907;;1025\n";
        mvc.perform(upload(file.getBytes(StandardCharsets.UTF_8), false)).andExpect(status().is3xxRedirection());
        StaffMember analyst = staff.member("extern.analytiker");
        SurveyId survey = testSurveys.fromTemplate(town.municipality(), year, "Enkät " + year, "Survey " + year,
                analyst).id();
        String publicPage = "/kommun/enkatby/trygghetsundersokning/" + year;
        mvc.perform(get(publicPage)).andExpect(status().isNotFound());
        mvc.perform(get(publicPage + ".json")).andExpect(status().isNotFound());

        List<List<String>> late = List.of(
                List.of("Hela kommunen", "Mycket trygg", "40 % (37–43 %)", "1030"),
                List.of("Hela kommunen", "Ganska trygg", "55 % (52–58 %)", "1030"),
                List.of("Hela kommunen", "Ganska otrygg", "färre än 5", "1030"),
                List.of("Hela kommunen", "Mycket otrygg", "färre än 5", "1030"),
                List.of("Öst", "Mycket trygg", "färre än 5", "färre än 5"),
                List.of("Öst", "Ganska trygg", "färre än 5", "färre än 5"));
        Document staffPage = html(mvc.perform(as("extern.analytiker", get("/manage/surveys/" + survey + "/results")))
                .andExpect(status().isOk()));
        assertBeside(staffPage, late);

        results.publish(survey, true, analyst);
        Document page = html(mvc.perform(get(publicPage)).andExpect(status().isOk()));
        assertBeside(page, late);
        assertThat(page.text()).contains("Här visas också resultat från: " + source + " " + year + ".");

        String csv = mvc.perform(get(publicPage + ".csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.endsWith(";" + source)).toList()).containsExactly(
                year + ";Enkätby kommun;" + LATE + ";late-evening;Mycket trygg;Hela kommunen;412;40;37,1;43;nej;1030;;" + source,
                year + ";Enkätby kommun;" + LATE + ";late-evening;Ganska trygg;Hela kommunen;567;55;52;58,1;nej;1030;;" + source,
                year + ";Enkätby kommun;" + LATE + ";late-evening;Ganska otrygg;Hela kommunen;;;;;ja;1030;;" + source,
                year + ";Enkätby kommun;" + LATE + ";late-evening;Mycket otrygg;Hela kommunen;;;;;ja;1030;;" + source,
                year + ";Enkätby kommun;" + LATE + ";late-evening;Mycket trygg;Öst;;;;;ja;;;" + source,
                year + ";Enkätby kommun;" + LATE + ";late-evening;Ganska trygg;Öst;;;;;ja;;;" + source,
                year + ";Enkätby kommun;" + AVOIDED + ";;Ja;Hela kommunen;118;11,5;9,7;13,6;nej;1025;;" + source,
                year + ";Enkätby kommun;" + AVOIDED + ";;Nej;Hela kommunen;907;88,5;86,4;90,3;nej;1025;;" + source);
        assertThat(csv).doesNotContain(";41;").doesNotContain(";3;");

        JsonNode json = JsonMapper.builder().build().readTree(mvc.perform(get(publicPage + ".json")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode external = json.get("external").get(0);
        assertThat(external.get("source").asString()).isEqualTo(source);
        JsonNode areas = external.get("questions").get(0).get("areas");
        assertThat(areas.get(0).get("area").isNull()).isTrue();
        assertThat(areas.get(0).get("options").get(0).get("count").asLong()).isEqualTo(412);
        JsonNode hidden = areas.get(0).get("options").get(2);
        assertThat(hidden.get("suppressed").asBoolean()).isTrue();
        assertThat(hidden.get("count").isNull()).isTrue();
        assertThat(hidden.get("share").isNull()).isTrue();
        assertThat(areas.get(1).get("answered").isNull()).isTrue();
        assertThat(areas.get(1).get("options").get(0).get("count").isNull()).isTrue();

        results.publish(survey, false, analyst);
        mvc.perform(get(publicPage + ".csv")).andExpect(status().isNotFound());
    }

    @Test
    void staffOfAnotherMunicipalityMayNeitherImportForItNorSeeNorRemoveItsImport() throws Exception {
        byte[] file = ("fråga;svarsalternativ;antal;svarande\n" + AVOIDED + ";Ja;118;1025\n")
                .getBytes(StandardCharsets.UTF_8);
        String saved = mvc.perform(upload(file, false)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as("extern.amal", get(saved))).andExpect(status().isForbidden());
        mvc.perform(as("extern.amal", post(saved + "/remove"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/manage/surveys/external")
                        .file(new MockMultipartFile("file", "tu.csv", "text/csv", file))
                        .param("organisation", Long.toString(town.municipality().value())).param("source", source)
                        .param("year", Integer.toString(year)).with(user("extern.amal").roles("STAFF")).with(csrf()))
                .andExpect(status().isForbidden());
        Document list = html(mvc.perform(as("extern.amal", get("/manage/surveys/external"))).andExpect(status().isOk()));
        assertThat(list.select("a[href=" + saved + "]")).isEmpty();
        assertThat(imports()).isEqualTo(1);
    }

    private void assertBeside(Document page, List<List<String>> late) {
        Element own = page.select("table.survey-result:not(.survey-external)").stream()
                .filter(t -> t.select("caption").text().startsWith("2. ")).findFirst().orElseThrow();
        Element next = own.parent().nextElementSibling();
        assertThat(next.select("table.survey-external caption").text()).isEqualTo(source + " " + year + ": " + LATE);
        assertThat(rows(next.selectFirst("table"))).isEqualTo(late);
        assertThat(page.select("#external-results")).hasSize(1);
        Element unmatched = page.select("#external-results ~ .table-scroll table.survey-external").first();
        assertThat(unmatched.select("caption").text()).isEqualTo(source + " " + year + ": " + AVOIDED);
    }

    /** The upload form sent by the town's analyst; {@code Pages.as} takes no multipart request. */
    private MockMultipartHttpServletRequestBuilder upload(byte[] file, boolean replace) {
        return multipart("/manage/surveys/external")
                .file(new MockMultipartFile("file", "tu-" + year + ".csv", "text/csv", file))
                .param("organisation", Long.toString(town.municipality().value())).param("source", source)
                .param("year", Integer.toString(year)).param("replace", Boolean.toString(replace))
                .with(user("extern.analytiker").roles("STAFF")).with(csrf());
    }

    private long imports() {
        return jdbc.sql("select count(*) from survey_external_import where source_name = ?").param(source)
                .query(Long.class).single();
    }

    private List<Integer> lines(long id) {
        return jdbc.sql("select option_count from survey_external_row where import_id = ? order by line").param(id)
                .query(Integer.class).list();
    }

    private static List<List<String>> rows(Element table) {
        return table.select("tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
    }
}
