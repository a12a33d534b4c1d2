package se.lofte.situation.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Staging through PostgreSQL's {@code COPY ... FROM STDIN} in text format: rows are streamed in chunks of
 * about 64 KiB, which is as fast as PostgreSQL itself reads a file. Text format: tab between columns,
 * {@code \N} for null, backslash escapes for backslash, tab, newline and carriage return; NUL characters,
 * which PostgreSQL text cannot hold, are dropped.
 */
final class CopyStaging extends Staging {

    private static final int CHUNK = 64 * 1024;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    CopyStaging(Connection connection) throws SQLException {
        copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + TABLE + " (" + StagedRow.COLUMNS + ") from stdin");
    }

    @Override
    void add(StagedRow row) throws SQLException {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof OffsetDateTime time) {
                buffer.append(TIME.format(time));
            } else if (value instanceof String text) {
                escape(text);
            } else {
                buffer.append(value);
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    void finish(Connection connection) throws SQLException {
        flush();
        copy.endCopy();
        // Temporary tables are never analysed automatically; without statistics the planner guesses badly.
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + TABLE);
        }
    }

    @Override
    void abort() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // PostgreSQL reports the cancelled COPY as an error; the transaction is rolled back either way.
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\0' -> {
                }
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
