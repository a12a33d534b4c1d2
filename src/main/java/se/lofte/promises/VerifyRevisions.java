package se.lofte.promises;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.lofte.shared.Command;

/**
 * {@code java -jar lofte.jar verify-revisions}: the {@link RevisionIntegrity} check from the command line,
 * for cron jobs and operators. Exits 0 when every revision is intact, 1 otherwise.
 */
@Component
class VerifyRevisions implements Command {

    private final RevisionIntegrity integrity;

    VerifyRevisions(RevisionIntegrity integrity) {
        this.integrity = integrity;
    }

    @Override
    public String name() {
        return "verify-revisions";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        IntegrityReport report = integrity.check();
        if (report.intact()) {
            out.printf("Checked %d published revisions: all intact.%n", report.checked());
            return 0;
        }
        out.printf("Checked %d published revisions: %d failed the check.%n", report.checked(),
                report.problems().size());
        for (var problem : report.problems()) {
            out.printf("Promise %s, revision %d:%n", problem.promiseId(), problem.revision());
            problem.failed().forEach(f -> out.printf("  %s: %s%n", f.name().toLowerCase(Locale.ROOT), f.description()));
        }
        return 1;
    }
}
