package se.lofte;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.ApplicationContext;

import se.lofte.testing.SpringFixture;

/**
 * Löfte's commands run in-process through the same entry point as {@code java -jar lofte.jar <command>}, against
 * the test's own database, with what they print kept for the test to read:
 * <pre>{@code @RegisterExtension final CommandLine commandLine = new CommandLine();}</pre>
 */
final class CommandLine extends SpringFixture {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private String databaseUrl;

    @Override
    public void use(ApplicationContext spring) {
        try {
            databaseUrl = spring.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
        } catch (SQLException e) {
            throw new IllegalStateException("The test's database has no address", e);
        }
        output.reset();
    }

    /** Runs the command (its name first, then its arguments) against the test's database; its exit status. */
    int run(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.datasource.url=" + databaseUrl;
        return Lofte.command(all, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    /** What the commands printed since the test began, or since {@link #forget}. */
    String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far, so that {@link #printed} holds only what the next command prints. */
    void forget() {
        output.reset();
    }
}
