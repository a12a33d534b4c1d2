package se.lofte.incidents;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/** The bulk store's index rebuild (PostgreSQL only: H2 keeps its indexes and its portable store). */
@SpringBootTest
class IndexRebuildIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;
    @TempDir
    Path dir;

    @BeforeEach
    void onPostgres() {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("lofte.test.database")),
                "Indexes are rebuilt only on PostgreSQL (the PostgreSQL pass)");
    }

    @Test
    void theRebuiltIndexesAreTheOnesDropped() {
        List<String> before = definitions();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            IndexRebuild rebuild = IndexRebuild.dropIfWorthIt(jdbc, Long.MAX_VALUE);
            assertThat(rebuild).isNotNull();
            assertThat(indexes()).containsExactlyInAnyOrder("incident_dedup", "incident_pkey");
            rebuild.rebuild();
        });
        assertThat(definitions()).isEqualTo(before);
        assertThat(indexes()).contains("incident_when", "incident_segment");
    }

    @Test
    void aSmallStoreKeepsTheIndexes() {
        assertThat(IndexRebuild.dropIfWorthIt(jdbc, IndexRebuild.MIN_ROWS - 1)).isNull();
    }

    @Test
    void aLargeImportStoresEveryRowAndLeavesTheIndexesAsTheyWere() {
        List<String> before = definitions();
        String source = "bulk-" + System.nanoTime();
        var order = new Imports.Order(organisations.municipalityBySlug("amal").orElseThrow().id(), ImportFormat.CSV,
                source, "large.csv", "test");
        Path file = ImportFiles.large(dir, (int) IndexRebuild.MIN_ROWS);

        ImportJob job = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);
        ImportJob again = imports.runNow(order, Parsers.forFormat(ImportFormat.CSV, ImportFiles.MAPPING), file);

        assertThat(job.accepted()).isEqualTo(IndexRebuild.MIN_ROWS);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(IndexRebuild.MIN_ROWS);
        assertThat(definitions()).isEqualTo(before);
    }

    private List<String> indexes() {
        return jdbc.sql("select indexname from pg_indexes where schemaname = current_schema()"
                + " and tablename = 'incident' order by indexname")
                .query(String.class).list();
    }

    private List<String> definitions() {
        return jdbc.sql("select indexdef from pg_indexes where schemaname = current_schema()"
                + " and tablename = 'incident' order by indexname")
                .query(String.class).list();
    }
}
