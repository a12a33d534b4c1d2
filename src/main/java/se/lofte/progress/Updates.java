package se.lofte.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** Stores updates in every state. */
@Repository
class Updates {

    private final JdbcClient jdbc;

    Updates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UpdateId insert(PromiseId promise, UpdateText text, String author, String by, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into progress_update (promise_id, kind, title, body, commitment_keys, organisation_id, author,"
                        + " state, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(promise.value(), text.kind().name(), text.title(), text.text(),
                        ProgressJson.write(text.commitmentKeys()), text.party().value(), author,
                        UpdateState.DRAFT.name(), by, at, at)
                .update(keys, "id");
        return new UpdateId(keys.getKeyAs(Number.class).longValue());
    }

    void update(UpdateId id, UpdateText text, String author, OffsetDateTime at) {
        jdbc.sql("update progress_update set kind = ?, title = ?, body = ?, commitment_keys = ?, organisation_id = ?,"
                        + " author = ?, updated_at = ? where id = ?")
                .params(text.kind().name(), text.title(), text.text(), ProgressJson.write(text.commitmentKeys()),
                        text.party().value(), author, at, id.value())
                .update();
    }

    void publish(UpdateId id, OffsetDateTime at) {
        jdbc.sql("update progress_update set state = ?, published_at = ?, updated_at = ? where id = ?")
                .params(UpdateState.PUBLISHED.name(), at, at, id.value()).update();
    }

    void withdraw(UpdateId id, OffsetDateTime at) {
        jdbc.sql("update progress_update set state = ?, updated_at = ? where id = ?")
                .params(UpdateState.WITHDRAWN.name(), at, id.value()).update();
    }

    Optional<StaffUpdate> find(UpdateId id) {
        return jdbc.sql("select * from progress_update where id = ?").param(id.value())
                .query((rs, row) -> map(rs)).optional();
    }

    /** Every update of the promise, newest first. */
    List<StaffUpdate> of(PromiseId promise) {
        return jdbc.sql("select * from progress_update where promise_id = ? order by updated_at desc, id desc")
                .param(promise.value()).query((rs, row) -> map(rs)).list();
    }

    /** The newest published updates of these promises ({@code null}: of every promise), at most {@code limit}. */
    List<StaffUpdate> published(Collection<PromiseId> promises, int limit) {
        if (promises != null && promises.isEmpty() || limit <= 0) {
            return List.of();
        }
        var query = jdbc.sql("select * from progress_update where state = :state"
                        + (promises == null ? "" : " and promise_id in (:ids)")
                        + " order by published_at desc, id desc limit :limit")
                .param("state", UpdateState.PUBLISHED.name()).param("limit", limit);
        if (promises != null) {
            query = query.param("ids", promises.stream().map(PromiseId::value).toList());
        }
        return query.query((rs, row) -> map(rs)).list();
    }

    private static StaffUpdate map(ResultSet rs) throws SQLException {
        return new StaffUpdate(new UpdateId(rs.getLong("id")), new PromiseId(rs.getLong("promise_id")),
                UpdateState.valueOf(rs.getString("state")), UpdateKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), ProgressJson.keys(rs.getString("commitment_keys")),
                new OrganisationId(rs.getLong("organisation_id")), rs.getString("author"),
                rs.getString("created_by"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
