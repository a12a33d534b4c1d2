package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.progress.ProgressManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lofte.testing.Pages.page;

/**
 * A goal's unit and indicator are written by staff in Swedish ("minst 5 individer"). An English page keeps
 * them as written, and marks them {@code lang="sv"} so that a screen reader says them in Swedish instead of
 * spelling them out with English rules: on the promise page and in both widgets. A Swedish page has no
 * such marks. The seed promise's text in a year of its own; its goal g1 counts "individer".
 */
@ProgressTest
class SwedishUnitsOnEnglishPagesIntegrationTests {

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    ProgressManagement progress;
    @Autowired
    PublishedPromises published;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEnglishPageMarksTheStaffsSwedishUnitAndIndicatorAsSwedish() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 3, 1));
        var promise = promises.publish(year, c -> c);
        var editor = ProgressFixtures.editor(published.latest(promise.id()).orElseThrow());
        assertThat(progress.chooseIndicator(promise.id(), "g1", "manual", Map.of(), editor)).isEmpty();
        assertThat(progress.recordCount(promise.id(), "g1", "3", year + "-02-28", editor)).isEmpty();
        Reactions.settle(jdbc);

        for (String view : List.of(promise.path(), "/widget" + promise.path(), "/widget" + promise.path() + ".html")) {
            Element value = page(mvc, view + "?lang=en").select(".goal-progress .goal-value").first();
            assertThat(value.text()).as(view).isEqualTo("3 of at least 5 individer, 28 February " + year);
            assertThat(value.select("[lang]")).as(view).hasSize(1);
            assertThat(value.select("span[lang=sv]").text()).as(view).isEqualTo("individer");

            Element swedish = page(mvc, view + "?lang=sv").select(".goal-progress .goal-value").first();
            assertThat(swedish.text()).as(view).isEqualTo("3 av minst 5 individer, 28 februari " + year);
            assertThat(swedish.select("[lang]")).as(view).isEmpty();
        }

        Element target = page(mvc, promise.path() + "?lang=en").select("dl.goal-target").first();
        assertThat(target.select("dd").get(1).text()).startsWith("at least 5 individer");
        assertThat(target.select("dd").get(1).select("span[lang=sv]").text()).isEqualTo("individer");
        assertThat(target.select("dd").first().attr("lang")).as("the indicator").isEqualTo("sv");
        assertThat(page(mvc, promise.path() + "?lang=sv").select("dl.goal-target [lang]")).isEmpty();
    }

    /**
     * The seed promise's picture caption and credit, its follow-up plan and its signatories' titles are the parties'
     * Swedish words: on the English promise page and report they are marked Swedish like the rest of the promise's
     * text, on the Swedish ones not.
     */
    @Test
    void anEnglishPageAndReportMarkThePicturesSwedishCaptionAndCreditAsSwedish() throws Exception {
        String seed = "/kommun/bengtsfors/medborgarlofte/2019";
        for (String view : List.of(seed, seed + "/rapport")) {
            Element caption = page(mvc, view + "?lang=en").select("figcaption, p.caption").first();
            assertThat(caption.select("[lang=sv]").eachText()).as(view).containsExactly(
                    "tf lokalpolisområdeschefen för LPO Östra Fyrbodal, Sten-Anders Jakobsson tillsammans med Per "
                            + "Eriksson, kommunstyrelsens vice ordförande.", "Foto från Polismyndigheten");
            assertThat(page(mvc, view + "?lang=sv").select("figcaption [lang], p.caption [lang]")).as(view).isEmpty();
            assertThat(page(mvc, view + "?lang=en").select(".signatures li [lang=sv], ul li:has(.name) [lang=sv]")
                    .eachText()).as(view).contains("tf lokalpolisområdeschef", "kommunstyrelsens vice ordförande");
        }
        assertThat(page(mvc, seed + "?lang=en").select("dl.facts dd[lang=sv]").eachText())
                .containsExactly("En gång, innan årets utgång", "Kommunen och polisen gemensamt");
        assertThat(page(mvc, seed + "?lang=sv").select("dl.facts dd[lang]")).isEmpty();
    }
}
