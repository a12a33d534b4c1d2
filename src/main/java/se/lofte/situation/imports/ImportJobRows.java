package se.lofte.situation.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.organisations.OrganisationId;
import se.lofte.situation.ImportFormat;
import se.lofte.situation.ImportJob;
import se.lofte.situation.ImportRejection;
import se.lofte.situation.ImportState;

/**
 * The {@code import_job} and {@code import_rejection} rows. Everything that reports a job's progress or
 * changes its state from outside the import runs in a transaction of its own ({@code REQUIRES_NEW}), so
 * that it is visible at once while the import's own transaction is still open, and survives its rollback.
 */
@Repository
public class ImportJobRows {

    /** Codes and arguments of a message are stored in one column, separated by U+001F. */
    public static final String SEPARATOR = "\u001F";

    private static final String COLUMNS = "id, organisation_id, format, source, file_name, mapping_name, state,"
            + " rows_read, accepted, rejected, duplicates, bytes_read, bytes_total, message, started_by, created_at,"
            + " finished_at";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate separate;

    ImportJobRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction.
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new job waiting to run; its id. */
    public long create(OrganisationId organisation, ImportFormat format, String source, String fileName,
                       String fileSha256, String mappingName, String startedBy, long bytesTotal) {
        return separate.execute(status -> {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into import_job (organisation_id, format, source, file_name, file_sha256, mapping_name,"
                            + " state, started_by, created_at, bytes_total) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(organisation.value(), format.word(), source, cut(fileName, 300), fileSha256,
                            mappingName, ImportState.QUEUED.name(), startedBy, now(), bytesTotal)
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
    }

    /** Moves a queued job to RUNNING; false when it is no longer queued (cancelled while it waited). */
    boolean start(long id) {
        return Boolean.TRUE.equals(separate.execute(status -> jdbc.sql(
                        "update import_job set state = ? where id = ? and state = ?")
                .params(ImportState.RUNNING.name(), id, ImportState.QUEUED.name()).update() == 1));
    }

    /** Publishes the counts so far; true when somebody asked to cancel the job meanwhile. */
    boolean progress(long id, long rowsRead, long accepted, long rejected, long bytesRead) {
        return Boolean.TRUE.equals(separate.execute(status -> {
            jdbc.sql("update import_job set rows_read = ?, accepted = ?, rejected = ?, bytes_read = ? where id = ?")
                    .params(rowsRead, accepted, rejected, bytesRead, id).update();
            return jdbc.sql("select cancel_requested from import_job where id = ?").param(id)
                    .query(Boolean.class).single();
        }));
    }

    /** The final counts of a job that stored its rows; inside the import's transaction, so they commit together. */
    void done(long id, long rowsRead, long accepted, long rejected, long duplicates, long bytesRead) {
        jdbc.sql("update import_job set state = ?, rows_read = ?, accepted = ?, rejected = ?, duplicates = ?,"
                        + " bytes_read = ?, message = null, finished_at = ? where id = ?")
                .params(ImportState.DONE.name(), rowsRead, accepted, rejected, duplicates, bytesRead, now(), id)
                .update();
    }

    /**
     * Ends a job that stored nothing (failed, cancelled, interrupted), after its transaction rolled back. The
     * counts say how far it read; accepted and rejected rows were not kept.
     */
    void ended(long id, ImportState state, long rowsRead, long rejected, long bytesRead, String code, List<String> args) {
        separate.executeWithoutResult(status -> jdbc.sql("update import_job set state = ?, rows_read = ?,"
                        + " accepted = 0, rejected = ?, duplicates = 0, bytes_read = ?, message = ?, finished_at = ?"
                        + " where id = ?")
                .params(state.name(), rowsRead, rejected, bytesRead, message(code, args), now(), id).update());
    }

    /** Asks a queued or running job to stop; a queued one is cancelled at once. False when it had finished. */
    public boolean requestCancel(long id) {
        return Boolean.TRUE.equals(separate.execute(status -> {
            int queued = jdbc.sql("update import_job set state = ?, cancel_requested = true, finished_at = ?,"
                            + " message = ? where id = ? and state = ?")
                    .params(ImportState.CANCELLED.name(), now(), "import.job.cancelled", id, ImportState.QUEUED.name())
                    .update();
            int running = jdbc.sql("update import_job set cancel_requested = true where id = ? and state = ?")
                    .params(id, ImportState.RUNNING.name()).update();
            return queued + running > 0;
        }));
    }

    /**
     * Jobs a stopped process left QUEUED or RUNNING: their transaction died with the process, so they stored
     * nothing. Returns how many were marked INTERRUPTED.
     */
    public int interruptUnfinished() {
        return separate.execute(status -> jdbc.sql("update import_job set state = ?, message = ?, finished_at = ?"
                        + " where state in (?, ?)")
                .params(ImportState.INTERRUPTED.name(), "import.job.interrupted", now(), ImportState.QUEUED.name(),
                        ImportState.RUNNING.name())
                .update());
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?").param(id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** The newest jobs of these organisations (all organisations when {@code organisations} is null). */
    public List<ImportJob> recent(Collection<Long> organisations, int limit) {
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from import_job"
                        + (organisations == null ? "" : " where organisation_id in (:organisations)")
                        + " order by created_at desc, id desc limit :limit")
                .params(organisations == null ? Map.of() : Map.of("organisations", organisations))
                .param("limit", limit).query((rs, row) -> map(rs)).list();
    }

    public List<ImportRejection> rejections(long job, int offset, int limit) {
        return jdbc.sql("select line, column_name, reason, reason_args, raw_text from import_rejection where job_id = ?"
                        + " order by line limit ? offset ?")
                .params(job, limit, offset).query((rs, row) -> rejection(rs)).list();
    }

    /** Every rejected row of a job in line order, one at a time, so a large list is never held in memory. */
    public void forEachRejection(long job, Consumer<ImportRejection> each) {
        separate.executeWithoutResult(status -> streaming.sql("select line, column_name, reason, reason_args,"
                        + " raw_text from import_rejection where job_id = ? order by line")
                .param(job).query(rs -> {
                    each.accept(rejection(rs));
                }));
    }

    static String message(String code, List<String> args) {
        String text = args.isEmpty() ? code : code + SEPARATOR + String.join(SEPARATOR, args);
        return cut(text, 2000);
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static ImportRejection rejection(ResultSet rs) throws SQLException {
        String args = rs.getString("reason_args");
        return new ImportRejection(rs.getLong("line"), rs.getString("column_name"), rs.getString("reason"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1)),
                rs.getString("raw_text"));
    }

    private static ImportJob map(ResultSet rs) throws SQLException {
        String message = rs.getString("message");
        ImportJob.Message parsed = null;
        if (message != null) {
            String[] parts = message.split(SEPARATOR, -1);
            parsed = new ImportJob.Message(parts[0], Arrays.asList(parts).subList(1, parts.length));
        }
        Long bytesTotal = rs.getObject("bytes_total", Long.class);
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                ImportFormat.byWord(rs.getString("format")).orElseThrow(), rs.getString("source"),
                rs.getString("file_name"), rs.getString("mapping_name"), ImportState.valueOf(rs.getString("state")),
                rs.getLong("rows_read"), rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("duplicates"),
                rs.getLong("bytes_read"), bytesTotal, parsed, rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                finished == null ? null : finished.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
