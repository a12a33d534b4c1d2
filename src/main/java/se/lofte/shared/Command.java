package se.lofte.shared;

import java.io.PrintStream;
import java.util.List;

/**
 * A task run from the command line ({@code java -jar lofte.jar <name> [args]}) instead of the web server:
 * a bean of any module implements it, and {@code Lofte.main} starts the application without a web server,
 * runs the command and exits with the status it returns.
 */
public interface Command {

    /** The word that selects the command on the command line, e.g. {@code verify-revisions}. */
    String name();

    /**
     * Runs the command. {@code args} are all the words after the name, in order, Spring options
     * ({@code --spring.datasource.url=...}) included: a command reads its own options ({@code --format csv} or
     * {@code --format=csv}) and passes over {@code --key=value} words it does not know, which configured
     * the application. Returns the process exit status: 0 for success.
     */
    int run(List<String> args, PrintStream out);
}
