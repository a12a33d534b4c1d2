package se.lofte.incidents;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large store into {@code incident} on PostgreSQL without maintaining its secondary indexes row by row:
 * they are dropped inside the import's transaction and built again from their own definitions after the
 * insert. Building an index sorts once; maintaining it costs a random page per row and index, which made a
 * million-row first load several times slower than the rest of the import together. The primary key and
 * the unique dedup key stay, so deduplication works as always.
 *
 * <p>Only when the store is at least {@link #MIN_ROWS} rows and at least as large as the table (a first
 * load, a backfill of years): dropping an index locks the table, so the lägesbild's readers wait until the
 * import commits, and rebuilding a large table's indexes for a small import would cost more than it saves.
 * The drop and the rebuild are part of the import's transaction: a crash, a cancel or a kill rolls them back
 * with the rows, and the indexes are as before.
 */
final class IndexRebuild {

    static final long MIN_ROWS = 100_000;

    private final JdbcClient jdbc;
    private final List<String> definitions;

    private IndexRebuild(JdbcClient jdbc, List<String> definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions;
    }

    /** Drops the secondary indexes when a store of {@code rows} is worth it; null otherwise. */
    static IndexRebuild dropIfWorthIt(JdbcClient jdbc, long rows) {
        if (rows < MIN_ROWS) {
            return null;
        }
        // The planner's estimate is enough to tell a first load from an everyday one (-1: never analysed).
        double tableRows = jdbc.sql("select reltuples from pg_class where oid = 'incident'::regclass")
                .query(Double.class).single();
        if (rows < tableRows) {
            return null;
        }
        List<Index> indexes = jdbc.sql("select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename = 'incident' and indexname not in (select conname from pg_constraint"
                + " where conrelid = 'incident'::regclass) order by indexname")
                .query((rs, n) -> new Index(rs.getString(1), rs.getString(2))).list();
        for (Index index : indexes) {
            jdbc.sql("drop index " + quoted(index.name())).update();
        }
        List<String> definitions = indexes.stream().map(Index::definition).toList();
        return new IndexRebuild(jdbc, definitions);
    }

    /** Builds the dropped indexes again, with more sort memory than an everyday statement gets. */
    void rebuild() {
        jdbc.sql("set local maintenance_work_mem = '256MB'").update();
        for (String definition : definitions) {
            jdbc.sql(definition).update();
        }
    }

    private record Index(String name, String definition) {
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
