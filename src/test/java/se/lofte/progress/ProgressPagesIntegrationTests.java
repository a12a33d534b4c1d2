package se.lofte.progress;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.accounts.Role;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.OneConnection;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ProgressPagesIntegrationTests {

    private static final String POLICE = "progress.web.polis";
    private static final String MUNICIPALITY = "progress.web.kommun";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestStaff staff;
    @Autowired
    MovableClock clock;
    @Autowired
    ProgressReading reading;

    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @BeforeEach
    void staff() {
        staff.member(POLICE, promises.police().id(), Role.EDITOR);
        staff.member(MUNICIPALITY, promises.municipality().id(), Role.EDITOR);
    }

    @Test
    void thePromiseEditorWarnsOfGoalsThatCannotBeFollowedUpAndStillSaves() throws Exception {
        int year = TestYears.next();
        PromiseId id = promises.draft(year, TestPromises.goal(null, "Färre skadegörelser.",
                TestPromises.target("Skadegörelser", "händelser", 10, 3, Direction.DECREASE, LocalDate.of(year, 12, 31))));
        String editor = mvc.perform(get("/manage/promises/" + id + "/edit").with(user(POLICE).roles("STAFF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(editor).contains("Målet går ännu inte att följa upp", "Ingen datakälla är vald för målet",
                "Målet har ingen plats");

        // A joint goal counted by hand has nobody to report it; a manual count names no place either.
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/indicator").with(csrf())
                        .with(user(MUNICIPALITY).roles("STAFF")).param("kind", "manual"))
                .andExpect(redirectedUrl("/manage/progress/promises/" + id + "#goal-g1"));
        String page = mvc.perform(get("/manage/progress/promises/" + id).with(user(MUNICIPALITY).roles("STAFF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ett gemensamt mål som räknas för hand har ingen som rapporterar det",
                "Målet har ingen plats").doesNotContain("Ingen datakälla är vald för målet");
        assertThat(page).contains("Så bestäms läget", "rak linje från utgångsvärdet");
    }

    @Test
    void aRefusedCountIsShownAtItsFieldWithTheInputKept() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 5, 1));
        PromiseId id = promises.published(year, promises.police(), "Minst fem lagförda.",
                "Lagförda", "personer", 0, 5, Direction.INCREASE);
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/indicator").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("kind", "manual"))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/counts").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("g1.count.value", "tre").param("g1.count.asOf", year + "-04-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("”tre” är inget tal", "id=\"g1-count-value\"", "value=\"tre\"",
                "value=\"" + year + "-04-30\"");

        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/counts").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("g1.count.value", "3").param("g1.count.asOf", year + "-04-30"))
                .andExpect(redirectedUrl("/manage/progress/promises/" + id + "#goal-g1"));
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("3");
        String page = mvc.perform(get("/manage/progress/promises/" + id).with(user(POLICE).roles("STAFF")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("I fas", "Räknas för hand av LPO Östra Fyrbodal.", "Manuell räkning", POLICE);

        // The municipality does not count the police's goal.
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/counts").with(csrf())
                        .with(user(MUNICIPALITY).roles("STAFF")).param("g1.count.value", "4").param("g1.count.asOf", year + "-04-30"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g9/counts").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("g1.count.value", "4").param("g1.count.asOf", year + "-04-30"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStaffPageSaysMeasuringHasNotStartedAndWritesNumbersAsItsLanguageDoes() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 5, 1));
        PromiseId id = promises.published(year, promises.police(), "Minst fyrtio timmar fotpatrull.",
                "Timmar fotpatrull", "timmar", 0, 40, Direction.INCREASE);
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/indicator").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("kind", "measure-output").param("measure-output.unit",
                                "timmar").param("measure-output.measureKind", "annat"))
                .andExpect(status().is3xxRedirection());
        String pending = mvc.perform(get("/manage/progress/promises/" + id).with(user(POLICE).roles("STAFF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // Staff read the source as chosen and as residents read it.
        assertThat(pending).contains("Mätningen har inte börjat", "Summa av insatsernas resultat", "Annat",
                "Antalet timmar i de insatser som parterna för in under löftet, räknat från den 1 januari " + year);

        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/indicator").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("kind", "manual"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/progress/promises/" + id + "/goals/g1/counts").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("g1.count.value", "18,5").param("g1.count.asOf", year + "-04-30"))
                .andExpect(redirectedUrl("/manage/progress/promises/" + id + "#goal-g1"));
        var swedish = org.jsoup.Jsoup.parse(mvc.perform(get("/manage/progress/promises/" + id)
                .with(user(POLICE).roles("STAFF"))).andReturn().getResponse().getContentAsString());
        assertThat(swedish.select("#goal-g1 dl.facts").text()).contains("0 / 40 timmar", "18,5 timmar (den 30 april "
                + year + ")").doesNotContain("18.5");
        assertThat(swedish.select("#goal-g1 table td").eachText()).contains("30 april " + year, "18,5");

        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/manage/progress/promises/" + id).param("lang", "en")
                .with(user(POLICE).roles("STAFF"))).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#goal-g1 dl.facts").text()).contains("18.5 timmar (as of 30 April " + year + ")")
                .doesNotContain("18,5");
        assertThat(english.select("#goal-g1 table td").eachText()).contains("18.5");
    }

    @Test
    void anUpdateIsWrittenPublishedAndOfferedAsPostAndPressRelease() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 5, 1));
        PromiseId id = promises.published(year, promises.police(), "Minst fem lagförda.",
                "Lagförda", "personer", 0, 5, Direction.INCREASE);
        String refused = mvc.perform(post("/manage/progress/promises/" + id + "/updates/new").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("kind", "NOT_DONE").param("title", "Inga kontroller")
                        .param("text", "Ring 121212-1212.").param("party", promises.police().id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("121212-1212. Ta bort det", "value=\"Inga kontroller\"");

        String text = "Trafikkontrollerna i mars blev inte av. Personalen behövdes vid en stor olycka på riksväg 172."
                + " Vi tar igen dem i maj och berättar här hur det gick.\n\nKontrollerna görs på Storgatan.";
        String location = mvc.perform(post("/manage/progress/promises/" + id + "/updates/new").with(csrf())
                        .with(user(POLICE).roles("STAFF")).param("kind", "NOT_DONE").param("title", "Inga kontroller i mars")
                        .param("text", text).param("commitments", "c1").param("party", promises.police().id().toString()))
                .andExpect(redirectedUrlPattern("/manage/progress/updates/*")).andReturn().getResponse()
                .getRedirectedUrl();
        // The update speaks for the police: the municipality's editors read it but do not publish it.
        assertThat(mvc.perform(get(location).with(user(MUNICIPALITY).roles("STAFF"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("kan läsa den men inte ändra den").doesNotContain("/publish\"");
        mvc.perform(post(location + "/publish").with(csrf()).with(user(MUNICIPALITY).roles("STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/publish").with(csrf()).with(user(POLICE).roles("STAFF")))
                .andExpect(status().is3xxRedirection());
        assertThat(reading.updates(List.of(id), 10)).extracting(ProgressUpdate::title)
                .containsExactly("Inga kontroller i mars");

        String page = mvc.perform(get(location).with(user(POLICE).roles("STAFF")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String link = "http://localhost:8080/kommun/bengtsfors/medborgarlofte/" + year;
        assertThat(page).contains("Det här blev inte gjort: Inga kontroller i mars – Trafikkontrollerna", link,
                "PRESSMEDDELANDE", "Bengtsfors, 1 maj " + year + " – Trafikkontrollerna",
                "Kontrollerna görs på Storgatan.", "mellan LPO Östra Fyrbodal och Bengtsfors kommun",
                "åtagandet 1. Trafikkontroller", "Minst fem lagförda. Går inte att mäta.", "Kontakt");
        String post = page.substring(page.indexOf("<textarea id=\"post\""));
        post = post.substring(post.indexOf('>') + 1, post.indexOf("</textarea>"));
        assertThat(post).endsWith(" " + link).contains("…");
        assertThat(post.length()).isLessThanOrEqualTo(280);
    }
}
