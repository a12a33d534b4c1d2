package se.lofte.promises;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.lofte.organisations.Organisations;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open API's integrity report is checked once per change of the public site, not once per request, and
 * each client may ask for it a few times a minute. Counted on the check itself, through the API's whole
 * filter chain. Each test asks from an address of its own, so that the limit of one does not reach another.
 */
@SpringBootTest(properties = "lofte.api.integrity-requests-per-minute=5")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class IntegrityReportsIntegrationTests {

    private static final String INTEGRITY = "/api/promises/integrity";

    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    RevisionIntegrity integrity;
    @Autowired
    PromiseManagement management;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void twoCallsCheckTheRevisionsOnce() throws Exception {
        publish();
        clearInvocations(integrity);

        String first = ask("192.0.2.1").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = ask("192.0.2.1").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        verify(integrity, times(1)).check();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aPublicationChecksAgainAndShowsTheNewRevision() throws Exception {
        ask("192.0.2.2");
        clearInvocations(integrity);
        int before = checked(ask("192.0.2.2"));
        verify(integrity, never()).check();

        publish();
        int after = checked(ask("192.0.2.2").andExpect(jsonPath("$.intact").value(true)));

        verify(integrity, times(1)).check();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void aRevisionChangedInTheDatabaseShowsWithinTheLifetimeOfTheKeptReport() throws Exception {
        PromiseId id = publish();
        ask("192.0.2.3").andExpect(jsonPath("$.intact").value(true));
        String original = jdbc.sql("select content_json from promise_revision where promise_id = ? and number = 1")
                .param(id.value()).query(String.class).single();
        try {
            setContent(id, original.replace("Medborgarlöfte för", "Medborgarlöfte, ändrat i smyg, för"));
            // Changed behind Löfte's back: no public version moves, so the kept report stands for now.
            ask("192.0.2.3").andExpect(jsonPath("$.intact").value(true));

            clock.set(clock.instant().plus(Duration.ofMinutes(11)).truncatedTo(ChronoUnit.SECONDS));
            ask("192.0.2.3").andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.problems[0].promiseId").value(id.value()))
                    .andExpect(jsonPath("$.checkedAt").value(clock.instant().toString()));
        } finally {
            setContent(id, original);
        }
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            ask("192.0.2.4").andExpect(status().isOk());
        }
        ask("192.0.2.4").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(startsWith("A client may ask for this 5 times a minute.")));
        mvc.perform(head(INTEGRITY).remoteAddress("192.0.2.4")).andExpect(status().isTooManyRequests());

        // Another client is not affected, nor are the API's other resources.
        ask("192.0.2.5").andExpect(status().isOk());
        mvc.perform(get("/api/promises").remoteAddress("192.0.2.4")).andExpect(status().isOk());
    }

    private ResultActions ask(String client) throws Exception {
        return mvc.perform(get(INTEGRITY).remoteAddress(client));
    }

    private static int checked(ResultActions answer) throws Exception {
        return JsonPath.read(answer.andReturn().getResponse().getContentAsString(), "$.checked");
    }

    /** A promise signed and published: one new revision, and a change of the public site. */
    /**
     * A published promise, once the reactions to its publication (its goals' first figures, which change the
     * public site again) are done, as a reader a moment later would find it.
     */
    private PromiseId publish() {
        PromiseId id = PromiseFixtures.published(management, organisations, "granskare", "Greta Granskare").id();
        Reactions.settle(jdbc);
        return id;
    }

    /** Changes a stored revision directly, as someone with access to the database could. */
    private void setContent(PromiseId id, String content) {
        jdbc.sql("update promise_revision set content_json = ? where promise_id = ? and number = 1")
                .params(content, id.value()).update();
    }
}
