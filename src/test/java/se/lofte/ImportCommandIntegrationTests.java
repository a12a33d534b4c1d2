package se.lofte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.incidents.sources.CsvMapping;
import se.lofte.places.PlacePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar lofte.jar import ...} run in-process through the same entry point, against this test's
 * database: per-file counts and rejected rows, both ways of writing an option, a file that cannot be read
 * (exit 1, the others still imported) and bad usage (exit 2).
 */
@SpringBootTest
class ImportCommandIntegrationTests {

    private static final String BROKEN = """
            Nr;Kategori;Datum;Lat;Lon;Kommun
            1;Skadegörelse;2025-06-07 10:00;58.95;12.07;Åmål
            2;Skadegörelse;2025-02-31 10:00;58.95;12.07;Åmål
            3;Klotter;2025-06-07 13:00;58.96;12.08;Åmål
            """;

    @RegisterExtension
    final CommandLine commandLine = new CommandLine();
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    private String mapping;

    @BeforeEach
    void savedMapping() {
        mapping = "cli-" + System.nanoTime();
        var settings = new CsvMapping(CsvMapping.Separator.SEMICOLON, CsvMapping.Encoding.UTF_8, "Nr", "Kategori", null,
                "Datum", null, "yyyy-MM-dd HH:mm", null, CsvMapping.CoordinateSystem.WGS84, "Lat", "Lon", null,
                "Kommun", null, PlacePrecision.POINT);
        jdbc.sql("insert into csv_mapping (organisation_id, name, settings_json, updated_at)"
                        + " select id, ?, ?, current_timestamp from organisation where scb_code = '1492'")
                .params(mapping, JsonMapper.builder().build().writeValueAsString(settings)).update();
    }

    @Test
    void importsACsvWrittenEitherWayAndPrintsCountsAndRejectedRowsInEnglish() throws Exception {
        Path file = Files.writeString(dir.resolve("vandalism.csv"), BROKEN, StandardCharsets.UTF_8);
        String source = "cli-source-" + System.nanoTime();

        assertThat(commandLine.run("import", "--format", "csv", "--mapping", mapping, "--organisation", "1492",
                "--source", source, file.toString())).isZero();
        assertThat(commandLine.printed()).contains(file + ": read 3, accepted 2, rejected 1, duplicates 0",
                "  line 3, column Datum: The time \u201c2025-02-31 10:00\u201d cannot be read");

        commandLine.forget();
        assertThat(commandLine.run("import", "--format=csv", "--mapping=" + mapping, "--organisation=1492",
                "--source=" + source, file.toString())).isZero();
        assertThat(commandLine.printed()).contains(file + ": read 3, accepted 0, rejected 1, duplicates 2");
    }

    @Test
    void aFileThatCannotBeReadExitsOneWhileTheOthersAreImported() {
        String missing = dir.resolve("missing.json").toString();
        assertThat(commandLine.run("import", "--format", "police-uk", "--organisation", "1492", missing,
                "src/test/resources/situation/polisen-events-2025-06-07.json",
                "src/test/resources/situation/police-uk-city-of-london-2019-01.csv")).isEqualTo(1);
        assertThat(commandLine.printed()).contains(missing + ": cannot be read",
                "polisen-events-2025-06-07.json: failed", "police-uk-city-of-london-2019-01.csv: read 617");
    }

    @Test
    void badUsageExitsTwoWithTheUsage() throws IOException {
        assertThat(commandLine.run("import", "--format", "pdf", "--organisation", "1492", "x.pdf")).isEqualTo(2);
        assertThat(commandLine.printed()).contains("Unknown format pdf.", "Usage: import --format");
        commandLine.forget();
        assertThat(commandLine.run("import", "--format", "geojson", "x.json")).isEqualTo(2);
        assertThat(commandLine.printed()).contains("--organisation is required.");
        commandLine.forget();
        assertThat(commandLine.run("import", "--format", "csv", "--organisation", "1492", "x.csv")).isEqualTo(2);
        assertThat(commandLine.printed()).contains("--format csv needs --mapping NAME", mapping);
    }
}
