package se.lofte.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.LofteProperties;

/**
 * The {@code import_job} and {@code import_rejection} rows. Everything that reports a job's progress or
 * changes its state from outside the import runs in a transaction of its own ({@code REQUIRES_NEW}), so
 * that it is visible at once while the import's own transaction is still open, and survives its rollback.
 *
 * <p>The counts of a job say what is stored: while it runs only how far it has read (rows and bytes) is
 * published; imported, rejected and duplicate rows are written with the rows themselves, in the import's
 * transaction. A QUEUED or RUNNING job whose heartbeat is older than the limit belongs to a process that
 * died; it is read as INTERRUPTED with nothing stored, by any node, before anyone marks it so.
 */
@Repository
class ImportJobRows {

    /** Codes and arguments of a message are stored in one column, separated by U+001F. */
    public static final String SEPARATOR = "\u001F";

    private static final String COLUMNS = "id, organisation_id, format, source, file_name, mapping_name, state,"
            + " rows_read, accepted, rejected, duplicates, bytes_read, bytes_total, message, started_by, created_at,"
            + " finished_at, heartbeat_at";
    private static final String INTERRUPTED = "import.job.interrupted";
    private static final List<String> UNFINISHED = List.of(ImportState.QUEUED.name(), ImportState.RUNNING.name());

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate separate;
    private final Duration heartbeatLimit;

    ImportJobRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                  LofteProperties properties) {
        this.jdbc = jdbc;
        this.heartbeatLimit = properties.situation().importHeartbeatLimit();
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
                            + " state, started_by, created_at, bytes_total, heartbeat_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(organisation.value(), format.word(), source, cut(fileName, 300), fileSha256,
                            mappingName, ImportState.QUEUED.name(), startedBy, now(), bytesTotal, now())
                    .update(keys, "id");
            return keys.getKeyAs(Number.class).longValue();
        });
    }

    /**
     * Moves a queued job to RUNNING; false when it is no longer queued (cancelled while it waited, or
     * interrupted because its heartbeat had gone stale).
     */
    boolean start(long id) {
        return Boolean.TRUE.equals(separate.execute(status -> jdbc.sql(
                        "update import_job set state = ?, heartbeat_at = ? where id = ? and state = ?")
                .params(ImportState.RUNNING.name(), now(), id, ImportState.QUEUED.name()).update() == 1));
    }

    /**
     * Publishes how far the job has read, which is also a heartbeat; true when the job should stop: somebody
     * asked to cancel it, or it is no longer RUNNING (taken for dead and marked INTERRUPTED). Imported and
     * rejected rows are not published here: none of them is stored until the job commits, and a count that a
     * crash would take back is not one to show.
     */
    boolean progress(long id, long rowsRead, long bytesRead) {
        return Boolean.TRUE.equals(separate.execute(status -> {
            jdbc.sql("update import_job set rows_read = ?, bytes_read = ?, heartbeat_at = ? where id = ? and state = ?")
                    .params(rowsRead, bytesRead, now(), id, ImportState.RUNNING.name()).update();
            return jdbc.sql("select cancel_requested or state <> ? from import_job where id = ?")
                    .params(ImportState.RUNNING.name(), id).query(Boolean.class).single();
        }));
    }

    /** Says that this process still holds these queued or running jobs. */
    void heartbeat(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        separate.executeWithoutResult(status -> jdbc.sql("update import_job set heartbeat_at = :now"
                        + " where id in (:ids) and state in (:unfinished)")
                .param("now", now()).param("ids", ids).param("unfinished", UNFINISHED).update());
    }

    /**
     * The final counts of a job that stored its rows; inside the import's transaction, so they commit together.
     *
     * @throws IllegalStateException when the job is no longer RUNNING: its heartbeat went stale and it was
     *                               marked INTERRUPTED, so the import must roll back rather than store what
     *                               every node already shows as not stored
     */
    void done(long id, long rowsRead, long accepted, long rejected, long duplicates, long bytesRead) {
        int updated = jdbc.sql("update import_job set state = ?, rows_read = ?, accepted = ?, rejected = ?,"
                        + " duplicates = ?, bytes_read = ?, message = null, finished_at = ?, heartbeat_at = ?"
                        + " where id = ? and state = ?")
                .params(ImportState.DONE.name(), rowsRead, accepted, rejected, duplicates, bytesRead, now(), now(), id,
                        ImportState.RUNNING.name())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Import job " + id + " is no longer running; its rows are not stored");
        }
    }

    /**
     * Ends a job that stored nothing (failed, cancelled, interrupted), after its transaction rolled back. The
     * counts say how far it read; accepted and rejected rows were not kept.
     */
    void ended(long id, ImportState state, long rowsRead, long rejected, long bytesRead, String code, List<String> args) {
        // A job already marked INTERRUPTED (its heartbeat went stale) keeps that state and message.
        separate.executeWithoutResult(status -> jdbc.sql("update import_job set state = ?, rows_read = ?,"
                        + " accepted = 0, rejected = 0, duplicates = 0, bytes_read = ?, message = ?, finished_at = ?"
                        + " where id = ? and state in (?, ?)")
                .params(state.name(), rowsRead, bytesRead, message(code, args), now(), id, ImportState.QUEUED.name(),
                        ImportState.RUNNING.name()).update());
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
     * Marks INTERRUPTED the QUEUED and RUNNING jobs whose heartbeat is older than the limit: the process that
     * held them died, and their transaction with it, so they stored nothing. Jobs of live processes, on this
     * node or another, keep running. Returns how many were marked.
     */
    public int interruptStale() {
        return markInterrupted("heartbeat_at is null or heartbeat_at < :stale",
                Map.of("stale", now().minus(heartbeatLimit)));
    }

    /**
     * Marks INTERRUPTED these jobs of this process, which is stopping; those that finished meanwhile keep their
     * state. Returns how many were marked.
     */
    int interrupt(Collection<Long> ids) {
        return markInterrupted("id in (:ids)", Map.of("ids", ids));
    }

    /** Marks INTERRUPTED, with nothing stored, the unfinished jobs that also meet {@code condition}. */
    private int markInterrupted(String condition, Map<String, ?> params) {
        return separate.execute(status -> jdbc.sql("update import_job set state = :interrupted, message = :message,"
                        + " accepted = 0, rejected = 0, duplicates = 0, finished_at = :now"
                        + " where state in (:unfinished) and (" + condition + ")")
                .param("interrupted", ImportState.INTERRUPTED.name()).param("message", INTERRUPTED)
                .param("now", now()).param("unfinished", UNFINISHED).params(params).update());
    }

    Duration heartbeatLimit() {
        return heartbeatLimit;
    }

    public Optional<ImportJob> find(long id) {
        OffsetDateTime stale = now().minus(heartbeatLimit);
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?").param(id)
                .query((rs, row) -> map(rs, stale)).optional();
    }

    /** The newest jobs of these organisations (all organisations when {@code organisations} is null). */
    public List<ImportJob> recent(Collection<Long> organisations, int limit) {
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        OffsetDateTime stale = now().minus(heartbeatLimit);
        return jdbc.sql("select " + COLUMNS + " from import_job"
                        + (organisations == null ? "" : " where organisation_id in (:organisations)")
                        + " order by created_at desc, id desc limit :limit")
                .params(organisations == null ? Map.of() : Map.of("organisations", organisations))
                .param("limit", limit).query((rs, row) -> map(rs, stale)).list();
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

    /**
     * A job as stored, except that an unfinished one whose heartbeat is older than {@code stale} is shown as
     * it is: INTERRUPTED, nothing stored, ended when its heartbeat stopped.
     */
    private static ImportJob map(ResultSet rs, OffsetDateTime stale) throws SQLException {
        String message = rs.getString("message");
        ImportJob.Message parsed = null;
        if (message != null) {
            String[] parts = message.split(SEPARATOR, -1);
            parsed = new ImportJob.Message(parts[0], Arrays.asList(parts).subList(1, parts.length));
        }
        Long bytesTotal = rs.getObject("bytes_total", Long.class);
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        ImportState state = ImportState.valueOf(rs.getString("state"));
        long accepted = rs.getLong("accepted");
        long rejected = rs.getLong("rejected");
        long duplicates = rs.getLong("duplicates");
        OffsetDateTime heartbeat = rs.getObject("heartbeat_at", OffsetDateTime.class);
        if (!state.finished() && (heartbeat == null || heartbeat.isBefore(stale))) {
            state = ImportState.INTERRUPTED;
            accepted = 0;
            rejected = 0;
            duplicates = 0;
            parsed = new ImportJob.Message(INTERRUPTED, List.of());
            finished = heartbeat;
        }
        return new ImportJob(rs.getLong("id"), new OrganisationId(rs.getLong("organisation_id")),
                ImportFormat.byWord(rs.getString("format")).orElseThrow(), rs.getString("source"),
                rs.getString("file_name"), rs.getString("mapping_name"), state,
                rs.getLong("rows_read"), accepted, rejected, duplicates,
                rs.getLong("bytes_read"), bytesTotal, parsed, rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                finished == null ? null : finished.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
