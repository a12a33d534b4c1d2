package se.lofte.analysis;

import java.io.PrintStream;
import java.util.List;

/**
 * The {@code analyse} command: {@code java -jar lofte.jar analyse <analysis> [options]}. It runs without
 * starting the application (no database, no Spring context), so that an analyst's script pays only for the
 * computation. Results go to standard output (CSV or JSON); a bad option or input file gets one line on
 * standard error saying what is wrong and where, and exit status 2.
 */
public final class Analyse {

    /** Exit status for bad input or options. */
    static final int BAD_INPUT = 2;

    private Analyse() {
    }

    /** Runs {@code args} (the words after {@code analyse}) and returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(usage());
            return BAD_INPUT;
        }
        List<String> options = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "hotspots" -> HotspotsCommand.run(options, out, err);
                case "density" -> DensityCommand.run(options, out, err);
                case "effect" -> EffectCommand.run(options, out);
                case "concentration" -> ConcentrationCommand.run(options, out);
                default -> {
                    err.printf("Unknown analysis %s.%n%s%n", args.getFirst(), usage());
                    yield BAD_INPUT;
                }
            };
        } catch (BadInput e) {
            // Every analysis reads and checks all its input before it writes anything.
            err.println(e.getMessage());
            return BAD_INPUT;
        }
    }

    private static String usage() {
        return "Usage: java -jar lofte.jar analyse <analysis> [options]";
    }
}
