package se.lofte.incidents;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lofte.incidents.sources.CsvMapping;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.IncidentParser;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Command;
import se.lofte.shared.Typed;

/**
 * {@code java -jar lofte.jar import --format polisen-events|police-uk|csv|geojson --organisation SCBCODE-or-id
 * [--mapping NAME] [--source LABEL] FILE...}: imports files too large for the upload form, each as a job
 * of its own, and prints per file its counts and every rejected row (in English). Options may be written
 * {@code --format csv} or {@code --format=csv}. {@code --organisation} is required: no organisation is a
 * sensible default for incidents. CSV needs {@code --mapping}, a mapping the organisation saved on the
 * import page. Exits 0 when every file was imported, 1 when a file could not be read (the others are
 * imported all the same), 2 on bad usage.
 */
@Component
class ImportCommand implements Command {

    static final String USAGE = """
            Usage: import --format polisen-events|police-uk|csv|geojson --organisation SCBCODE-or-id \
            [--mapping NAME] [--source LABEL] FILE...
              --format        the files' format
              --organisation  the organisation importing: a municipality's SCB code (1492) or an organisation id
              --mapping       for csv: the name of a column mapping the organisation saved on the import page
              --source        for csv and geojson: the source label incidents are deduplicated within
                              (default: the mapping name, else the file name)""";

    private static final List<String> OPTIONS = List.of("format", "organisation", "mapping", "source");

    private final Imports imports;
    private final Organisations organisations;
    private final CsvMappings mappings;
    private final MessageSource messages;

    ImportCommand(Imports imports, Organisations organisations, CsvMappings mappings, MessageSource messages) {
        this.imports = imports;
        this.organisations = organisations;
        this.mappings = mappings;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        Arguments arguments;
        try {
            arguments = Arguments.of(args);
        } catch (IllegalArgumentException e) {
            return usage(out, e.getMessage());
        }
        ImportFormat format = ImportFormat.byWord(arguments.option("format")).orElse(null);
        if (format == null) {
            return usage(out, arguments.option("format") == null ? "--format is required."
                    : "Unknown format " + arguments.option("format") + ".");
        }
        if (arguments.option("organisation") == null) {
            return usage(out, "--organisation is required.");
        }
        Optional<Organisation> organisation = organisation(arguments.option("organisation"));
        if (organisation.isEmpty()) {
            return usage(out, "No organisation " + arguments.option("organisation") + ".");
        }
        OrganisationId id = organisation.get().id();
        String mappingName = arguments.option("mapping");
        CsvMapping mapping = null;
        if (format == ImportFormat.CSV) {
            if (mappingName == null) {
                return usage(out, "--format csv needs --mapping NAME (saved on the import page); saved for "
                        + organisation.get().name() + ": " + String.join(", ", mappings.names(id)));
            }
            mapping = mappings.find(id, mappingName).orElse(null);
            if (mapping == null || !mapping.validate().isEmpty()) {
                return usage(out, "No usable mapping " + mappingName + " for " + organisation.get().name()
                        + "; saved: " + String.join(", ", mappings.names(id)));
            }
        }
        if (arguments.files().isEmpty()) {
            return usage(out, "Name at least one file.");
        }
        IncidentParser parser = Parsers.forFormat(format, mapping);
        int status = 0;
        for (String name : arguments.files()) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                out.printf("%s: cannot be read (no such file, or not allowed)%n", name);
                status = 1;
                continue;
            }
            long started = System.nanoTime();
            ImportJob job = imports.runNow(new Imports.Order(id, format, arguments.option("source"),
                    file.getFileName().toString(), format == ImportFormat.CSV ? mappingName : null), parser, file);
            long elapsed = System.nanoTime() - started;
            if (!report(name, job, elapsed, out)) {
                status = 1;
            }
        }
        return status;
    }

    /**
     * Prints a job's outcome with the time its work took (creating, reading, storing; not the JVM's start)
     * and the rows read per second in that time; false when it did not import the file.
     */
    private boolean report(String name, ImportJob job, long nanos, PrintStream out) {
        if (job.state() != ImportState.DONE) {
            out.printf("%s: %s (job %d): %s%n", name, job.state().name().toLowerCase(Locale.ROOT), job.id(),
                    job.message() == null ? "" : english(job.message().code(), job.message().args()));
            return false;
        }
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "%s: read %d, accepted %d, rejected %d, duplicates %d (job %d) in %.1f s (%d rows/s)%n",
                name, job.rowsRead(), job.accepted(), job.rejected(), job.duplicates(), job.id(), seconds,
                Math.round(job.rowsRead() / Math.max(seconds, 1e-9)));
        imports.forEachRejection(job, rejection -> out.printf("  line %d%s: %s%n", rejection.line(),
                rejection.column() == null ? "" : ", column " + rejection.column(),
                english(rejection.reason(), rejection.args())));
        return true;
    }

    private String english(String code, List<String> args) {
        return messages.getMessage(code, args.toArray(), code, Locale.ENGLISH);
    }

    private Optional<Organisation> organisation(String given) {
        if (given.matches("\\d{4}")) {
            return organisations.all(OrganisationKind.MUNICIPALITY).stream()
                    .filter(m -> given.equals(m.scbCode())).findFirst();
        }
        return Optional.ofNullable(Typed.wholeNumber(given)).flatMap(id -> organisations.find(new OrganisationId(id)));
    }

    private static int usage(PrintStream out, String problem) {
        out.println(problem);
        out.println(USAGE);
        return 2;
    }

    /**
     * The command's own options and its files. Words of the form {@code --key=value} with another key are
     * Spring options that configured the application and are passed over; an unknown {@code --word} alone
     * is a mistake.
     */
    record Arguments(Map<String, String> options, List<String> files) {

        String option(String name) {
            return options.get(name);
        }

        static Arguments of(List<String> args) {
            var options = new HashMap<String, String>();
            List<String> files = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    files.add(arg);
                    continue;
                }
                int equals = arg.indexOf('=');
                String key = arg.substring(2, equals < 0 ? arg.length() : equals);
                if (!OPTIONS.contains(key)) {
                    if (equals < 0) {
                        throw new IllegalArgumentException("Unknown option " + arg + ".");
                    }
                    continue;
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException(arg + " needs a value.");
                }
                if (options.put(key, value) != null) {
                    throw new IllegalArgumentException("--" + key + " is given twice.");
                }
            }
            return new Arguments(Map.copyOf(options), List.copyOf(files));
        }
    }
}
