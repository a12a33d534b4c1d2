package se.lofte.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.promises.PromiseFixtures;
import se.lofte.testing.OneConnection;
import se.lofte.testing.Reactions;
import se.lofte.testing.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements a public page view makes: a fixed number, whatever the number of promises,
 * revisions and goals, so that no page reads the database once per promise, revision or month.
 */
// Counts what a render reads: with the page cache on, the repeat views would be answered from memory.
@SpringBootTest(properties = "lofte.public-cache.enabled=false")
@OneConnection
@AutoConfigureMockMvc
@Import(StatementCounter.Config.class)
class PageQueriesIntegrationTests {

    /**
     * The promise page as it is: municipality, promises, history, state, measures, goals, updates, lägesbild, and the
     * links between years ("Nästa års löfte"; one more, the chain's revisions, only when there is a chain), and the
     * dialogue meetings behind its commitments, and the years of published survey results around it.
     */
    private static final int PROMISE_PAGE_MOST = 12;
    /** The report (page and PDF): the promise page's reads, and the focus places' shapes. */
    private static final int REPORT_MOST = 11;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final TestPromises promises = new TestPromises();

    @Test
    void aPromisePageReadsAsOftenWithOneRevisionAsWithThree() throws Exception {
        var promise = promises.publish(c -> c);
        recomputed();
        List<String> views = List.of(promise.path(), promise.path() + "?utskrift", promise.path() + "/version/1",
                "/widget" + promise.path(), promise.path() + "/flode.atom", "/api/promises/" + promise.id().value(),
                "/api/promises/" + promise.id().value() + "/revisions", promise.path() + "/rapport",
                promise.path() + "/rapport.pdf");
        Map<String, Integer> once = statements(views);
        assertThat(once.get(promise.path())).as(once.toString()).isLessThanOrEqualTo(PROMISE_PAGE_MOST);
        assertThat(once.get(promise.path() + "/rapport")).as(once.toString()).isLessThanOrEqualTo(REPORT_MOST);
        assertThat(once.get(promise.path() + "/rapport.pdf")).as(once.toString()).isLessThanOrEqualTo(REPORT_MOST);

        promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, c.title() + " (2)"));
        promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, c.title() + " (3)"));
        recomputed();
        assertThat(statements(views)).isEqualTo(once);
    }

    @Test
    void aPromisePageReadsAsOftenWithAPublishedFollowUp() throws Exception {
        var promise = promises.publish(c -> c);
        recomputed();
        List<String> views = List.of(promise.path(), promise.path() + "/version/1", promise.path() + "/flode.atom",
                "/flode.atom", promise.path() + "/rapport", promise.path() + "/rapport.pdf",
                "/api/promises/" + promise.id().value(), "/api/promises/" + promise.id().value() + "/revisions",
                "/api/bulk/medborgarloften.jsonl", "/api/bulk/medborgarloften.csv", "/widget" + promise.path(),
                promise.path() + "/delningsbild.png");
        Map<String, Integer> before = statements(views);

        promises.publishFollowUp(promise);
        recomputed();

        assertThat(statements(views)).isEqualTo(before);
        assertThat(mvc.perform(get(promise.path())).andReturn().getResponse().getContentAsString())
                .contains("Gemensam uppföljning");
    }

    @Test
    void theListsReadAsOftenWithMorePromises() throws Exception {
        List<String> views = List.of("/", "/kommun/bengtsfors", "/flode.atom", "/kommun/bengtsfors/flode.atom",
                "/api/promises", "/api/bulk/medborgarloften.jsonl", "/api/bulk/medborgarloften.csv", "/oppna-data",
                "/kommun/bengtsfors/dialog", "/kommun/bengtsfors/dialog.ics");
        promises.publish(c -> c);
        recomputed();
        Map<String, Integer> before = statements(views);

        promises.publish(c -> c);
        promises.publish(c -> c);
        recomputed();
        assertThat(statements(views)).isEqualTo(before);
    }

    /**
     * Until a publication's goal recompute has run, the page reads which goals wait for their first value (one more
     * statement): a count taken then, on a busy machine, is not the page's.
     */
    private void recomputed() {
        Reactions.settle(jdbc, "ProgressTriggers");
    }

    /** The statements of one view of each path, each viewed once before so that nothing is counted first time only. */
    private Map<String, Integer> statements(List<String> paths) throws Exception {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (String path : paths) {
            mvc.perform(get(path)).andExpect(status().isOk());
            counted.put(path, StatementCounter.during(() -> mvc.perform(get(path)).andExpect(status().isOk())));
        }
        return counted;
    }
}
