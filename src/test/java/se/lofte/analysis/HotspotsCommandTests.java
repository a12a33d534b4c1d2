package se.lofte.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HotspotsCommandTests {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("hotspots"));
        all.addAll(Arrays.asList(args));
        int status = Analyse.run(all, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    private String file(String content) throws IOException {
        Path file = Files.createTempFile(dir, "points", ".csv");
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out).startsWith("Usage: java -jar lofte.jar analyse hotspots").contains("--band", "--cell");
    }

    @Test
    void everyBadOptionOrInputIsOneLineAndExitStatus2() throws IOException {
        String points = file("east,north\n0,0\n10,0\n20,0\n");
        assertBad("--band: missing; it is required.", "--input", points, "--x", "east", "--y", "north");
        assertBad("--band: '0' must be greater than 0.", "--input", points, "--x", "east", "--y", "north",
                "--band", "0");
        assertBad("--band: 'ten' is not a number.", "--input", points, "--x", "east", "--y", "north", "--band",
                "ten");
        assertBad("--colour: unknown option for analyse hotspots; the options are --alpha --band --cell --crs --help --input "
                + "--permutations --seed --statistic --timing --value --x --y.", "--colour", "red");
        assertBad("--crs: unknown coordinate system 'EPSG:3857'; use one of [EPSG:3006, EPSG:4326, planar].",
                "--input", points, "--x", "east", "--y", "north", "--band", "10", "--crs", "EPSG:3857");
        assertBad("--x: the file has no column 'x'; its columns are east, north.", "--input", points, "--x", "x",
                "--y", "north", "--band", "10");
        assertBad("--input: the file is empty; a header row naming the columns is needed.", "--input", file(""),
                "--x", "x", "--y", "y", "--band", "10");
        assertBad("row 3, column y: '1,5' is not a number.", "--input", file("x,y\n0,0\n1,\"1,5\"\n"), "--x", "x",
                "--y", "y", "--band", "10");
        assertBad("--statistic: 'g' is neither gi-star nor gi.", "--input", points, "--x", "east", "--y",
                "north", "--band", "10", "--statistic", "g");
        assertBad("--permutations: '0' must be from 1 to 1000000.", "--input", points, "--x", "east", "--y",
                "north", "--band", "10", "--permutations", "0");
        assertBad("--alpha: '1.5' must be less than 1.", "--input", points, "--x", "east", "--y", "north",
                "--band", "10", "--alpha", "1.5");
        assertBad("--band: a value is missing.", "--input", points, "--x", "east", "--y", "north", "--band");
        assertBad("--input: no such file " + dir.resolve("none.csv"), "--input", dir.resolve("none.csv").toString(),
                "--x", "x", "--y", "y", "--band", "10");
        assertBad("at least 3 locations are needed for a hotspot analysis; the input has 2.", "--input",
                file("x,y\n0,0\n1,1\n"), "--x", "x", "--y", "y", "--band", "10");
        assertBad("--cell: cells of 0.1 make a grid of 10001 × 10001 cells, more than 25000000; choose larger cells.",
                "--input", file("x,y\n0,0\n1000,1000\n"), "--x", "x", "--y", "y", "--band", "10", "--cell", "0.1");
    }

    private void assertBad(String message, String... args) {
        assertThat(run(args)).as(message).isEqualTo(2);
        assertThat(err).isEqualTo(message + System.lineSeparator());
        assertThat(out).isEmpty();
    }

    @Test
    void cellsCoverTheWholeRectangleEmptyOnesCountingZero() throws IOException {
        // Cells of 10 aligned to multiples of 10: points in (0..10, 0..10) twice, (20..30, 10..20) once, and a
        // value column summed instead of counting.
        String points = file("x,y,w\n1,1,2\n9.5,0,3\n25,19.99,4\n");
        assertThat(run("--input", points, "--x", "x", "--y", "y", "--cell", "10", "--band", "10", "--crs",
                "planar")).isZero();
        assertThat(column(0)).containsExactly("5.0", "15.0", "25.0", "5.0", "15.0", "25.0");
        assertThat(column(1)).containsExactly("5.0", "5.0", "5.0", "15.0", "15.0", "15.0");
        assertThat(column(2)).containsExactly("2.0", "0.0", "0.0", "0.0", "0.0", "1.0");
        // Gi*: the cell itself and those sharing a side (diagonals are 14.1 away).
        assertThat(column(3)).containsExactly("3", "4", "3", "3", "4", "3");
        assertThat(run("--input", points, "--x", "x", "--y", "y", "--value", "w", "--cell", "10", "--band", "10",
                "--crs", "planar")).isZero();
        assertThat(column(2)).containsExactly("5.0", "0.0", "0.0", "0.0", "0.0", "4.0");
    }

    @Test
    void withoutCellsEachPositionIsALocationCountingItsPoints() throws IOException {
        String points = file("x,y\n0,0\n5,0\n0,0\n-0.0,0\n100,0\n");
        assertThat(run("--input", points, "--x", "x", "--y", "y", "--band", "10", "--crs", "planar")).isZero();
        assertThat(column(0)).containsExactly("0.0", "5.0", "100.0");
        assertThat(column(2)).containsExactly("3.0", "1.0", "1.0");
    }

    @Test
    void significanceIsTheAdjustedPAgainstAlphaAndPermutationsAddPSim() throws IOException, URISyntaxException {
        String grid = Path.of(getClass().getResource("/analysis/poisson-grid-input.csv").toURI()).toString();
        assertThat(run("--input", grid, "--x", "x", "--y", "y", "--value", "value", "--band", "3", "--crs",
                "planar", "--permutations", "99", "--timing")).isZero();
        assertThat(out.lines().findFirst()).contains("x,y,value,neighbours,z,p,p_fdr,significant,p_sim");
        assertThat(err).startsWith("hotspots: 1600 locations, statistic (locations, neighbours, z, p, FDR) ")
                .contains("99 permutations");
        List<String> fdr = column(6);
        List<String> significant = column(7);
        for (int i = 0; i < fdr.size(); i++) {
            assertThat(significant.get(i)).isEqualTo(String.valueOf(Double.parseDouble(fdr.get(i)) <= 0.05));
        }
        // The raised block (values around 6 among 2) is found.
        assertThat(significant).contains("true");
        assertThat(column(8)).allMatch(p -> Double.parseDouble(p) >= 0.01 && Double.parseDouble(p) <= 0.51);
        long atFivePercent = significant.stream().filter("true"::equals).count();
        assertThat(run("--input", grid, "--x", "x", "--y", "y", "--value", "value", "--band", "3", "--crs",
                "planar", "--alpha", "0.001")).isZero();
        assertThat(column(7).stream().filter("true"::equals).count()).isLessThan(atFivePercent);
    }

    @Test
    void degreesAreMeasuredInMetresOfSweref99Tm() throws IOException {
        // 0.001 degree of latitude is 111 m: within a band of 150 m, 0.002 (222 m) is not.
        String points = file("lon,lat\n18.05,59.330\n18.05,59.331\n18.05,59.333\n");
        assertThat(run("--input", points, "--x", "lon", "--y", "lat", "--band", "150", "--crs", "EPSG:4326"))
                .isZero();
        assertThat(column(3)).containsExactly("2", "2", "1");
    }

    private List<String> column(int index) {
        return out.lines().skip(1).map(line -> line.split(",")[index]).toList();
    }
}
