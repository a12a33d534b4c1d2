package se.lofte.promises;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hashes of every published revision from the stored texts and reports each revision whose
 * content, record or link to the revision before no longer matches: the way to notice a revision changed
 * behind Löfte's back, directly in the database. Read-only; served at {@code /api/promises/integrity} and as
 * the command {@code verify-revisions}.
 */
@Service
public class RevisionIntegrity {

    private final JdbcClient jdbc;

    RevisionIntegrity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads the revisions one at a time in chain order, keeping only the one before in memory. */
    @Transactional(readOnly = true)
    public IntegrityReport check() {
        List<IntegrityReport.Problem> problems = new ArrayList<>();
        var chain = new Object() {
            int checked;
            PromiseId promise;
            int number;
            String record;
        };
        jdbc.sql("select promise_id, number, published_at, publisher_name, content_json, signatures_json,"
                        + " follow_up_json, content_sha256, previous_sha256, record_sha256 from promise_revision"
                        + " order by promise_id, number")
                .query(rs -> {
                    var id = new PromiseId(rs.getLong("promise_id"));
                    int number = rs.getInt("number");
                    String content = rs.getString("content_sha256");
                    String previous = rs.getString("previous_sha256");
                    String record = rs.getString("record_sha256");
                    OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
                    String publisherName = rs.getString("publisher_name");
                    String contentJson = rs.getString("content_json");
                    String signaturesJson = rs.getString("signatures_json");
                    String followUpJson = rs.getString("follow_up_json");

                    Set<IntegrityReport.Failure> failed = EnumSet.noneOf(IntegrityReport.Failure.class);
                    if (!Objects.equals(content, hash(() -> RevisionHashing.contentSha256(contentJson)))) {
                        failed.add(IntegrityReport.Failure.CONTENT);
                    }
                    if (!Objects.equals(record, hash(() -> RevisionHashing.recordSha256(id, number, publishedAt,
                            publisherName, content, signaturesJson, previous, followUpJson)))) {
                        failed.add(IntegrityReport.Failure.RECORD);
                    }
                    boolean linked = number == 1 ? previous == null
                            : id.equals(chain.promise) && chain.number == number - 1
                            && Objects.equals(previous, chain.record);
                    if (!linked) {
                        failed.add(IntegrityReport.Failure.CHAIN);
                    }
                    if (!failed.isEmpty()) {
                        problems.add(new IntegrityReport.Problem(id, number, List.copyOf(failed)));
                    }
                    chain.checked++;
                    chain.promise = id;
                    chain.number = number;
                    chain.record = record;
                });
        return new IntegrityReport(chain.checked, problems);
    }

    /** A stored text that is no longer JSON has no hash, which matches nothing. */
    private static String hash(Supplier<String> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
