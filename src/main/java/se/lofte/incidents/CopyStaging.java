package se.lofte.incidents;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

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
                time(time);
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

    /**
     * {@code yyyy-MM-dd HH:mm:ss.SSSSSS+hh:mm}, written by hand: a DateTimeFormatter per row was a measurable
     * part of a million-row import. Years have four digits (the parsers refuse all but 1900 to 2100).
     */
    private void time(OffsetDateTime time) {
        digits(time.getYear(), 4).append('-');
        digits(time.getMonthValue(), 2).append('-');
        digits(time.getDayOfMonth(), 2).append(' ');
        digits(time.getHour(), 2).append(':');
        digits(time.getMinute(), 2).append(':');
        digits(time.getSecond(), 2).append('.');
        digits(time.getNano() / 1000, 6);
        int offset = time.getOffset().getTotalSeconds();
        buffer.append(offset < 0 ? '-' : '+');
        offset = Math.abs(offset);
        digits(offset / 3600, 2).append(':');
        digits(offset / 60 % 60, 2);
        if (offset % 60 != 0) {
            // Historical local mean times have offsets in seconds; PostgreSQL reads +hh:mm:ss.
            buffer.append(':');
            digits(offset % 60, 2);
        }
    }

    private StringBuilder digits(int value, int width) {
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            buffer.append('0');
        }
        return buffer.append(text);
    }

    private void escape(String text) {
        if (plain(text)) {
            buffer.append(text);
            return;
        }
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

    /** Whether the text needs no escaping, as nearly all does: then it is appended whole. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    private void flush() throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
