package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressReading;
import se.lofte.promises.PublishedRevision;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.page;

/**
 * A new promise must not look like a failure: from the day it is published, a numeric goal whose source has no
 * figure yet says that measuring starts with the first figure and when the goal runs to, on the promise page, in
 * both widgets, in the share image and its text, and brings no news to the feed. Once counted, the goal shows its
 * value and status as before. The seed promise's text in a year of its own; its goal g1 is "minst 5 individer".
 */
@ProgressTest
class GoalsNotYetMeasuredIntegrationTests {

    private static final List<String> FAILURE = List.of("kan inte mätas", "inget värde", "Går inte att mäta",
            "går inte att mäta", "Summa av", "sedan löftets början");

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressReading reading;
    @Autowired
    ShareImages shareImages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshlyPublishedGoalSaysMeasuringHasNotStartedEverywhereAndShowsItsValueOnceCounted() throws Exception {
        int year = TestYears.next();
        clock.setDay(LocalDate.of(year, 1, 10));
        var promise = promises.publish(year, c -> c);
        Reactions.settle(jdbc);
        List<String> views = List.of(promise.path(), "/widget" + promise.path(), "/widget" + promise.path() + ".html");
        PublishedRevision latest = promises.latest(promise.id());

        // Without a data source the goal cannot be measured, and says no more than that.
        assertThat(goal(page(mvc, promise.path())).hasClass("status-NOT_MEASURABLE")).isTrue();
        assertThat(goal(page(mvc, promise.path())).select(".goal-status strong").text()).isEqualTo("kan inte mätas");

        // The police choose to count it by hand: measuring has not started.
        assertThat(progress.chooseIndicator(promise.id(), "g1", "manual", Map.of(), ProgressFixtures.editor(latest)))
                .isEmpty();
        Reactions.settle(jdbc);
        for (String view : views) {
            Document page = page(mvc, view);
            Element goal = goal(page);
            assertThat(goal.hasClass("status-NOT_YET_MEASURED")).as(view).isTrue();
            assertThat(goal.select(".goal-value").text()).as(view).isEqualTo("Mätningen börjar när den första siffran"
                    + " finns. Målet gäller till och med den 31 december " + year + ".");
            assertThat(goal.select(".goal-status strong").text()).as(view).isEqualTo("mätningen har inte börjat");
            assertThat(goal.select(".goal-source").text()).as(view)
                    .isEqualTo("Källa: Räknas för hand av LPO Östra Fyrbodal.");
            assertThat(goal.select("progress")).as(view + ": no empty bar").isEmpty();
            assertThat(page.select("svg.goal-chart")).as(view + ": no empty chart").isEmpty();
            assertThat(page.text()).as(view).doesNotContain(FAILURE);
        }
        Element english = goal(page(mvc, "/widget" + promise.path() + "?lang=en"));
        assertThat(english.select(".goal-value").text()).isEqualTo("Measuring starts when the first figure is in."
                + " The goal runs until 31 December " + year + ".");
        assertThat(english.select(".goal-status strong").text()).isEqualTo("measuring has not started");
        assertThat(english.select(".goal-source").text()).isEqualTo("Source: Counted by hand by LPO Östra Fyrbodal.");

        String alt = meta(page(mvc, promise.path()), "og:image:alt");
        assertThat(alt).contains("Lagförda individer som inte tidigare är kända för narkotikabrott: Mätningen börjar"
                + " när den första siffran finns.").doesNotContain(FAILURE);
        assertThat(shareImages.alt(latest, reading.goals(latest), null)).isEqualTo(alt);
        byte[] image = mvc.perform(get(promise.path() + "/delningsbild.png")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ShareCardTests.read(image).getWidth()).isEqualTo(1200);

        // Choosing a source is not news for the readers of the feed or the subscribers.
        assertThat(reading.changes(List.of(promise.id()), 10)).isEmpty();
        String feed = mvc.perform(get(promise.path() + "/flode.atom")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(AtomRules.problems(feed)).isEmpty();
        assertThat(feed).doesNotContain("<title>Mål:").doesNotContain(FAILURE);

        // The first figure: the goal shows its value, its bar and its status, in the reader's number format.
        clock.setDay(LocalDate.of(year, 3, 1));
        assertThat(progress.recordCount(promise.id(), "g1", "2,5", year + "-02-28",
                ProgressFixtures.editor(latest))).isEmpty();
        Reactions.settle(jdbc);
        for (String view : views) {
            Document page = page(mvc, view);
            Element goal = goal(page);
            assertThat(goal.hasClass("status-ON_TRACK")).as(view).isTrue();
            assertThat(goal.select(".goal-value").text()).as(view)
                    .isEqualTo("2,5 av minst 5 individer, 28 februari " + year);
            assertThat(goal.select(".goal-status strong").text()).as(view).isEqualTo("på väg att nås");
            assertThat(goal.select("progress").attr("value")).as(view).isEqualTo("50");
        }
        assertThat(page(mvc, promise.path()).select("#chart-g1-desc").text()).contains("2,5 den 28 februari " + year);
        assertThat(goal(page(mvc, "/widget" + promise.path() + "?lang=en")).select(".goal-value").text())
                .isEqualTo("2.5 of at least 5 individer, 28 February " + year);
        assertThat(meta(page(mvc, promise.path()), "og:image:alt")).contains("2,5 av minst 5 individer");
        assertThat(mvc.perform(get(promise.path() + "/flode.atom")).andReturn().getResponse().getContentAsString())
                .contains("<title>Mål: 2,5 av minst 5 individer</title>");
    }

    private static Element goal(Document page) {
        return page.select(".goal-progress").first();
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
