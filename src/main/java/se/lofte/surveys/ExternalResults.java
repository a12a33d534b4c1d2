package se.lofte.surveys;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Dates;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.PersonalIdentityNumbers;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * Another body's aggregated results for a municipality and year (the police's national safety survey), imported by
 * the staff who run the municipality's surveys ({@link SurveyAccess}) from a CSV file ({@link ExternalResultFile})
 * and shown beside the municipality's own results, suppressed by the same rule. A file is saved whole or not at
 * all. One source and year is imported once: a second file replaces the first only when staff say so. Imports,
 * replacements and removals are in the audit trail (subject {@code survey_external}).
 * <p>
 * They are public exactly when the same municipality's own results of the year are: they are shown on that page.
 */
@Service
public class ExternalResults {

    private static final String AUDIT_SUBJECT = "survey_external";

    private final ExternalRows rows;
    private final SurveyAccess access;
    private final Organisations organisations;
    private final AuditTrail auditTrail;
    private final SurveySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ExternalResults(ExternalRows rows, SurveyAccess access, Organisations organisations, AuditTrail auditTrail,
                    SurveySettings settings, ApplicationEventPublisher events, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.access = access;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The question keys a file may name: those of the template's questions with options. */
    public static Set<String> questionKeys() {
        return SurveyTemplate.questions().stream().filter(q -> q.kind().hasOptions())
                .map(SurveyTemplate.TemplateQuestion::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The imports of the person's municipalities, newest year first. */
    public List<ExternalImport> imports(StaffMember staff) {
        Set<OrganisationId> municipalities = access.municipalities(staff);
        Map<OrganisationId, String> names = new HashMap<>();
        organisations.findAll(municipalities).forEach(o -> names.put(o.id(), o.name()));
        return rows.rows(municipalities).stream().map(row -> imported(row, names.get(municipality(row)))).toList();
    }

    /** One import with its results as they will be shown, for someone who runs the municipality's surveys. */
    public ExternalResult result(long id, StaffMember staff) {
        var row = rows.row(id).orElseThrow(() -> new NotFound("external results " + id));
        if (!access.mayManage(staff, municipality(row))) {
            throw new NotAllowed("surveys of another municipality");
        }
        return result(row);
    }

    /** The import's list entry, for its page. */
    public ExternalImport imported(long id, StaffMember staff) {
        var row = rows.row(id).orElseThrow(() -> new NotFound("external results " + id));
        if (!access.mayManage(staff, municipality(row))) {
            throw new NotAllowed("surveys of another municipality");
        }
        return imported(row, organisations.find(municipality(row)).map(Organisation::name).orElse(""));
    }

    /**
     * Other sources' results of the survey's municipality and year, to show beside the survey's: callers hold the
     * survey only when they may see its results (staff who run it, or anyone once published).
     */
    public List<ExternalResult> beside(Survey survey) {
        return rows.ofYear(survey.municipality(), survey.year()).stream().map(this::result).toList();
    }

    /**
     * Reads and saves a file, all or nothing: with any problem of the form or of the file nothing is saved, and every
     * problem of the file is returned with its line and column.
     */
    public ExternalImported importFile(ExternalUpload upload, StaffMember staff) {
        if (upload.municipality() != null && !access.mayManage(staff, upload.municipality())) {
            // The form offers only the person's own municipalities: another one is not a typing error.
            throw new NotAllowed("surveys of another municipality");
        }
        List<Problem> problems = new ArrayList<>();
        if (upload.municipality() == null) {
            problems.add(Problem.of("organisation", "surveys.error.municipality"));
        }
        String source = Typed.text(upload.source()).replaceAll("\\s+", " ");
        if (source.isEmpty()) {
            problems.add(Problem.of("source", "surveys.error.required"));
        } else if (source.length() > ExternalResultFile.SOURCE_MAX) {
            problems.add(Problem.of("source", "surveys.error.long", Integer.toString(ExternalResultFile.SOURCE_MAX)));
        } else if (!PersonalIdentityNumbers.findIn(source).isEmpty()) {
            problems.add(Problem.of("source", "surveys.error.personalNumber",
                    String.join(", ", PersonalIdentityNumbers.findIn(source))));
        }
        String yearText = Typed.text(upload.year());
        Integer year = yearText.matches("\\d{4}") && Integer.parseInt(yearText) >= SurveyRules.YEAR_MIN
                && Integer.parseInt(yearText) <= SurveyRules.YEAR_MAX ? Integer.parseInt(yearText) : null;
        if (year == null) {
            problems.add(Problem.of("year", "surveys.error.year"));
        }
        List<FileProblem> fileProblems = List.of();
        List<ExternalResultFile.Line> lines = List.of();
        if (upload.bytes() == null || upload.bytes().length == 0) {
            problems.add(Problem.of("file", "surveys.external.error.noFile"));
        } else {
            var parsed = ExternalResultFile.parse(upload.bytes(), questionKeys());
            fileProblems = parsed.problems();
            lines = parsed.lines();
            if (!fileProblems.isEmpty()) {
                problems.add(Problem.of("file", "surveys.external.error.file", Integer.toString(fileProblems.size())));
            }
        }
        if (upload.municipality() != null && year != null && !source.isEmpty() && !upload.replace()) {
            rows.find(upload.municipality(), source, year).ifPresent(earlier -> problems.add(exists(earlier)));
        }
        if (!problems.isEmpty()) {
            return new ExternalImported(null, problems, fileProblems);
        }
        List<ExternalResultFile.Line> accepted = lines;
        int theYear = year;
        try {
            long id = transactions.execute(status -> save(upload, source, theYear, accepted, staff));
            return new ExternalImported(id, List.of(), List.of());
        } catch (DuplicateKeyException sameMoment) {
            // Another person imported the same source and year at the same moment.
            return new ExternalImported(null, rows.find(upload.municipality(), source, theYear)
                    .map(this::exists).map(List::of).orElse(List.of()), List.of());
        }
    }

    private long save(ExternalUpload upload, String source, int year, List<ExternalResultFile.Line> lines,
                      StaffMember staff) {
        var earlier = rows.find(upload.municipality(), source, year);
        earlier.ifPresent(row -> rows.delete(row.id()));
        String fileName = upload.fileName() == null || upload.fileName().isBlank() ? null
                : upload.fileName().strip().substring(0, Math.min(255, upload.fileName().strip().length()));
        long id = rows.insert(upload.municipality(), source, year, fileName, staff.username(),
                OffsetDateTime.now(clock), lines);
        var after = rows.row(id).orElseThrow();
        audit(id, upload.municipality(), earlier.isPresent() ? "external_replaced" : "external_imported",
                earlier.map(Audited::of).orElse(null), Audited.of(after), staff);
        // The year's public results page shows them beside the municipality's own.
        events.publishEvent(new SurveyResultsChanged(upload.municipality()));
        return id;
    }

    /** Removes an import; the page of the year's results no longer shows it. */
    public void remove(long id, StaffMember staff) {
        transactions.executeWithoutResult(status -> {
            var row = rows.row(id).orElseThrow(() -> new NotFound("external results " + id));
            if (!access.mayManage(staff, municipality(row))) {
                throw new NotAllowed("surveys of another municipality");
            }
            rows.delete(id);
            audit(id, municipality(row), "external_removed", Audited.of(row), null, staff);
            events.publishEvent(new SurveyResultsChanged(municipality(row)));
        });
    }

    private Problem exists(ExternalRows.ImportRow earlier) {
        return Problem.of("replace", "surveys.external.error.exists", earlier.sourceName(),
                Integer.toString(earlier.surveyYear()), earlier.importedBy(),
                earlier.importedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate()
                        .toString());
    }

    /** What the audit trail keeps of an import: not its rows, which the file holds. */
    private record Audited(String source, int year, String fileName, int rows) {

        static Audited of(ExternalRows.ImportRow row) {
            return new Audited(row.sourceName(), row.surveyYear(), row.fileName(), row.rowCount());
        }
    }

    private void audit(long id, OrganisationId municipality, String action, Object before, Object after,
                       StaffMember staff) {
        auditTrail.record(new AuditEvent(staff.username(), Set.of(municipality), AUDIT_SUBJECT, Long.toString(id),
                action, before == null ? null : AuditEvent.json(before), after == null ? null : AuditEvent.json(after)));
    }

    /**
     * The import's tables: per question (in the file's order) and area, the options with their share of those who
     * answered and its Wilson interval, suppressed as the municipality's own results are. Whether an option excludes
     * the others is not in the file, so a lone hidden cell always takes the smallest other non-zero one with it.
     */
    private ExternalResult result(ExternalRows.ImportRow row) {
        Map<String, Map<String, List<ExternalResultFile.Line>>> byQuestion = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (var line : rows.lines(row.id())) {
            keys.putIfAbsent(line.question(), line.key());
            byQuestion.computeIfAbsent(line.question(), q -> new LinkedHashMap<>())
                    .computeIfAbsent(line.area() == null ? "" : line.area(), a -> new ArrayList<>()).add(line);
        }
        int minimum = settings.minimumCell();
        List<ExternalResult.Question> questions = new ArrayList<>();
        byQuestion.forEach((question, areas) -> {
            List<ExternalResult.Group> groups = new ArrayList<>();
            areas.forEach((area, lines) -> {
                long n = lines.getFirst().answering();
                List<Long> counts = lines.stream().map(l -> (long) l.count()).toList();
                List<Cell> cells = ResultCounting.cells(counts, n, n < minimum, true, minimum);
                List<ExternalResult.Option> options = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    options.add(new ExternalResult.Option(lines.get(i).option(), cells.get(i)));
                }
                groups.add(new ExternalResult.Group(area.isEmpty() ? null : area, n < minimum ? null : n, options));
            });
            // The whole municipality first, then the areas as the file has them.
            groups.sort(Comparator.comparing(g -> g.area() != null));
            questions.add(new ExternalResult.Question(question, keys.get(question), groups));
        });
        return new ExternalResult(row.id(), row.sourceName(), row.surveyYear(), questions);
    }

    private static ExternalImport imported(ExternalRows.ImportRow row, String municipalityName) {
        return new ExternalImport(row.id(), municipality(row), municipalityName, row.sourceName(), row.surveyYear(),
                row.fileName(), row.rowCount(), row.importedBy(), row.importedAt());
    }

    private static OrganisationId municipality(ExternalRows.ImportRow row) {
        return new OrganisationId(row.municipalityId());
    }
}
