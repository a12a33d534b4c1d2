package se.lofte.incidents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.IncidentParser;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Sha256;

/**
 * The public face of incident imports: start a job for a file (in the background for uploads, in the
 * calling thread for the command line and the scheduled fetch), follow it, cancel it, and read what it
 * refused. Staff see the jobs of their organisations; only those who may import for an organisation
 * ({@link #mayImport}: its analysts and editors) start or cancel its jobs.
 */
@Service
public class Imports {

    private static final String NO_IMPORT_ROLE = "Importing for this organisation needs the analyst or editor role";

    /**
     * What to import: for which organisation, in which format, under which source label (null for the
     * default: the format word for police data, else the mapping name or the file name), from a file of
     * this name, read with the named CSV mapping (or null).
     */
    public record Order(OrganisationId organisation, ImportFormat format, String source, String fileName,
                        String mappingName) {

        /** The source incidents are deduplicated within: fixed for the police formats, a label for the others. */
        public String sourceLabel() {
            if (format == ImportFormat.POLISEN_EVENTS || format == ImportFormat.POLICE_UK) {
                return format.word();
            }
            if (source != null && !source.isBlank()) {
                return cut(source.strip());
            }
            if (mappingName != null && !mappingName.isBlank()) {
                return cut(mappingName.strip());
            }
            return cut(fileName == null || fileName.isBlank() ? format.word() : fileName.strip());
        }

        private static String cut(String text) {
            return text.length() <= 100 ? text : text.substring(0, 100);
        }
    }

    private final ImportJobRows jobs;
    private final ImportRunner runner;

    Imports(ImportJobRows jobs, ImportRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    /**
     * Queues an uploaded file's import and returns the job's id at once; the file is deleted when the job
     * has ended. Refused unless the member may import for the organisation.
     */
    public long submit(Order order, IncidentParser parser, Path file, StaffMember by) {
        if (!mayImport(by, order.organisation())) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        long job = create(order, file, by.username());
        runner.submit(job, parser, file);
        return job;
    }

    /** Imports a file in the calling thread and returns the job as it ended (command line, scheduled fetch). */
    public ImportJob runNow(Order order, IncidentParser parser, Path file) {
        return runner.runHere(create(order, file, null), parser, file);
    }

    /**
     * Imports a file in the calling thread as the command line does, in a format named by its word
     * ({@code polisen-events}, {@code police-uk}, {@code geojson}) that needs no column mapping, under the source
     * label {@code source} (null for the format's default). For modules that hold a file to import and no parser.
     */
    public ImportJob runNow(OrganisationId organisation, String formatWord, String source, Path file) {
        ImportFormat format = ImportFormat.byWord(formatWord).filter(f -> f != ImportFormat.CSV)
                .orElseThrow(() -> new IllegalArgumentException("No format without a column mapping: " + formatWord));
        return runNow(new Order(organisation, format, source, file.getFileName().toString(), null),
                Parsers.forFormat(format, null), file);
    }

    /**
     * A job, if it exists; refused ({@link NotAllowed}) when it is not one of the member's
     * organisations' (system administrators see every job).
     */
    public Optional<ImportJob> job(long id, StaffMember viewer) {
        Optional<ImportJob> job = jobs.find(id);
        if (job.isPresent() && !visible(job.get(), viewer)) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        return job;
    }

    /** The newest jobs the member may see. */
    public List<ImportJob> recent(StaffMember viewer, int limit) {
        return jobs.recent(viewer.systemAdmin() ? null
                : viewer.organisations().stream().map(OrganisationId::value).collect(Collectors.toSet()), limit);
    }

    /** A page of a job's rejected rows in line order; check {@link #job} first. */
    public List<ImportRejection> rejections(ImportJob job, int offset, int limit) {
        return jobs.rejections(job.id(), offset, limit);
    }

    /** Every rejected row of a job in line order, streamed; check {@link #job} first. */
    public void forEachRejection(ImportJob job, Consumer<ImportRejection> each) {
        jobs.forEachRejection(job.id(), each);
    }

    /** Asks a queued or running job to stop; false when it had already finished. */
    public boolean cancel(ImportJob job, StaffMember by) {
        if (!mayImport(by, job.organisation())) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        return runner.cancel(job.id());
    }

    /** Importing is for a party's analysts and editors, and system administrators. */
    public boolean mayImport(StaffMember member, OrganisationId organisation) {
        return member.handlesSituationOf(organisation);
    }

    /** The organisations the member is analyst or editor of (a system administrator may import for any besides). */
    public Set<OrganisationId> importingOrganisations(StaffMember member) {
        return member.situationOrganisations();
    }

    private boolean visible(ImportJob job, StaffMember viewer) {
        return viewer.systemAdmin() || viewer.organisations().contains(job.organisation());
    }

    private long create(Order order, Path file, String startedBy) {
        try {
            return jobs.create(order.organisation(), order.format(), order.sourceLabel(), order.fileName(),
                    Sha256.hex(file), order.mappingName(), startedBy, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
