package se.lofte.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code analyse hotspots}: Getis-Ord Gi* (or Gi) for every location or grid cell, as CSV on standard
 * output: {@code x,y,value,neighbours,z,p,p_fdr,significant} and, with permutations, {@code p_sim}. Numbers
 * are printed in full (Java's shortest text that reads back to the same double), so a script gets exactly
 * what was computed. See docs/analysis.md.
 */
final class HotspotsCommand {

    static final String USAGE = """
            Usage: java -jar lofte.jar analyse hotspots --input FILE.csv --x COLUMN --y COLUMN --band DISTANCE
                   [--value COLUMN] [--cell SIZE] [--statistic gi-star|gi] [--crs EPSG:3006|EPSG:4326|planar]
                   [--alpha A] [--permutations N] [--seed S] [--timing]

            Getis-Ord local G z-scores with binary distance-band weights: a location's neighbours are those
            at a distance of at most --band (the bound included), in metres of SWEREF 99 TM (EPSG:4326 input,
            longitude as x and latitude as y, is projected to it; EPSG:3006 and planar are used as they are).
              --cell SIZE      count the points (or sum --value) in square cells of SIZE aligned to multiples
                               of SIZE; every cell from the smallest to the largest occupied one is a location
                               (empty ones with 0), at its centre. Without --cell each distinct position is a
                               location, its value the number of points there (or the sum of --value).
              --statistic      gi-star (default: the location is its own neighbour) or gi (it is not).
              --alpha A        significant = Benjamini-Hochberg adjusted p (p_fdr) <= A; default 0.05.
              --permutations N conditional permutation pseudo p-values (p_sim), N draws; --seed S, default 12345.
              --timing         write the time the statistic took to standard error.
            Output: CSV with x,y,value,neighbours,z,p,p_fdr,significant[,p_sim]; p is two-sided, from the
            standard normal. Exit status 2 with one line on standard error when an option or the input is wrong.
            """;

    private static final Set<String> VALUED = Set.of("--input", "--x", "--y", "--value", "--cell", "--band",
            "--statistic", "--crs", "--alpha", "--permutations", "--seed");
    private static final Set<String> FLAGS = Set.of("--help", "--timing");

    private HotspotsCommand() {
    }

    /** Runs the analysis; bad options or input throw {@link BadInput} before anything is written. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        var options = new OptionValues("hotspots", args, VALUED, FLAGS);
        if (options.has("--help")) {
            out.print(USAGE);
            return 0;
        }
        double band = options.positive("--band");
        boolean star = switch (options.text("--statistic") == null ? "gi-star" : options.text("--statistic")) {
            case "gi-star" -> true;
            case "gi" -> false;
            default -> throw new BadInput("--statistic: '%s' is neither gi-star nor gi."
                    .formatted(options.text("--statistic")));
        };
        Crs crs = options.crs();
        double alpha = options.positive("--alpha", 0.05);
        if (alpha >= 1) {
            throw new BadInput("--alpha: '%s' must be less than 1.".formatted(options.text("--alpha")));
        }
        int permutations = (int) options.whole("--permutations", 1, 1_000_000, 0);
        long seed = options.whole("--seed", Long.MIN_VALUE, Long.MAX_VALUE, 12345);
        double cell = options.positive("--cell", Double.NaN);
        Points input = PointsCsv.read(Path.of(options.required("--input")), options.required("--x"),
                options.required("--y"), options.text("--value"), crs);

        var clock = new Stopwatch();
        Points locations;
        if (Double.isNaN(cell)) {
            locations = distinct(input);
        } else {
            Grid grid = Grid.covering(input, cell, 0, "--cell");
            locations = grid.centres(grid.sums(input));
        }
        var statistic = new GetisOrd(locations, band, star);
        GetisOrd.Result result = statistic.result();
        double[] fdr = FalseDiscovery.adjust(result.p());
        String computed = clock.lap();
        double[] simulated = permutations > 0 ? statistic.permutationP(permutations, seed) : null;
        if (options.has("--timing")) {
            err.printf("hotspots: %d locations, statistic (locations, neighbours, z, p, FDR) %s%s%n", locations.size(),
                    computed, simulated == null ? "" : "; %d permutations %s".formatted(permutations, clock.lap()));
        }
        write(out, locations, result, fdr, alpha, simulated);
        return 0;
    }

    /**
     * The distinct positions of {@code points}, in order of first appearance, each with the sum of the values
     * there: points at one position are one location, so that a file of incidents (many at the same
     * anonymised or snapped position) gives counts rather than many equal values.
     */
    static Points distinct(Points points) {
        Map<Position, Integer> seen = new HashMap<>();
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] value = new double[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            // Adding 0.0 makes -0.0 and 0.0 one position.
            var position = new Position(points.x()[i] + 0.0, points.y()[i] + 0.0);
            Integer at = seen.putIfAbsent(position, size);
            if (at == null) {
                x[size] = points.x()[i];
                y[size] = points.y()[i];
                value[size++] = points.value()[i];
            } else {
                value[at] += points.value()[i];
            }
        }
        return new Points(Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(value, size));
    }

    private record Position(double x, double y) {
    }

    private static void write(PrintStream out, Points locations, GetisOrd.Result result, double[] fdr, double alpha,
            double[] simulated) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write("x,y,value,neighbours,z,p,p_fdr,significant" + (simulated == null ? "" : ",p_sim") + "\n");
            var line = new StringBuilder(160);
            for (int i = 0; i < locations.size(); i++) {
                line.setLength(0);
                line.append(locations.x()[i]).append(',').append(locations.y()[i]).append(',')
                        .append(locations.value()[i]).append(',').append(result.neighbours()[i]).append(',')
                        .append(result.z()[i]).append(',').append(result.p()[i]).append(',').append(fdr[i])
                        .append(',').append(fdr[i] <= alpha);
                if (simulated != null) {
                    line.append(',').append(simulated[i]);
                }
                writer.append(line).append('\n');
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
