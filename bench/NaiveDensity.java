import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The naive reference for bench/hotspots-bench.sh: quartic kernel density at every cell centre of a
 * density output, summing every point against every cell, straight from the formula.
 * {@code java bench/NaiveDensity.java POINTS.csv BANDWIDTH DENSITY.csv}: POINTS has x,y in its first two
 * columns; DENSITY is Löfte's {@code analyse density} output for the same points. Prints the time of the
 * naive sum, the number of point-cell pairs, and the largest difference from Löfte's densities.
 */
public class NaiveDensity {

    public static void main(String[] args) throws IOException {
        double[][] points = read(Path.of(args[0]));
        double h = Double.parseDouble(args[1]);
        double[][] cells = read(Path.of(args[2]));
        long started = System.nanoTime();
        double[] density = new double[cells[0].length];
        for (int c = 0; c < density.length; c++) {
            double sum = 0;
            for (int i = 0; i < points[0].length; i++) {
                double d = Math.hypot(cells[0][c] - points[0][i], cells[1][c] - points[1][i]);
                if (d < h) {
                    sum += 3 / (Math.PI * h * h) * Math.pow(1 - d * d / (h * h), 2);
                }
            }
            density[c] = sum;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double largest = Arrays.stream(density).max().orElse(0);
        double difference = 0;
        for (int c = 0; c < density.length; c++) {
            difference = Math.max(difference, Math.abs(density[c] - cells[2][c]));
        }
        System.out.printf("naive: %d points x %d cells = %.3g pairs in %.2f s; max |naive - Löfte| = %.3g "
                + "(largest density %.3g)%n", points[0].length, density.length,
                (double) points[0].length * density.length, seconds, difference, largest);
    }

    /** The first three numeric columns of a CSV with a header (the third absent for points). */
    private static double[][] read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            double[][] columns = new double[3][1 << 16];
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (n == columns[0].length) {
                    for (int k = 0; k < 3; k++) {
                        columns[k] = Arrays.copyOf(columns[k], n * 2);
                    }
                }
                String[] cells = line.split(",");
                for (int k = 0; k < Math.min(3, cells.length); k++) {
                    columns[k][n] = Double.parseDouble(cells[k]);
                }
                n++;
            }
            for (int k = 0; k < 3; k++) {
                columns[k] = Arrays.copyOf(columns[k], n);
            }
            return columns;
        }
    }
}
