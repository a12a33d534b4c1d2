package se.lofte.promises.web;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.promises.PromiseId;

/**
 * The editor page's unsaved typing, one per promise and editor (table {@code promise_editor_draft}): the page
 * sends its form every few seconds while it changes, so that a closed tab or a crashed browser loses nothing,
 * and offers it back the next time the editor opens the promise. It is the web form as typed, stored as JSON,
 * not promise content: it may be half-written and is never checked, signed or shown to anyone else.
 */
@Repository
class EditorDrafts {

    private static final Logger log = LoggerFactory.getLogger(EditorDrafts.class);

    // A mapper of its own: the stored text is read back after upgrades, whatever the web layer's settings.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    EditorDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the typing, replacing what this editor kept before for this promise. */
    @Transactional
    void keep(PromiseId promise, String username, PromiseForm form) {
        String json = JSON.writeValueAsString(form);
        // The database's clock: when the typing arrived is all the offer says, and no rule depends on it.
        int updated = jdbc.sql("update promise_editor_draft set form_json = ?, saved_at = current_timestamp"
                        + " where promise_id = ? and username = ?")
                .params(json, promise.value(), username).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into promise_editor_draft (promise_id, username, form_json, saved_at)"
                                + " values (?, ?, ?, current_timestamp)")
                        .params(promise.value(), username, json).update();
            } catch (DuplicateKeyException e) {
                // Two sends of one page crossed; the other one's typing is a moment older and as good.
                log.debug("Editor draft of promise {} kept by a parallel request", promise);
            }
        }
    }

    Optional<UnsavedTyping> find(PromiseId promise, String username) {
        record Row(String json, OffsetDateTime savedAt) {
        }
        return jdbc.sql("select form_json, saved_at from promise_editor_draft where promise_id = ? and username = ?")
                .params(promise.value(), username)
                .query((rs, row) -> new Row(rs.getString("form_json"), rs.getObject("saved_at", OffsetDateTime.class)))
                .optional()
                .flatMap(row -> read(row.json()).map(form -> new UnsavedTyping(form, row.savedAt())));
    }

    /** Whether two forms hold the same typing, whatever version each was started from. */
    static boolean sameTyping(PromiseForm a, PromiseForm b) {
        int version = a.getVersion();
        try {
            a.setVersion(b.getVersion());
            return JSON.writeValueAsString(a).equals(JSON.writeValueAsString(b));
        } finally {
            a.setVersion(version);
        }
    }

    void discard(PromiseId promise, String username) {
        jdbc.sql("delete from promise_editor_draft where promise_id = ? and username = ?")
                .params(promise.value(), username).update();
    }

    /** Typing stored by an older release whose form no longer reads is dropped rather than shown broken. */
    private static Optional<PromiseForm> read(String json) {
        try {
            return Optional.of(JSON.readValue(json, PromiseForm.class));
        } catch (JacksonException e) {
            log.warn("An editor draft could not be read and is ignored: {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
