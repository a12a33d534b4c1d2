package se.lofte.progress;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseId;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.as;

@ProgressTest
class ProgressPagesIntegrationTests {

    private static final String POLICE = "progress.web.polis";
    private static final String MUNICIPALITY = "progress.web.kommun";
    private static final String PROGRESS = "/manage/progress/promises/";

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
        String editor = page(POLICE, get("/manage/promises/" + id + "/edit"));
        assertThat(editor).contains("Målet går ännu inte att följa upp", "Ingen datakälla är vald för målet",
                "Målet har ingen plats");

        // A joint goal counted by hand has nobody to report it; a manual count names no place either.
        chooseSource(MUNICIPALITY, id, "manual").andExpect(redirectedUrl(PROGRESS + id + "#goal-g1"));
        String page = page(MUNICIPALITY, get(PROGRESS + id));
        assertThat(page).contains("Ett gemensamt mål som räknas för hand har ingen som rapporterar det",
                "Målet har ingen plats").doesNotContain("Ingen datakälla är vald för målet");
        assertThat(page).contains("Så bestäms läget", "rak linje från utgångsvärdet");
    }

    @Test
    void aRefusedCountIsShownAtItsFieldWithTheInputKept() throws Exception {
        var promise = policeGoalReadOnTheFirstOfMay("Minst fem lagförda.", "Lagförda", "personer", 5);
        int year = promise.year();
        PromiseId id = promise.id();
        chooseSource(POLICE, id, "manual").andExpect(status().is3xxRedirection());
        String refused = count(POLICE, id, "g1", "tre", year + "-04-30").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("”tre” är inget tal", "id=\"g1-count-value\"", "value=\"tre\"",
                "value=\"" + year + "-04-30\"");

        count(POLICE, id, "g1", "3", year + "-04-30").andExpect(redirectedUrl(PROGRESS + id + "#goal-g1"));
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("3");
        String page = page(POLICE, get(PROGRESS + id));
        assertThat(page).contains("I fas", "Räknas för hand av LPO Östra Fyrbodal.", "Manuell räkning", POLICE);

        // The municipality does not count the police's goal.
        count(MUNICIPALITY, id, "g1", "4", year + "-04-30").andExpect(status().isForbidden());
        count(POLICE, id, "g9", "4", year + "-04-30").andExpect(status().isNotFound());
    }

    @Test
    void theStaffPageSaysMeasuringHasNotStartedAndWritesNumbersAsItsLanguageDoes() throws Exception {
        var promise = policeGoalReadOnTheFirstOfMay("Minst fyrtio timmar fotpatrull.", "Timmar fotpatrull", "timmar", 40);
        int year = promise.year();
        PromiseId id = promise.id();
        chooseSource(POLICE, id, "measure-output", "measure-output.unit", "timmar", "measure-output.measureKind",
                "annat").andExpect(status().is3xxRedirection());
        String pending = page(POLICE, get(PROGRESS + id));
        // Staff read the source as chosen and as residents read it.
        assertThat(pending).contains("Mätningen har inte börjat", "Summa av insatsernas resultat", "Annat",
                "Antalet timmar i de insatser som parterna för in under löftet, räknat från den 1 januari " + year);

        chooseSource(POLICE, id, "manual").andExpect(status().is3xxRedirection());
        count(POLICE, id, "g1", "18,5", year + "-04-30").andExpect(redirectedUrl(PROGRESS + id + "#goal-g1"));
        var swedish = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(swedish.select("#goal-g1 dl.facts").text()).contains("0 / 40 timmar", "18,5 timmar (den 30 april "
                + year + ")").doesNotContain("18.5");
        assertThat(swedish.select("#goal-g1 table td").eachText()).contains("30 april " + year, "18,5");

        var english = Jsoup.parse(page(POLICE, get(PROGRESS + id).param("lang", "en")));
        assertThat(english.select("#goal-g1 dl.facts").text()).contains("18.5 timmar (as of 30 April " + year + ")")
                .doesNotContain("18,5");
        assertThat(english.select("#goal-g1 table td").eachText()).contains("18.5");
    }

    @Test
    void aSavedSourceIsShownChosenWithItsParametersWhenThePageIsOpenedAgain() throws Exception {
        var promise = policeGoalReadOnTheFirstOfMay("Minst fyrtio patrulleringar.", "Patrulleringar", "patrulleringar", 40);
        PromiseId id = promise.id();

        // The fields of a source are filled in, its radio button is left at "Ingen datakälla": this saved nothing
        // and said it was saved, and the page came back with "Ingen datakälla" chosen.
        var refused = Jsoup.parse(chooseSource(POLICE, id, "", "measure-output.unit", "patrulleringar",
                "measure-output.measureKind", "patrullering").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(refused.select("#g1-kind").text()).isEqualTo("Du har fyllt i uppgifter under ”Summa av"
                + " insatsernas resultat” utan att välja den datakällan. Välj den, eller töm fälten under den.");
        assertThat(refused.select("#g1-measure-output-unit").val()).isEqualTo("patrulleringar");
        assertThat(reading.goals(id).getFirst().sourceSv()).isEmpty();

        chooseSource(POLICE, id, "measure-output", "measure-output.unit", "patrulleringar",
                "measure-output.measureKind", "patrullering").andExpect(redirectedUrl(PROGRESS + id + "#goal-g1"));
        var page = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(page.select("#goal-g1 input[name=kind][checked]").eachAttr("value"))
                .containsExactly("measure-output");
        assertThat(page.select("#g1-measure-output-measureKind option[selected]").text()).isEqualTo("Patrullering");
        assertThat(page.select("#g1-measure-output-unit").val()).isEqualTo("patrulleringar");

        // Sent back as the page showed it, with "Ingen datakälla" chosen, the source is removed and the page says so.
        chooseSource(POLICE, id, "", "measure-output.unit", "patrulleringar", "measure-output.measureKind",
                "patrullering").andExpect(flash().attribute("notice", "progress.indicator.removed"));
        assertThat(Jsoup.parse(page(POLICE, get(PROGRESS + id))).select("#goal-g1 input[name=kind][checked]")
                .eachAttr("value")).containsExactly("");
    }

    @Test
    void theUnitIsChosenFromTheUnitsTheMeasuresHaveAndAUnitNoMeasureHasIsWarnedOf() throws Exception {
        var promise = policeGoalReadOnTheFirstOfMay("Minst fyrtio patrulleringar.", "Patrulleringar", "patrulleringar", 40);
        int year = promise.year();
        PromiseId id = promise.id();
        var none = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(none.select("#g1-measure-output-unit-hint").text())
                .startsWith("Inga insatser med resultat är inlagda under löftet ännu.");
        promises.measure(id, year + "-02-10", "patrullering", "12", "patrulleringar");
        promises.measure(id, year + "-02-11", "patrullering", "3", "Patrulleringar");
        promises.measure(id, year + "-02-12", "annat", "7", "fotpatrulleringar");

        var all = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(all.select("#g1-measure-output-unit").attr("list")).isEqualTo("g1-measure-output-unit-list");
        assertThat(all.select("#g1-measure-output-unit-list option")).extracting(o -> o.val() + ":" + o.text())
                .containsExactly("patrulleringar:patrulleringar (2 insatser)",
                        "fotpatrulleringar:fotpatrulleringar (1 insats)");
        assertThat(all.select("#g1-measure-output-unit-hint").text()).startsWith("Enheter som löftets insatser har:"
                + " patrulleringar (2 insatser), fotpatrulleringar (1 insats).");

        // A unit no measure of the kind has is saved, with a warning on saving and on the page.
        chooseSource(POLICE, id, "measure-output", "measure-output.unit", "fotpatrulleringar",
                "measure-output.measureKind", "patrullering")
                .andExpect(flash().attribute("notice", "progress.indicator.savedWithDoubts"));
        var doubtful = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(doubtful.select("#goal-g1 [role=note]").text()).contains("Inga insatser av det valda slaget har"
                + " enheten ”fotpatrulleringar” ännu, så målet räknar ingenting förrän sådana läggs in.");
        assertThat(doubtful.select("#g1-measure-output-unit-hint").text()).startsWith("Enheter som löftets insatser"
                + " av slaget Patrullering har: patrulleringar (2 insatser).");
        assertThat(reading.goals(id).getFirst().value()).isNull();

        chooseSource(POLICE, id, "measure-output", "measure-output.unit", "patrulleringar",
                "measure-output.measureKind", "patrullering")
                .andExpect(flash().attribute("notice", "progress.indicator.saved"));
        var counted = Jsoup.parse(page(POLICE, get(PROGRESS + id)));
        assertThat(counted.select("#goal-g1 [role=note]").text()).doesNotContain("Inga insatser");
        assertThat(reading.goals(id).getFirst().value()).isEqualByComparingTo("15");

        chooseSource(POLICE, id, "measure-output", "measure-output.unit", "timmar")
                .andExpect(flash().attribute("notice", "progress.indicator.savedWithDoubts"));
        assertThat(Jsoup.parse(page(POLICE, get(PROGRESS + id).param("lang", "en"))).select("#goal-g1 [role=note]")
                .text()).contains("No measures have the unit “timmar” yet");
    }

    @Test
    void anUpdateIsWrittenPublishedAndOfferedAsPostAndPressRelease() throws Exception {
        var promise = policeGoalReadOnTheFirstOfMay("Minst fem lagförda.", "Lagförda", "personer", 5);
        int year = promise.year();
        PromiseId id = promise.id();
        String refused = page(POLICE, post(PROGRESS + id + "/updates/new").param("kind", "NOT_DONE")
                .param("title", "Inga kontroller").param("text", "Ring 121212-1212.")
                .param("party", promises.police().id().toString()));
        assertThat(refused).contains("121212-1212. Ta bort det", "value=\"Inga kontroller\"");

        String text = "Trafikkontrollerna i mars blev inte av. Personalen behövdes vid en stor olycka på riksväg 172."
                + " Vi tar igen dem i maj och berättar här hur det gick.\n\nKontrollerna görs på Storgatan.";
        String location = mvc.perform(as(POLICE, post(PROGRESS + id + "/updates/new").param("kind", "NOT_DONE")
                        .param("title", "Inga kontroller i mars").param("text", text).param("commitments", "c1")
                        .param("party", promises.police().id().toString())))
                .andExpect(redirectedUrlPattern("/manage/progress/updates/*")).andReturn().getResponse()
                .getRedirectedUrl();
        // The update speaks for the police: the municipality's editors read it but do not publish it.
        assertThat(page(MUNICIPALITY, get(location))).contains("kan läsa den men inte ändra den")
                .doesNotContain("/publish\"");
        mvc.perform(as(MUNICIPALITY, post(location + "/publish"))).andExpect(status().isForbidden());
        mvc.perform(as(POLICE, post(location + "/publish"))).andExpect(status().is3xxRedirection());
        assertThat(reading.updates(List.of(id), 10)).extracting(ProgressUpdate::title)
                .containsExactly("Inga kontroller i mars");

        String page = page(POLICE, get(location));
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

    /** A published promise of a year of its own whose goal g1, the police's, rises from 0; today is 1 May. */
    private Published policeGoalReadOnTheFirstOfMay(String text, String indicator, String unit, int target) {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 5, 1));
        return new Published(year, promises.published(year, promises.police(), text, indicator, unit, 0, target,
                Direction.INCREASE));
    }

    private record Published(int year, PromiseId id) {
    }

    /** A page as the staff member reads it, which must answer 200 OK. */
    private String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(username, request)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Chooses the data source of goal g1 with its parameters (names and values in turn), as the staff member. */
    private ResultActions chooseSource(String username, PromiseId id, String kind, String... parameters)
            throws Exception {
        MockHttpServletRequestBuilder request = post(PROGRESS + id + "/goals/g1/indicator").param("kind", kind);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(as(username, request));
    }

    /** Posts a count as the staff member to the goal's form, whose fields are always named for g1 here. */
    private ResultActions count(String username, PromiseId id, String goal, String value, String asOf)
            throws Exception {
        return mvc.perform(as(username, post(PROGRESS + id + "/goals/" + goal + "/counts")
                .param("g1.count.value", value).param("g1.count.asOf", asOf)));
    }
}
