package se.lofte.incidents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.incidents.sources.IncidentParser;
import se.lofte.incidents.sources.ParsedIncident;
import se.lofte.incidents.sources.ParsedRow;
import se.lofte.incidents.sources.RejectedRow;
import se.lofte.incidents.sources.UnreadableFile;
import se.lofte.organisations.Organisations;
import se.lofte.places.Area;
import se.lofte.places.AreaKind;
import se.lofte.places.PlaceIndex;
import se.lofte.places.PlacePrecision;
import se.lofte.places.Places;

/**
 * Runs one import job: parse the file, normalise each incident, give it its dedup key, its municipality's
 * SCB code and its place, write it (and every rejected row) to a staging table, then have {@link IncidentRows}
 * move the incidents not already stored into {@code incident} with one set-based statement. Everything the job stores, its final
 * counts and its audit event commit in ONE transaction, so a failure, a cancel or a killed process leaves
 * nothing half imported, and no count that was not stored. How far the file has been read is published every
 * thousand rows (at most four times a second) from another transaction.
 */
@Component
class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int PROGRESS_EVERY = 1000;
    /**
     * At most about four progress reports a second: each is a transaction of its own with a commit, and a
     * report every thousand rows of a million-row file cost seconds of commits that a progress bar does not need.
     */
    private static final long PROGRESS_NANOS = 250_000_000L;

    private static final String STORE_REJECTIONS = "insert into import_rejection (job_id, line, column_name, reason,"
            + " reason_args, raw_text) select :job, line, column_name, reason, reason_args, raw_text"
            + " from import_staging where reason is not null";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ImportJobRows jobs;
    private final PlaceIndex places;
    private final Places areas;
    private final IncidentRows incidents;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;

    ImportPipeline(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions, ImportJobRows jobs,
                   PlaceIndex places, Places areas, IncidentRows incidents, Organisations organisations,
                   AuditTrail auditTrail, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.places = places;
        this.areas = areas;
        this.incidents = incidents;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.events = events;
    }

    /**
     * Runs a queued job to its end and returns it as it ended. {@code cancelled} is asked after every row.
     * Never throws for anything in the file: an unreadable file fails the job with its reason.
     */
    public ImportJob run(long jobId, IncidentParser parser, Path file, BooleanSupplier cancelled) {
        if (!jobs.start(jobId)) {
            return jobs.find(jobId).orElseThrow();
        }
        ImportJob job = jobs.find(jobId).orElseThrow();
        var run = new Run(job, cancelled);
        try {
            transaction.executeWithoutResult(status -> run.importFile(parser, file));
        } catch (Stopped e) {
            jobs.ended(jobId, ImportState.CANCELLED, run.read, run.rejected, run.bytes(), "import.job.cancelled",
                    List.of());
        } catch (Unreadable e) {
            jobs.ended(jobId, ImportState.FAILED, run.read, run.rejected, run.bytes(), e.unreadable.reason(),
                    e.unreadable.args());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            jobs.ended(jobId, ImportState.FAILED, run.read, run.rejected, run.bytes(), "import.job.failed",
                    List.of());
        }
        return jobs.find(jobId).orElseThrow();
    }

    /** One job's pass through its file, with its counts. */
    private final class Run {

        private final ImportJob job;
        private final BooleanSupplier cancelled;
        private final DedupKeys keys = new DedupKeys();
        private final MunicipalityCodes codes = new MunicipalityCodes(organisations);
        private final Map<String, Long> municipalityAreas = new HashMap<>();
        private final Map<Long, String> areaMunicipalities = new HashMap<>();
        private CountingStream counting;
        private Staging staging;
        private RuntimeException stop;
        private long read;
        private long staged;
        private long rejected;
        private long lastProgress = System.nanoTime() - PROGRESS_NANOS;

        Run(ImportJob job, BooleanSupplier cancelled) {
            this.job = job;
            this.cancelled = cancelled;
        }

        void importFile(IncidentParser parser, Path file) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            loadAreas();
            // The place index loads on first use, through this transaction's connection when it is the first
            // to ask: that must happen before the COPY stream holds the connection.
            places.place(0, 0);
            boolean finished = false;
            try (var in = new CountingStream(Files.newInputStream(file))) {
                counting = in;
                staging = Staging.open(connection);
                parser.parse(in, this::accept);
                if (stop != null) {
                    // A parser may not let the exception out of its callback; the stop holds all the same.
                    throw stop;
                }
                staging.finish(connection);
                finished = true;
            } catch (UnreadableFile e) {
                throw new Unreadable(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("Staging the rows of import job " + job.id() + " failed", e);
            } finally {
                if (!finished && staging != null) {
                    staging.abort();
                }
            }
            jdbc.sql(STORE_REJECTIONS).param("job", job.id()).update();
            boolean postgres = staging instanceof CopyStaging;
            long inserted = incidents.storeStaged(job, postgres, staged);
            jobs.done(job.id(), read, inserted, rejected, staged - inserted, bytes());
            auditTrail.record(new AuditEvent(job.startedBy(), Set.of(job.organisation()), "import_job",
                    Long.toString(job.id()), "imported", null, AuditEvent.json(Map.of("format", job.format().word(),
                    "source", job.source(), "file", job.fileName() == null ? "" : job.fileName(), "rowsRead", read,
                    "accepted", inserted, "rejected", rejected, "duplicates", staged - inserted))));
            if (inserted > 0) {
                events.publishEvent(new IncidentsChanged(job.organisation()));
            }
        }

        private void accept(ParsedRow row) {
            if (stop != null) {
                throw stop;
            }
            try {
                read++;
                switch (row) {
                    case ParsedIncident incident -> stage(incident);
                    case RejectedRow refused -> reject(refused.line(), refused.column(), refused.reason(),
                            refused.args(), refused.raw());
                }
                if (cancelled.getAsBoolean() || read % PROGRESS_EVERY == 0 && progressDue()
                        && jobs.progress(job.id(), read, bytes())) {
                    stop = new Stopped();
                }
            } catch (SQLException e) {
                stop = new IllegalStateException("Staging row " + row.line() + " of import job " + job.id()
                        + " failed", e);
            } catch (RuntimeException e) {
                stop = e;
            }
            if (stop != null) {
                throw stop;
            }
        }

        private boolean progressDue() {
            long now = System.nanoTime();
            if (now - lastProgress < PROGRESS_NANOS) {
                return false;
            }
            lastProgress = now;
            return true;
        }

        private void stage(ParsedIncident row) throws SQLException {
            String category = text(row.category(), 200);
            if (category == null || row.startsAt() == null || row.precision() == null) {
                // The parser contract promises these; a row without them is refused rather than stored half.
                reject(row.line(), null, "import.job.reason.incomplete", List.of(), null);
                return;
            }
            String code = codes.code(row.municipalityName());
            Long areaId = null;
            Long segmentId = null;
            boolean positioned = row.latitude() != null && row.longitude() != null;
            if (row.precision() != PlacePrecision.AREA && positioned) {
                PlaceIndex.Placement placement = places.place(row.latitude(), row.longitude());
                areaId = placement.areaId();
                segmentId = placement.segmentId();
                if (code == null && areaId != null) {
                    code = areaMunicipalities.get(areaId);
                }
            } else if (row.precision() == PlacePrecision.AREA && code != null) {
                areaId = municipalityAreas.get(code);
            }
            staging.add(new StagedRow(row.line(), keys.of(row), text(row.sourceId(), 200), category, row.startsAt(),
                    row.endsAt(), row.precision().name(), row.latitude(), row.longitude(), text(row.placeName(), 300),
                    code, areaId, segmentId, text(row.description(), 4000), text(row.url(), 1000), null, null, null,
                    null));
            staged++;
        }

        private void reject(long line, String column, String reason, List<String> args, String raw) throws SQLException {
            staging.add(StagedRow.rejection(line, ImportJobRows.cut(column, 100), ImportJobRows.cut(reason, 100),
                    ImportJobRows.cut(String.join(ImportJobRows.SEPARATOR, args), 1000),
                    ImportJobRows.cut(raw, 2000)));
            rejected++;
        }

        /** Municipality areas for AREA rows, and the municipality of each area for positioned rows. */
        private void loadAreas() {
            for (Area area : areas.areasWithMunicipalityCode()) {
                areaMunicipalities.put(area.id(), area.municipalityCode());
                if (area.kind() == AreaKind.MUNICIPALITY) {
                    municipalityAreas.putIfAbsent(area.municipalityCode(), area.id());
                }
            }
        }

        long bytes() {
            return counting == null ? 0 : counting.count;
        }
    }

    /** Strips, turns blank into null and cuts to the column's width. */
    private static String text(String value, int length) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : ImportJobRows.cut(stripped, length);
    }

    /** The job was cancelled; thrown through the parser to roll the transaction back. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The file could not be read; carries the parser's reason through the transaction. */
    private static final class Unreadable extends RuntimeException {
        private final transient UnreadableFile unreadable;

        Unreadable(UnreadableFile unreadable) {
            super(unreadable);
            this.unreadable = unreadable;
        }
    }

    /** Counts the bytes read from the file, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
