package se.lofte.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The command's z, p and Benjamini–Hochberg p against R's spdep 1.2.7 ({@code localG} with binary weights
 * from {@code dnearneigh(coords, 0, band)}, {@code include.self} for Gi*; {@code p.adjust(p, "BH")}), to 1e-9.
 * The fixtures and the script that made them are in src/test/resources/analysis (reference/make-reference.R):
 * Getis and Ord's (1996) remote sensing grid from spData, a month of City of London Police incidents (as
 * locations and in 100 m cells) and two generated sets. Bands that fall exactly on grid distances (30 m on
 * the 30 m grid, 1, 2 and 3 cells on the unit grid) check that the bound is included, as in spdep.
 */
class GetisOrdReferenceTests {

    @ParameterizedTest(name = "{0} {1} band {2}")
    @CsvSource({
            "getisord, gi, 30, ''", "getisord, gi-star, 30, ''", "getisord, gi, 60, ''",
            "getisord, gi-star, 60, ''", "getisord, gi, 90, ''", "getisord, gi-star, 90, ''",
            "random-points, gi, 150, --value", "random-points, gi-star, 150, --value",
            "poisson-grid, gi, 2, --value", "poisson-grid, gi-star, 2, --value", "poisson-grid, gi, 3, --value",
            "poisson-grid, gi-star, 3, --value"})
    void zAndPAreSpdepsOnEveryLocation(String set, String statistic, String band, String valued)
            throws IOException, URISyntaxException {
        List<String> args = new ArrayList<>(List.of("hotspots", "--input", fixture(set + "-input.csv").toString(),
                "--x", "x", "--y", "y", "--value", "value", "--band", band, "--statistic", statistic, "--crs",
                "planar"));
        assertMatches(args, fixture("%s-%s-%s.csv".formatted(set, statistic, band)));
    }

    @ParameterizedTest(name = "London incidents {0}")
    @CsvSource({"gi, 200", "gi-star, 200"})
    void coincidentIncidentsAreOneLocationCountingThem(String statistic, String band)
            throws IOException, URISyntaxException {
        assertMatches(List.of("hotspots", "--input", fixture("london-points-input.csv").toString(), "--x", "x", "--y",
                "y", "--band", band, "--statistic", statistic, "--crs", "planar"),
                fixture("london-locations-%s-%s.csv".formatted(statistic, band)));
    }

    @ParameterizedTest(name = "London incidents in 100 m cells {0}")
    @CsvSource({"gi-star, 300"})
    void incidentsCountedInCellsMakeEveryCellOfTheRectangle(String statistic, String band)
            throws IOException, URISyntaxException {
        assertMatches(List.of("hotspots", "--input", fixture("london-points-input.csv").toString(), "--x", "x", "--y",
                "y", "--cell", "100", "--band", band, "--statistic", statistic, "--crs", "planar"),
                fixture("london-cells-%s-%s.csv".formatted(statistic, band)));
    }

    private static void assertMatches(List<String> args, Path reference) throws IOException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Analyse.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = Files.readAllLines(reference);
        assertThat(lines.getFirst()).isEqualTo("x,y,value,neighbours,z,p,p_fdr,significant");
        assertThat(lines).hasSameSizeAs(expected);
        for (int i = 1; i < lines.size(); i++) {
            String[] got = lines.get(i).split(",");
            String[] want = expected.get(i).split(",");
            String where = "%s row %d".formatted(reference.getFileName(), i);
            assertThat(Double.parseDouble(got[0])).as(where + " x").isEqualTo(Double.parseDouble(want[0]));
            assertThat(Double.parseDouble(got[1])).as(where + " y").isEqualTo(Double.parseDouble(want[1]));
            assertThat(Double.parseDouble(got[2])).as(where + " value").isEqualTo(Double.parseDouble(want[2]));
            for (int column = 3; column < 6; column++) {
                double value = Double.parseDouble(got[column + 1]);
                double wanted = Double.parseDouble(want[column]);
                if (Double.isNaN(wanted)) {
                    assertThat(value).as(where + " column " + column).isNaN();
                } else {
                    assertThat(value).as(where + " column " + column).isCloseTo(wanted, within(1e-9));
                }
            }
            assertThat(got[7]).isEqualTo(String.valueOf(Double.parseDouble(got[6]) <= 0.05));
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GetisOrdReferenceTests.class.getResource("/analysis/" + name).toURI());
    }
}
