package se.lofte.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code analyse density}: quartic kernel density ({@link KernelDensity}) at the centres of square cells, as
 * CSV on standard output ({@code x,y,density}). The grid covers the occupied cells and the bandwidth around
 * them, so the surface is not cut off at the outermost points.
 */
final class DensityCommand {

    static final String USAGE = """
            Usage: java -jar lofte.jar analyse density --input FILE.csv --x COLUMN --y COLUMN --cell SIZE
                   [--value COLUMN] [--bandwidth H] [--crs EPSG:3006|EPSG:4326|planar] [--timing]

            Quartic kernel density at the centres of square cells of SIZE (aligned to multiples of SIZE), in
            points (or the sum of --value) per square metre of SWEREF 99 TM (EPSG:4326 input, longitude as x,
            is projected to it; EPSG:3006 and planar are used as they are).
              --bandwidth H  the kernel's radius; default ArcGIS Pro's rule
                             0.9 * min(SD, sqrt(1/ln 2) * median distance) * n^-0.2 (see docs/analysis.md).
              --timing       write the bandwidth and the time the density took to standard error.
            Exit status 2 with one line on standard error when an option or the input is wrong.
            """;

    private static final Set<String> VALUED = Set.of("--input", "--x", "--y", "--value", "--cell", "--bandwidth",
            "--crs");
    private static final Set<String> FLAGS = Set.of("--help", "--timing");

    private DensityCommand() {
    }

    /** Runs the analysis; bad options or input throw {@link BadInput} before anything is written. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        var options = new OptionValues("density", args, VALUED, FLAGS);
        if (options.has("--help")) {
            out.print(USAGE);
            return 0;
        }
        double cell = options.positive("--cell");
        double chosen = options.positive("--bandwidth", Double.NaN);
        Crs crs = options.crs();
        Points points = PointsCsv.read(Path.of(options.required("--input")), options.required("--x"),
                options.required("--y"), options.text("--value"), crs);
        var clock = new Stopwatch();
        double bandwidth = Double.isNaN(chosen) ? KernelDensity.defaultBandwidth(points) : chosen;
        if (Double.isNaN(bandwidth)) {
            throw new BadInput("--bandwidth: the default cannot be computed for these points (all at one position, or values not above 0 in sum); give one.");
        }
        Grid grid = Grid.covering(points, cell, (int) Math.ceil(bandwidth / cell), "--cell");
        double[] density = KernelDensity.density(points, grid, bandwidth);
        if (options.has("--timing")) {
            err.printf("density: %d points, %d × %d cells, bandwidth %s, %s%n", points.size(), grid.columns(),
                    grid.rows(), bandwidth, clock.lap());
        }
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write("x,y,density\n");
            var line = new StringBuilder(80);
            for (int row = 0; row < grid.rows(); row++) {
                for (int column = 0; column < grid.columns(); column++) {
                    line.setLength(0);
                    line.append(grid.centreX(column)).append(',').append(grid.centreY(row)).append(',')
                            .append(density[row * grid.columns() + column]).append('\n');
                    writer.append(line);
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
