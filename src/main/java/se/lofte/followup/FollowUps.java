package se.lofte.followup;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.Signature;

/** Stores follow-up aggregates: the working verdicts and the signatures on them. */
@Repository
class FollowUps {

    private final JdbcClient jdbc;

    FollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The follow-up with the parties of its promise's latest revision. The row is read to the end before its
     * signatures are asked for: no query runs inside another's row mapper.
     */
    Optional<FollowUp> find(FollowUpId id, List<PromiseContent.Party> parties) {
        return jdbc.sql("select * from follow_up where id = ?").param(id.value())
                .query((rs, row) -> new Row(rs.getLong("id"), rs.getLong("promise_id"), rs.getInt("follow_up_year"),
                        FollowUpKind.valueOf(rs.getString("kind")), rs.getString("assessments_json"),
                        rs.getBoolean("unpublished_changes"), (Integer) rs.getObject("published_revision"),
                        rs.getInt("version")))
                .optional()
                .map(row -> new FollowUp(new FollowUpId(row.id()), new PromiseId(row.promise()), row.year(),
                        row.kind(), parties, FollowUpJson.assessments(row.assessmentsJson()),
                        row.unpublishedChanges(), row.publishedRevision(), row.version(), signatures(row.id())));
    }

    /** The promise a follow-up is of, read first so that the caller can read the promise's parties. */
    Optional<PromiseId> promiseOf(FollowUpId id) {
        return jdbc.sql("select promise_id from follow_up where id = ?").param(id.value())
                .query((rs, row) -> new PromiseId(rs.getLong(1))).optional();
    }

    /** The follow-up of the promise for this year and kind, if one is open. */
    Optional<FollowUpId> find(PromiseId promise, int year, FollowUpKind kind) {
        return jdbc.sql("select id from follow_up where promise_id = ? and follow_up_year = ? and kind = ?")
                .params(promise.value(), year, kind.name())
                .query((rs, row) -> new FollowUpId(rs.getLong(1))).optional();
    }

    /** The follow-ups of a promise, the latest year first, the half year before the year's end. */
    List<FollowUpSummary> of(PromiseId promise) {
        return jdbc.sql("select id, follow_up_year, kind, unpublished_changes, published_revision from follow_up"
                        + " where promise_id = ? order by follow_up_year desc, kind desc")
                .param(promise.value())
                .query((rs, row) -> new FollowUpSummary(new FollowUpId(rs.getLong(1)), rs.getInt(2),
                        FollowUpKind.valueOf(rs.getString(3)), rs.getBoolean(4),
                        (Integer) rs.getObject(5)))
                .list();
    }

    FollowUpId insert(FollowUp followUp, String by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into follow_up (promise_id, follow_up_year, kind, assessments_json, unpublished_changes,"
                        + " published_revision, version, created_at, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, null, 0, ?, ?, ?)")
                .params(followUp.promise().value(), followUp.year(), followUp.kind().name(),
                        FollowUpJson.write(followUp.assessments()), followUp.unpublishedChanges(), now, now, by)
                .update(keys, "id");
        return new FollowUpId(keys.getKeyAs(Number.class).longValue());
    }

    /**
     * Writes the aggregate back if nobody else changed it since it was read; returns false otherwise, so that two
     * people never overwrite each other's verdicts or sign verdicts they did not see.
     */
    boolean update(FollowUp followUp, String by, OffsetDateTime now) {
        int rows = jdbc.sql("update follow_up set assessments_json = ?, unpublished_changes = ?,"
                        + " published_revision = ?, version = version + 1, updated_at = ?, updated_by = ?"
                        + " where id = ? and version = ?")
                .params(FollowUpJson.write(followUp.assessments()), followUp.unpublishedChanges(),
                        followUp.publishedRevision(), now, by, followUp.id().value(), followUp.version())
                .update();
        if (rows == 1) {
            jdbc.sql("delete from follow_up_signature where follow_up_id = ?").param(followUp.id().value()).update();
            for (var signature : followUp.signatures()) {
                jdbc.sql("insert into follow_up_signature (follow_up_id, organisation_id, signed_by, signed_at)"
                                + " values (?, ?, ?, ?)")
                        .params(followUp.id().value(), signature.party().value(), signature.signedBy(),
                                signature.signedAt())
                        .update();
            }
        }
        return rows == 1;
    }

    private List<Signature> signatures(long followUp) {
        return jdbc.sql("select organisation_id, signed_by, signed_at from follow_up_signature"
                        + " where follow_up_id = ? order by signed_at")
                .param(followUp)
                .query((rs, row) -> new Signature(new OrganisationId(rs.getLong(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    private record Row(long id, long promise, int year, FollowUpKind kind, String assessmentsJson,
                       boolean unpublishedChanges, Integer publishedRevision, int version) {
    }
}
