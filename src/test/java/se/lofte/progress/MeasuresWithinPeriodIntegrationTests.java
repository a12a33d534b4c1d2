package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import se.lofte.accounts.Role;
import se.lofte.measures.MeasureManagement;
import se.lofte.measures.MeasureTimeline;
import se.lofte.measures.Output;
import se.lofte.measures.PromisePeriod;
import se.lofte.measures.PublicMeasure;
import se.lofte.promises.PromiseContent.Direction;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;
import se.lofte.testing.MovableClock;
import se.lofte.testing.ProgressTest;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.lofte.testing.Pages.html;

/**
 * A measure belongs to its promise's period: the staff form refuses one outside it (the first and the last day
 * are inside), and one stored before the rule is marked for staff, kept from residents and not counted, so that
 * the public list and the goal count the same measures.
 */
@ProgressTest
@WithMockUser(username = "period.polis")
class MeasuresWithinPeriodIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressReading reading;
    @Autowired
    ProgressComputation computation;
    @Autowired
    MeasureManagement measures;
    @Autowired
    MeasureTimeline timeline;
    @Autowired
    PublishedPromises publishedPromises;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    int year;
    PromiseId promise;
    String base;

    @BeforeEach
    void aPublishedPromiseCountingControlledVehicles() {
        staff.member("period.polis", promises.police().id(), Role.EDITOR);
        year = TestYears.next();
        clock.setDay(LocalDate.of(year, 1, 1));
        promise = promises.published(year, promises.police(), "Minst 40 kontrollerade fordon.", "Kontrollerade fordon",
                "fordon kontrollerade", 0, 40, Direction.INCREASE);
        assertThat(progress.chooseIndicator(promise, "g1", MeasureOutputSource.KIND,
                Map.of(MeasureOutputSource.UNIT, "fordon kontrollerade"), promises.both())).isEmpty();
        clock.setDay(LocalDate.of(year + 1, 1, 10));
        base = "/manage/measures/promises/" + promise.value();
    }

    @Test
    void aMeasureBeforeTheFirstDayOrAfterTheLastIsRefusedWithThePeriodNamed() throws Exception {
        Document before = html(mvc.perform(measure(LocalDate.of(year - 1, 12, 31), null, "5")).andExpect(status().isOk()));
        assertThat(before.select("#start-error").text())
                .isEqualTo("Insatsen måste ligga inom löftets period, 1 januari–31 december " + year + ".");

        Document after = html(mvc.perform(measure(LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 1), "5"))
                .andExpect(status().isOk()));
        assertThat(after.select("#end-error").text())
                .isEqualTo("Insatsen måste ligga inom löftets period, 1 januari–31 december " + year + ".");
        assertThat(after.select(".error-summary a[href=#end]")).hasSize(1);

        Document english = html(mvc.perform(measure(LocalDate.of(year + 1, 1, 2), null, "5").param("lang", "en"))
                .andExpect(status().isOk()));
        assertThat(english.select("#start-error").text())
                .isEqualTo("The measure must lie within the promise’s period, 1 January–31 December " + year + ".");
        assertThat(measures.ofPromise(promise, staff.member("period.polis"))).isEmpty();
    }

    @Test
    void theFirstAndTheLastDayOfThePeriodAreAccepted() throws Exception {
        mvc.perform(measure(LocalDate.of(year, 1, 1), null, "3")).andExpect(redirectedUrl(base));
        mvc.perform(measure(LocalDate.of(year, 12, 30), LocalDate.of(year, 12, 31), "4")).andExpect(redirectedUrl(base));

        assertThat(measures.ofPromise(promise, staff.member("period.polis"))).hasSize(2)
                .noneMatch(m -> m.outsidePeriod());
    }

    @Test
    void aMeasureStoredOutsideThePeriodBeforeTheRuleIsMarkedForStaffAndNeitherShownNorCounted() throws Exception {
        String inside = "Kontroll i perioden " + UUID.randomUUID();
        String outside = "Kontroll före perioden " + UUID.randomUUID();
        mvc.perform(measure(LocalDate.of(year, 3, 2), null, "12").param("description", inside))
                .andExpect(redirectedUrl(base));
        mvc.perform(measure(LocalDate.of(year, 1, 2), null, "30").param("description", outside))
                .andExpect(redirectedUrl(base));
        // As a measure logged before the rule was: dated before the promise's first day.
        jdbc.sql("update measure set start_date = ?, end_date = ? where promise_id = ? and description = ?")
                .params(LocalDate.of(year - 1, 12, 20), LocalDate.of(year - 1, 12, 20), promise.value(), outside)
                .update();
        computation.recompute(promise);
        Reactions.settle(jdbc);

        Document list = html(mvc.perform(get(base)).andExpect(status().isOk()));
        assertThat(list.select("tr.measure-outside").text())
                .contains("Utanför löftets period (1 januari–31 december " + year + "), räknas inte.",
                        "Visas inte för invånare.");
        assertThat(list.select("tr.measure-outside")).hasSize(1);

        var shown = timeline.forPromise(promise,
                PromisePeriod.of(publishedPromises.latest(promise).orElseThrow().content()), clock.instant());
        assertThat(shown.visible()).extracting(PublicMeasure::description).containsExactly(inside);
        BigDecimal listed = shown.visible().stream().flatMap(m -> m.outputs().stream())
                .filter(o -> o.unit().equals("fordon kontrollerade")).map(Output::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        GoalProgress goal = reading.goals(promise).getFirst();
        assertThat(goal.value()).isEqualByComparingTo(listed).isEqualByComparingTo("12");

        Document page = html(mvc.perform(get("/kommun/bengtsfors/medborgarlofte/" + year).with(anonymous()))
                .andExpect(status().isOk()));
        assertThat(page.text()).contains(inside).doesNotContain(outside);
    }

    private MockMultipartHttpServletRequestBuilder measure(LocalDate start, LocalDate end, String quantity) {
        return multipart(base + "/new").with(csrf()).param("commitments", "c1").param("start", start.toString())
                .param("end", end == null ? "" : end.toString()).param("kind", "trafikkontroll")
                .param("responsible", Long.toString(promises.police().id().value()))
                .param("outputs[0].quantity", quantity).param("outputs[0].unit", "fordon kontrollerade");
    }
}
