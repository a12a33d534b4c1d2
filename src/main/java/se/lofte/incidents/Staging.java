package se.lofte.incidents;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The temporary table a job's rows are written to before one set-based statement moves the new ones into
 * {@code incident}. It lives in the import's transaction and disappears with it (on commit or rollback),
 * so a cancelled, failed or killed import leaves nothing behind. How rows get there depends on the
 * database: PostgreSQL's {@code COPY} stream, or JDBC batches elsewhere.
 */
abstract sealed class Staging permits CopyStaging, BatchStaging {

    static final String TABLE = "import_staging";

    private static final String DEFINITION = "(line bigint not null, dedup_key varchar(64), source_id varchar(200),"
            + " category varchar(200), starts_at timestamp with time zone, ends_at timestamp with time zone,"
            + " place_precision varchar(10), latitude double precision, longitude double precision,"
            + " place_name varchar(300), municipality_code varchar(4), area_id bigint, segment_id bigint,"
            + " description varchar(4000), url varchar(1000), column_name varchar(100), reason varchar(100),"
            + " reason_args varchar(1000), raw_text varchar(2000))";

    /** Creates the table on the transaction's connection and the writer for it. */
    static Staging open(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("create temporary table " + TABLE + " " + DEFINITION + " on commit drop");
                return new CopyStaging(connection);
            }
            // H2 commits the open transaction on DDL unless the table is temporary and marked TRANSACTIONAL.
            statement.execute("create local temporary table " + TABLE + " " + DEFINITION
                    + " on commit drop transactional");
            return new BatchStaging(connection);
        }
    }

    abstract void add(StagedRow row) throws SQLException;

    /** Writes what is buffered; the table is complete afterwards. */
    abstract void finish(Connection connection) throws SQLException;

    /**
     * Gives the connection back after a failure or cancel before {@link #finish}, so that the transaction
     * can roll back (a connection in the middle of a COPY accepts nothing else, not even a rollback).
     */
    abstract void abort();
}
