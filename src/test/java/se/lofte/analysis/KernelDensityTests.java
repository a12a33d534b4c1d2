package se.lofte.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KernelDensityTests {

    @TempDir
    Path dir;

    /** Every point against every cell, straight from the formula. */
    private static double[] naive(Points points, Grid grid, double h) {
        double[] density = new double[grid.cells()];
        for (int row = 0; row < grid.rows(); row++) {
            for (int column = 0; column < grid.columns(); column++) {
                double sum = 0;
                for (int i = 0; i < points.size(); i++) {
                    double d = Math.hypot(grid.centreX(column) - points.x()[i], grid.centreY(row) - points.y()[i]);
                    if (d < h) {
                        sum += points.value()[i] * 3 / (Math.PI * h * h) * Math.pow(1 - d * d / (h * h), 2);
                    }
                }
                density[row * grid.columns() + column] = sum;
            }
        }
        return density;
    }

    private static Points random(int n, long seed) {
        var random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 674_000 + random.nextDouble(800);
            y[i] = 6_580_000 + random.nextDouble(500);
            w[i] = 1 + random.nextInt(4);
        }
        return new Points(x, y, w);
    }

    @Test
    void theGridComputationAgreesWithEveryPointAgainstEveryCell() {
        Points points = random(300, 7);
        for (double h : new double[] {35, 100, 12.5}) {
            Grid grid = Grid.covering(points, 10, (int) Math.ceil(h / 10), "--cell");
            double[] fast = KernelDensity.density(points, grid, h);
            double[] slow = naive(points, grid, h);
            // Relative to the largest density (~1e-3 per m² here), 1e-9 of it.
            double largest = Arrays.stream(slow).max().orElseThrow();
            for (int c = 0; c < fast.length; c++) {
                assertThat(fast[c]).as("h %s cell %d", h, c).isCloseTo(slow[c], within(1e-9 * largest));
            }
        }
    }

    @Test
    void theDensityIntegratesToTheTotalWeight() {
        Points points = random(200, 11);
        double total = Arrays.stream(points.value()).sum();
        Grid grid = Grid.covering(points, 1, 60, "--cell");
        double integral = Arrays.stream(KernelDensity.density(points, grid, 50)).sum() * 1 * 1;
        // Cells of 1 m under a kernel of 50 m: the midpoint sum is within a fraction of a per cent.
        assertThat(integral).isCloseTo(total, within(total * 1e-3));
    }

    @Test
    void theDefaultBandwidthIsArcGisProsRule() {
        // Four points at 1 and four at 10 from their mean centre: SD = sqrt(50.5) and the median distance 1, so
        // the median term wins: 0.9 * sqrt(1 / ln 2) * 1 * 8^-0.2 (computed separately).
        var spread = new Points(new double[] {1, -1, 0, 0, 10, -10, 0, 0}, new double[] {0, 0, 1, -1, 0, 0, 10, -10},
                new double[] {1, 1, 1, 1, 1, 1, 1, 1});
        assertThat(KernelDensity.defaultBandwidth(spread)).isCloseTo(0.7132007340901415, within(1e-12));
        // Corners of a square: both distances sqrt(2), so the standard distance wins: 0.9 * sqrt(2) * 4^-0.2.
        var square = new Points(new double[] {1, -1, 1, -1}, new double[] {1, 1, -1, -1}, new double[] {1, 1, 1, 1});
        assertThat(KernelDensity.defaultBandwidth(square)).isCloseTo(0.964596116282664, within(1e-12));
        var one = new Points(new double[] {5, 5}, new double[] {5, 5}, new double[] {1, 1});
        assertThat(KernelDensity.defaultBandwidth(one)).isNaN();
    }

    @Test
    void theCommandWritesEveryCellAroundThePointsWithinTheBandwidth() throws IOException {
        Path input = Files.writeString(dir.resolve("p.csv"), "x,y\n105,105\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Analyse.run(List.of("density", "--input", input.toString(), "--x", "x", "--y", "y", "--cell",
                "10", "--bandwidth", "15", "--crs", "planar"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // The occupied cell (100..110) and two cells of margin (15 / 10 rounded up) on each side: 5 × 5.
        assertThat(lines).hasSize(26).first().isEqualTo("x,y,density");
        assertThat(lines.get(1)).startsWith("85.0,85.0,");
        assertThat(lines.get(13)).isEqualTo("105.0,105.0," + 3 / (Math.PI * 225));
        assertThat(Analyse.run(List.of("density", "--input", input.toString(), "--x", "x", "--y", "y"),
                new PrintStream(out), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("--cell: missing; it is required."
                + System.lineSeparator());
    }
}
