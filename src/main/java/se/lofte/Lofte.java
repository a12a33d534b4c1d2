package se.lofte;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.aot.AotDetector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import se.lofte.analysis.Analyse;
import se.lofte.shared.Command;
import se.lofte.shared.LofteProperties;

/**
 * Löfte: citizen promises (medborgarlöften) run jointly by a local police area and a municipality,
 * from the situation picture to the public follow-up.
 *
 * <p>Started without arguments (or with Spring options only, {@code --key=value}) it serves the site. A
 * first argument that is a word names a {@link Command} to run instead: {@code java -jar lofte.jar
 * verify-revisions}.
 */
@SpringBootApplication
@EnableConfigurationProperties(LofteProperties.class)
public class Lofte {

    /** The one clock of the application: everything that asks the time takes it; tests build with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyse")) {
            System.exit(Analyse.run(Arrays.asList(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(command(args, System.out));
        }
        SpringApplication.run(Lofte.class, args);
    }

    /**
     * Runs the command named by {@code args[0]} and returns its exit status, 2 when there is no such command.
     * The application starts without a web server, so no port is opened and the start-up work of a serving
     * site (first administrator, demo data) does not run; its log is quiet unless something is wrong, so
     * that what the command prints stands out. Options ({@code --spring.datasource.url=...}) configure it
     * as they would the site.
     */
    static int command(String[] args, PrintStream out) {
        // A jar built with Spring's AOT processing (-Paot) holds the serving site's bean definitions, web
        // server included; a command is no web application, so it is always set up the regular way.
        System.setProperty(AotDetector.AOT_ENABLED, "false");
        var application = new SpringApplication(Lofte.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try (var context = application.run(rest)) {
            var commands = context.getBeansOfType(Command.class).values();
            List<String> words = Arrays.asList(rest);
            return commands.stream().filter(c -> c.name().equals(args[0])).findFirst()
                    .map(c -> c.run(words, out))
                    .orElseGet(() -> {
                        out.printf("Unknown command %s. Commands: %s%n", args[0], commands.stream()
                                .map(Command::name).sorted().collect(Collectors.joining(", ")));
                        return 2;
                    });
        }
    }
}
