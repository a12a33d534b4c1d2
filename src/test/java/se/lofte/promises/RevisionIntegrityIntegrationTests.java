package se.lofte.promises;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import se.lofte.organisations.Organisations;
import se.lofte.promises.IntegrityReport.Failure;
import se.lofte.testing.OneConnection;
import se.lofte.testing.PromiseSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published revisions are sealed and chained, and the integrity check finds a revision changed directly in
 * the database. Tests that change a revision put it back before they end: every test of a run shares the
 * revisions of one database, and the check reads them all.
 */
@SpringBootTest
@OneConnection
@AutoConfigureMockMvc
class RevisionIntegrityIntegrationTests {

    @Autowired
    PromiseManagement management;
    @Autowired
    PublishedPromises published;
    @Autowired
    RevisionIntegrity integrity;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void eachRevisionIsSealedAndLinkedToTheOneBefore() {
        var id = publishTwice();
        var revisions = published.revisions(id);
        var first = revisions.get(0).hashes();
        var second = revisions.get(1).hashes();

        assertThat(first.previous()).isNull();
        assertThat(second.previous()).isEqualTo(first.record());
        assertThat(first.content()).isEqualTo(RevisionHashing.contentSha256(stored(id, 1, "content_json")))
                .isNotEqualTo(second.content()).hasSize(64);
        assertThat(integrity.check().intact()).isTrue();
    }

    @Test
    void theApiShowsTheHashes() throws Exception {
        var id = publishTwice();
        var revisions = published.revisions(id);
        mvc.perform(get("/api/promises/{id}", id.value())).andExpect(status().isOk())
                .andExpect(PromiseSchema.conforms(mvc))
                .andExpect(jsonPath("$.contentSha256").value(revisions.get(1).hashes().content()))
                .andExpect(jsonPath("$.previousSha256").value(revisions.get(0).hashes().record()))
                .andExpect(jsonPath("$.recordSha256").value(revisions.get(1).hashes().record()));
        mvc.perform(get("/api/promises/{id}/revisions/1", id.value()))
                .andExpect(PromiseSchema.conforms(mvc))
                .andExpect(jsonPath("$.previousSha256").doesNotExist())
                .andExpect(jsonPath("$.recordSha256").value(revisions.get(0).hashes().record()));
    }

    @Test
    void contentChangedInTheDatabaseIsReportedForExactlyThatRevision() throws Exception {
        var id = publishTwice();
        String original = stored(id, 1, "content_json");
        try {
            set(id, 1, "content_json", original.replace("Medborgarlöfte för", "Medborgarlöfte, ändrat i smyg, för"));

            assertThat(integrity.check().problems())
                    .containsExactly(new IntegrityReport.Problem(id, 1, List.of(Failure.CONTENT)));
            mvc.perform(get("/api/promises/integrity")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.problems.length()").value(1))
                    .andExpect(jsonPath("$.problems[0].promiseId").value(id.value()))
                    .andExpect(jsonPath("$.problems[0].revision").value(1))
                    .andExpect(jsonPath("$.problems[0].failed", contains("content")));
        } finally {
            set(id, 1, "content_json", original);
        }
        // The API keeps its report until the next public change (IntegrityReportsIntegrationTests); the check
        // itself sees the repair at once.
        assertThat(integrity.check().intact()).isTrue();
    }

    @Test
    void theSameContentWrittenDifferentlyIsIntact() {
        var id = publishTwice();
        String original = stored(id, 1, "content_json");
        try {
            set(id, 1, "content_json", RevisionHashing.canonical(original).replace(",\"", ",\n  \""));
            assertThat(integrity.check().intact()).isTrue();
        } finally {
            set(id, 1, "content_json", original);
        }
    }

    @Test
    void aChangedPublisherBreaksTheRecordAndAChangedRecordHashTheChain() {
        var id = publishTwice();
        String publisher = stored(id, 1, "publisher_name");
        String record = stored(id, 1, "record_sha256");
        try {
            set(id, 1, "publisher_name", "Någon annan");
            assertThat(integrity.check().problems())
                    .containsExactly(new IntegrityReport.Problem(id, 1, List.of(Failure.RECORD)));
            set(id, 1, "publisher_name", publisher);

            set(id, 1, "record_sha256", "0".repeat(64));
            assertThat(integrity.check().problems()).containsExactly(
                    new IntegrityReport.Problem(id, 1, List.of(Failure.RECORD)),
                    new IntegrityReport.Problem(id, 2, List.of(Failure.CHAIN)));
        } finally {
            set(id, 1, "publisher_name", publisher);
            set(id, 1, "record_sha256", record);
        }
        assertThat(integrity.check().intact()).isTrue();
    }

    /** A promise published, revised and published again. */
    private PromiseId publishTwice() {
        var first = PromiseFixtures.published(management, organisations, "sealer", "Sigrid Sigill");
        var id = first.id();
        var content = first.content();
        var editor = first.editor();
        var view = management.find(id, editor).orElseThrow();
        management.update(id, view.version(), PromiseFixtures.withTitle(content, "Reviderat löfte"), editor);
        content.parties().forEach(p -> management.sign(id, p.id(), editor));
        management.publish(id, editor, "Sigrid Sigill");
        return id;
    }

    private String stored(PromiseId id, int number, String column) {
        return jdbc.sql("select " + column + " from promise_revision where promise_id = ? and number = ?")
                .params(id.value(), number).query(String.class).single();
    }

    /** Changes a stored revision directly, as someone with access to the database could. */
    private void set(PromiseId id, int number, String column, String value) {
        jdbc.sql("update promise_revision set " + column + " = ? where promise_id = ? and number = ?")
                .params(value, id.value(), number).update();
    }
}
