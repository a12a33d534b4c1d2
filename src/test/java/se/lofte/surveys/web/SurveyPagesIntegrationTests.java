package se.lofte.surveys.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.surveys.Question;
import se.lofte.surveys.Survey;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyRefusal;
import se.lofte.surveys.SurveyState;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;
import static se.lofte.testing.Pages.html;

/** The survey builder as a municipality's analyst and a police editor use it, and what another municipality's staff may. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    JdbcClient jdbc;

    long bengtsfors;
    int year;

    @BeforeEach
    void staffOfTwoMunicipalities() {
        bengtsfors = staff.municipality("bengtsfors").value();
        staff.member("surveys.bengtsfors", staff.municipality("bengtsfors"), Role.ANALYST);
        staff.member("surveys.polis", staff.localPoliceArea("LPO Östra Fyrbodal"), Role.EDITOR);
        staff.member("surveys.amal", staff.municipality("amal"), Role.EDITOR);
        year = TestYears.lagesbild();
    }

    @Test
    void aSurveyFromTheTemplateIsCheckedChangedAndOpenedThenFrozen() throws Exception {
        SurveyId id = create("surveys.bengtsfors", true);
        String base = "/manage/surveys/" + id;
        Document page = html(mvc.perform(as("surveys.bengtsfors", get(base))).andExpect(status().isOk()));
        assertThat(page.select(".alert-warning").text()).contains("gjord från mallen");
        assertThat(page.select("ol.survey-questions > li")).hasSize(13);

        mvc.perform(as("surveys.bengtsfors", post(base + "/open"))).andExpect(redirectedUrl(base));
        assertThat(survey(id).state()).isEqualTo(SurveyState.DRAFT);
        assertThatThrownBy(() -> surveys.open(id, staff.member("surveys.bengtsfors")))
                .isInstanceOfSatisfying(SurveyRefusal.class,
                        r -> assertThat(r.problem().code()).isEqualTo("surveys.error.templateUnchecked"));

        Question third = survey(id).questions().get(2);
        mvc.perform(as("surveys.bengtsfors", post(base + "/questions/" + third.id() + "/move")
                .param("direction", "up"))).andExpect(redirectedUrl(base));
        assertThat(survey(id).questions().get(1).id()).isEqualTo(third.id());
        mvc.perform(as("surveys.bengtsfors", post(base + "/questions/" + third.id() + "/remove")))
                .andExpect(redirectedUrl(base));
        assertThat(survey(id).questions()).hasSize(12).extracting(Question::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

        Question lateEvening = survey(id).questions().get(1);
        mvc.perform(as("surveys.bengtsfors", post(base + "/questions/" + lateEvening.id()))
                        .param("kind", "SINGLE_CHOICE").param("textSv", "Hur trygg känner du dig sent en kväll?")
                        .param("textEn", "How safe do you feel late one evening?")
                        .param("optionsSv", "Mycket trygg\nGanska trygg\nGanska otrygg\nMycket otrygg\nGår aldrig ut ensam sent")
                        .param("optionsEn", "Very safe\nFairly safe\nFairly unsafe\nVery unsafe\nNever go out alone late"))
                .andExpect(redirectedUrl(base));
        Question changed = survey(id).questions().get(1);
        assertThat(changed.textSv()).isEqualTo("Hur trygg känner du dig sent en kväll?");
        assertThat(changed.templateKey()).isEqualTo("late-evening");

        mvc.perform(as("surveys.bengtsfors", post(base + "/checked"))).andExpect(redirectedUrl(base));
        mvc.perform(as("surveys.bengtsfors", post(base + "/open"))).andExpect(redirectedUrl(base));
        Survey open = survey(id);
        assertThat(open.state()).isEqualTo(SurveyState.OPEN);
        assertThat(open.openToken()).hasSize(43);
        assertThat(html(mvc.perform(as("surveys.bengtsfors", get(base)))).select("a[href=/enkat/" + open.openToken() + "]"))
                .hasSize(1);

        mvc.perform(as("surveys.bengtsfors", post(base + "/questions/" + changed.id() + "/remove")))
                .andExpect(redirectedUrl(base));
        assertThat(survey(id).questions()).hasSize(12);
        assertThat(jdbc.sql("select action from audit_event where subject_type = 'survey' and subject_id = ?"
                        + " order by id").param(id.toString()).query(String.class).list())
                .containsExactly("created", "question_moved", "question_removed", "question_changed",
                        "template_checked", "opened");
    }

    @Test
    void questionsAreAddedWithMessagesAtTheFieldsAndEverythingTypedKept() throws Exception {
        SurveyId id = create("surveys.polis", false);
        String base = "/manage/surveys/" + id;
        Document refused = html(mvc.perform(as("surveys.polis", post(base + "/questions"))
                        .param("kind", "SCALE_5").param("textSv", "Hur nöjd är du med 121212-1212?").param("textEn", "")
                        .param("optionsSv", "Mycket\nGanska\nLite").param("optionsEn", "Very\nFairly\nLittle"))
                .andExpect(status().isOk()));
        assertThat(refused.select("#textSv-error").text()).contains("121212-1212");
        assertThat(refused.select("#textEn-error").text()).isEqualTo("Fyll i fältet.");
        assertThat(refused.select("#optionsSv-error").text()).isEqualTo("En skala med 5 steg har 5 rader, en per steg.");
        assertThat(refused.select("#optionsSv").val()).isEqualTo("Mycket\nGanska\nLite");
        assertThat(refused.select("#kind option[selected]").val()).isEqualTo("SCALE_5");
        assertThat(survey(id).questions()).isEmpty();

        mvc.perform(as("surveys.polis", post(base + "/questions")).param("kind", "FREE_TEXT")
                        .param("textSv", "Vad skulle göra dig tryggare?").param("textEn", "What would make you feel safer?"))
                .andExpect(redirectedUrl(base));
        assertThat(survey(id).questions()).singleElement().satisfies(q -> assertThat(q.templateKey()).isNull());
    }

    @Test
    void staffOfAnotherMunicipalitySeeNeitherTheSurveyNorItsMunicipality() throws Exception {
        SurveyId id = create("surveys.bengtsfors", false);
        mvc.perform(as("surveys.amal", get("/manage/surveys/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("surveys.amal", post("/manage/surveys/" + id + "/open"))).andExpect(status().isForbidden());
        Document list = html(mvc.perform(as("surveys.amal", get("/manage/surveys"))).andExpect(status().isOk()));
        assertThat(list.select("#organisation option")).extracting(o -> o.text()).containsExactly("Åmål kommun");
        mvc.perform(as("surveys.amal", post("/manage/surveys")).param("organisation", Long.toString(bengtsfors))
                .param("year", Integer.toString(year)).param("titleSv", "T").param("titleEn", "T"))
                .andExpect(status().isForbidden());
        Document refused = html(mvc.perform(as("surveys.amal", post("/manage/surveys"))
                .param("year", Integer.toString(year)).param("titleSv", "T").param("titleEn", "T"))
                .andExpect(status().isOk()));
        assertThat(refused.select("#organisation-error").text()).isEqualTo("Välj en kommun som du arbetar med.");
    }

    private SurveyId create(String username, boolean fromTemplate) throws Exception {
        String location = mvc.perform(as(username, post("/manage/surveys"))
                        .param("organisation", Long.toString(bengtsfors)).param("year", Integer.toString(year))
                        .param("titleSv", "Trygghetsundersökning " + year).param("titleEn", "Safety survey " + year)
                        .param("fromTemplate", Boolean.toString(fromTemplate)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new SurveyId(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    private Survey survey(SurveyId id) {
        return surveys.survey(id, staff.member("surveys.bengtsfors"));
    }
}
