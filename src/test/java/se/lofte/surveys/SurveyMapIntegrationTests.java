package se.lofte.surveys;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.StaffMember;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/**
 * A map question ("Var känner du dig otrygg?") in Enkätby, whose districts are Centrum (59.00–59.01° N), Norr
 * (59.01–59.02) and Söder (59.02–59.03), all 12.0–12.1° E, in its outline of 11.95–12.15° E: a pin is stored as its
 * district (none between the districts and the outline's edge) and grid cell, never as given; without JavaScript the
 * district list answers; a pin outside the outline is refused; results count the
 * districts with small cells suppressed, and the staff map shows only cells with at least five pins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyMapIntegrationTests {

    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyResults results;
    @Autowired
    JdbcClient jdbc;

    SurveyTown town;
    StaffMember analyst;
    Survey survey;
    Question map;
    String link;

    @BeforeEach
    void anOpenSurveyWithAMapQuestion() {
        town = testSurveys.town();
        analyst = testSurveys.analyst("surveys.kartby", town.municipality());
        survey = testSurveys.ofQuestions(town.municipality(), TestYears.lagesbild(), "Otrygga platser", "Unsafe places",
                analyst, TestSurveys.UNSAFE_PLACE);
        map = survey.questions().getFirst();
        link = "/enkat/" + survey.openToken();
    }

    @Test
    void aPinIsStoredAsItsDistrictAndGridCellNeverAsGiven() throws Exception {
        Document page = html(mvc.perform(get(link)).andExpect(status().isOk()));
        var container = page.selectFirst("[data-survey-map]");
        assertThat(container).isNotNull();
        assertThat(container.hasAttr("hidden")).as("shown only by the script").isTrue();
        assertThat(Double.parseDouble(container.attr("data-south"))).isEqualTo(59.0);
        assertThat(Double.parseDouble(container.attr("data-north"))).isEqualTo(59.03);
        assertThat(page.select("input[type=hidden][name=" + field() + "-lat]")).hasSize(1);
        assertThat(page.select("#" + field() + " option")).extracting(o -> o.text())
                .containsExactly("Vill inte svara", "Centrum", "Norr", "Söder");
        assertThat(page.select("script[src*=survey-map]")).hasSize(1);

        mvc.perform(post(link).with(csrf()).param(field() + "-lat", "59.015373").param(field() + "-lon", "12,043219")
                .param(field(), "")).andExpect(redirectedUrl(link + "/tack"));

        var stored = jdbc.sql("select area_id, latitude, longitude from survey_answer where question_id = ?")
                .param(map.id().value()).query().singleRow();
        assertThat(stored.get("area_id")).isEqualTo(town.north());
        // The cell's centre: 59.015 + 0.0005 and 12.042 + 0.001.
        assertThat(((Number) stored.get("latitude")).doubleValue()).isEqualTo(59.0155);
        assertThat(((Number) stored.get("longitude")).doubleValue()).isEqualTo(12.043);
    }

    @Test
    void withoutJavaScriptTheDistrictAnswersAndAPinOverrulesTheList() throws Exception {
        mvc.perform(post(link).with(csrf()).param(field(), Long.toString(town.south())).param(field() + "-lat", "")
                .param(field() + "-lon", "")).andExpect(redirectedUrl(link + "/tack"));
        mvc.perform(post(link).with(csrf()).param(field(), Long.toString(town.south()))
                .param(field() + "-lat", "59.0051").param(field() + "-lon", "12.05")).andExpect(redirectedUrl(link + "/tack"));

        var rows = jdbc.sql("select a.area_id, a.latitude from survey_answer a join survey_response r"
                        + " on r.id = a.response_id where a.question_id = ? order by r.id")
                .param(map.id().value()).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("area_id")).isEqualTo(town.south());
        assertThat(rows.get(0).get("latitude")).isNull();
        assertThat(rows.get(1).get("area_id")).as("the pin, in Centrum, not the list").isEqualTo(town.centre());
    }

    @Test
    void aPinInTheMunicipalityButInNoDistrictIsStoredWithoutOne() throws Exception {
        mvc.perform(post(link).with(csrf()).param(field() + "-lat", "59.015").param(field() + "-lon", "12.12")
                .param(field(), "")).andExpect(redirectedUrl(link + "/tack"));

        var stored = jdbc.sql("select area_id, latitude from survey_answer where question_id = ?")
                .param(map.id().value()).query().singleRow();
        assertThat(stored.get("area_id")).isNull();
        assertThat(((Number) stored.get("latitude")).doubleValue()).isEqualTo(59.0155);
    }

    @Test
    void aPinOutsideTheMunicipalityOrUnreadableIsRefusedOnTheQuestion() throws Exception {
        Document outside = html(mvc.perform(post(link).with(csrf()).param(field() + "-lat", "58.5")
                .param(field() + "-lon", "12.05")).andExpect(status().isUnprocessableContent()));
        assertThat(outside.select("#" + field() + "-error").text())
                .isEqualTo("Nålen står utanför kommunen. Sätt den inom kommunen eller välj ett område i listan.");
        assertThat(outside.select(".error-summary a[href=#" + field() + "]")).hasSize(1);
        assertThat(outside.select("#" + field() + "-lat").val()).as("kept, to show again").isEqualTo("58.5");

        Document unreadable = html(mvc.perform(post(link).with(csrf()).param(field() + "-lat", "59.01")
                .param(field() + "-lon", "öster")).andExpect(status().isUnprocessableContent()));
        assertThat(unreadable.select("#" + field() + "-error").text()).startsWith("Platsen på kartan kunde inte läsas.");
        Document english = html(mvc.perform(post(link + "?lang=en").with(csrf()).param(field() + "-lat", "91")
                .param(field() + "-lon", "12.05")).andExpect(status().isUnprocessableContent()));
        assertThat(english.select("#" + field() + "-error").text()).startsWith("The place on the map could not be read.");
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey.id().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void resultsCountTheDistrictsWithSmallCellsSuppressedAndTheStaffMapOnlyFullCells() throws Exception {
        // Norr: six pins in one cell; Söder: five from the list; Centrum: two pins in two cells.
        for (int i = 0; i < 6; i++) {
            testSurveys.pin(survey, 0, "59.0152" + i, "12.0431" + i, 1);
        }
        testSurveys.answer(survey, 0, Long.toString(town.south()), 5);
        testSurveys.pin(survey, 0, "59.0012", "12.0012", 1);
        testSurveys.pin(survey, 0, "59.0088", "12.0888", 1);

        SurveyResult result = results.results(survey.id(), analyst);
        QuestionResult counted = result.questions().getFirst();
        assertThat(counted.question().id()).isEqualTo(map.id());
        assertThat(counted.answered().getFirst()).isEqualTo(13L);
        assertThat(counted.rows()).extracting(ResultRow::labelSv)
                .containsExactly("Centrum", "Norr", "Söder", "Annan del av kommunen");
        List<Cell> all = counted.rows().stream().map(r -> r.cells().getFirst()).toList();
        // Centrum's 2 is hidden, and with it the smallest other count, Söder's 5, which 13 − 6 − 0 would give away.
        assertThat(all.get(0).suppressed()).isTrue();
        assertThat(all.get(1).count()).isEqualTo(6L);
        assertThat(all.get(2).suppressed()).isTrue();
        assertThat(all.get(3).count()).isZero();

        List<PointMap> maps = results.pointMaps(survey.id(), analyst);
        assertThat(maps).hasSize(1);
        assertThat(maps.getFirst().pins()).isEqualTo(8);
        assertThat(maps.getFirst().cells()).containsExactly(new PointMap.Count(new GridCell(59.0155, 12.043), 6));

        Document staffPage = html(mvc.perform(as("surveys.kartby", get("/manage/surveys/" + survey.id() + "/results")))
                .andExpect(status().isOk()));
        assertThat(staffPage.selectFirst("[data-survey-cells]").attr("data-cells"))
                .isEqualTo("59.015,12.042,59.016,12.044,6;");
        assertThat(staffPage.select("h2").eachText()).anyMatch(h -> h.startsWith("Karta över svaren på fråga 1"));
        assertThat(staffPage.select("table").last().select("tbody td").eachText()).containsExactly("59.0155, 12.0430", "6");

        results.publish(survey.id(), true, analyst);
        Document publicPage = html(mvc.perform(get("/kommun/enkatby/trygghetsundersokning/" + survey.year()))
                .andExpect(status().isOk()));
        assertThat(publicPage.select("[data-survey-cells]")).as("the map is for staff only").isEmpty();
        assertThat(publicPage.text()).doesNotContain("59.0155");
    }

    private String field() {
        return "q" + map.id();
    }
}
