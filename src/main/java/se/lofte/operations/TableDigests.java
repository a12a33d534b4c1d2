package se.lofte.operations;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import se.lofte.shared.Sha256;

/**
 * What every table of a database holds, as a row count and a SHA-256 over its rows, so that a restored
 * database can be compared with the one it was backed up from, table by table (ops/backup-roundtrip.sh and
 * the backup tests). Rows are read in primary-key order; each value is taken as the database renders it as
 * text ({@code getString}, hex for binary data) and written with its length, so that no two different rows
 * hash alike. A table without a primary key is hashed over its sorted row hashes, so that the order in which
 * the database returns its rows does not matter. Compare digests taken on the same kind of database with
 * the same JVM time zone: the rendering of times depends on both.
 *
 * <p>Run from the packaged jar, it prints one line per table: {@code name<TAB>rows<TAB>sha256}.
 */
public final class TableDigests {

    /** One table's content, in brief. */
    public record Digest(long rows, String sha256) {
    }

    private static final int FETCH_SIZE = 10_000;

    private TableDigests() {
    }

    /** {@code TableDigests JDBC_URL [USER]}; the password, if any, comes from {@code LOFTE_DB_PASSWORD}. */
    public static void main(String[] args) throws SQLException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: TableDigests JDBC_URL [USER]   (password from LOFTE_DB_PASSWORD)");
            System.exit(2);
        }
        String password = Objects.requireNonNullElse(System.getenv("LOFTE_DB_PASSWORD"), "");
        try (Connection connection = DriverManager.getConnection(args[0], args.length > 1 ? args[1] : "", password)) {
            print(of(connection), System.out);
        }
    }

    static void print(Map<String, Digest> digests, PrintStream out) {
        digests.forEach((table, digest) -> out.println(table + "\t" + digest.rows() + "\t" + digest.sha256()));
    }

    /**
     * The digest of every table in the connection's current schema, by table name. Reads in one read-only
     * transaction, so that on PostgreSQL the rows of a large table stream in pages instead of filling memory.
     */
    public static SortedMap<String, Digest> of(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            SortedMap<String, Digest> digests = new TreeMap<>();
            for (String table : tables(connection)) {
                digests.put(table, digest(connection, table, primaryKey(connection, table)));
            }
            return digests;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The tables whose digests differ, are missing on one side, or were added, each with what was found. */
    public static List<String> differences(Map<String, Digest> expected, Map<String, Digest> actual) {
        List<String> differences = new ArrayList<>();
        var names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            Digest want = expected.get(name);
            Digest got = actual.get(name);
            if (want == null) {
                differences.add(name + ": not in the original");
            } else if (got == null) {
                differences.add(name + ": missing (" + want.rows() + " rows in the original)");
            } else if (!want.equals(got)) {
                differences.add(name + ": " + want.rows() + " rows " + want.sha256().substring(0, 12)
                        + "… in the original, " + got.rows() + " rows " + got.sha256().substring(0, 12) + "… restored");
            }
        }
        return differences;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        var columns = new TreeMap<Short, String>();
        try (ResultSet rs = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static Digest digest(Connection connection, String table, List<String> key) throws SQLException {
        String sql = "select * from " + quoted(table) + (key.isEmpty() ? ""
                : " order by " + String.join(", ", key.stream().map(TableDigests::quoted).toList()));
        MessageDigest whole = Sha256.digest();
        List<byte[]> unordered = new ArrayList<>();
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                MessageDigest row = Sha256.digest();
                while (rs.next()) {
                    MessageDigest target = key.isEmpty() ? row : whole;
                    for (int c = 1; c <= columns; c++) {
                        String value = rs.getString(c);
                        if (value == null) {
                            target.update(new byte[]{-1, -1, -1, -1});
                        } else {
                            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                            target.update(new byte[]{(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                                    (byte) (bytes.length >>> 8), (byte) bytes.length});
                            target.update(bytes);
                        }
                    }
                    if (key.isEmpty()) {
                        unordered.add(row.digest());
                    }
                    rows++;
                }
            }
        }
        unordered.stream().sorted(Arrays::compare).forEach(whole::update);
        return new Digest(rows, HexFormat.of().formatHex(whole.digest()));
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
