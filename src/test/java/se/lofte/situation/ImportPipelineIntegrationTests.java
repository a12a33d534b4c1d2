package se.lofte.situation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;

/** The pipeline itself, with a parser of the test's own: dedup, occurrence numbers, rejected rows, placement. */
@SpringBootTest
class ImportPipelineIntegrationTests {

    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    OrganisationId amal;
    String source;

    @BeforeEach
    void organisation() {
        amal = organisations.municipalityBySlug("amal").orElseThrow().id();
        source = "pipeline-" + System.nanoTime();
    }

    @Test
    void identicalRowsWithoutIdAreDistinctButTheSameFileTwiceAddsNothing() throws IOException {
        Path file = write("""
                LINES
                ;Stöld;2025-06-07T10:00+02:00;58.95;12.07;Åmål
                ;Stöld;2025-06-07T10:00+02:00;58.95;12.07;Åmål
                a1;Brand;2025-06-07T11:00+02:00;58.95;12.07;ÅMÅL
                a1;Brand;2025-06-07T11:00+02:00;58.95;12.07;Åmål
                bad line
                x;Rån;not-a-time;58.9;12.0;Åmål
                """);
        ImportJob first = run(file);
        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(List.of(first.rowsRead(), first.accepted(), first.rejected(), first.duplicates()))
                .containsExactly(6L, 3L, 2L, 1L);
        assertThat(jdbc.sql("select count(*) from incident where source = ? and municipality_code = '1492'")
                .param(source).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select line, column_name, reason, reason_args from import_rejection where job_id = ?"
                        + " order by line").param(first.id()).query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2)
                        + "|" + rs.getString(3) + "|" + rs.getString(4)).list())
                .containsExactly("6|null|test.columns|1", "7|time|test.badTime|not-a-time");

        ImportJob second = run(file);
        assertThat(List.of(second.rowsRead(), second.accepted(), second.rejected(), second.duplicates()))
                .containsExactly(6L, 0L, 2L, 4L);
        assertThat(jdbc.sql("select count(*) from incident where source = ?").param(source).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void anUnreadableFileFailsTheJobAndStoresNothing() throws IOException {
        ImportJob job = run(write("NOT LINES\n;Stöld;2025-06-07T10:00+02:00;58.95;12.07;Åmål\n"));
        assertThat(job.state()).isEqualTo(ImportState.FAILED);
        assertThat(job.message().code()).isEqualTo("test.notLines");
    }

    private ImportJob run(Path file) {
        return imports.runNow(new Imports.Order(amal, ImportFormat.CSV, source, file.getFileName().toString(), null),
                new LineParser(), file);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("incidents-" + System.nanoTime() + ".txt"), text);
    }
}
