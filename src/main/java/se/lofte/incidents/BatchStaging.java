package se.lofte.incidents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

/** Staging through JDBC batches of a thousand rows, for databases without PostgreSQL's COPY (H2). */
final class BatchStaging extends Staging {

    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int pending;

    BatchStaging(Connection connection) throws SQLException {
        insert = connection.prepareStatement("insert into " + TABLE + " (" + StagedRow.COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void add(StagedRow row) throws SQLException {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                insert.setNull(i + 1, Types.NULL);
            } else if (value instanceof OffsetDateTime time) {
                insert.setObject(i + 1, time);
            } else {
                insert.setObject(i + 1, value);
            }
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    void abort() {
        try {
            insert.close();
        } catch (SQLException e) {
            // The transaction is rolled back either way.
        }
    }

    @Override
    void finish(Connection connection) throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
        insert.close();
    }
}
