package se.lofte.incidents.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.CsvMappings;
import se.lofte.incidents.ImportJob;
import se.lofte.incidents.ImportRejection;
import se.lofte.incidents.ImportState;
import se.lofte.incidents.Imports;
import se.lofte.incidents.sources.CsvMapping;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.SpreadsheetCells;
import se.lofte.shared.Typed;
import se.lofte.shared.Ui;

/**
 * Staff pages for importing incidents: the list of jobs with the upload form, the CSV mapping step, and a
 * job's page with its progress (refreshing itself without JavaScript, polled with it), its Cancel button,
 * its rejected rows and their CSV. Only those who may import for an organisation upload or cancel for it.
 */
@Controller
class ImportPages {

    private static final String NO_IMPORT_ROLE = "Importing for this organisation needs the analyst or editor role";

    static final String PATH = "/manage/situation/imports";
    static final int REJECTIONS_PER_PAGE = 200;
    /** The query parameter value that asks a page with a list of jobs for that list alone. */
    static final String JOBS_PART = "jobs";
    private static final int LIST_SIZE = 100;
    private static final String NEW_MAPPING = "";
    private static final int PREVIEW_ROWS = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** As the audit trail's export: semicolons for Excel with Swedish settings, UTF-8 with a byte order mark. */
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final Imports imports;
    private final Organisations organisations;
    private final CsvMappings mappings;
    private final PendingUploads pending;

    ImportPages(Imports imports, Organisations organisations,
                CsvMappings mappings, PendingUploads pending) {
        this.imports = imports;
        this.organisations = organisations;
        this.mappings = mappings;
        this.pending = pending;
    }

    /**
     * The page, or with {@code part=jobs} only its list of jobs: what the page's script fetches every few
     * seconds while a job runs, so that the list follows the jobs without reloading the upload form.
     */
    @GetMapping(PATH)
    String list(@RequestParam(required = false) String part, @ModelAttribute("ui") Ui ui, StaffMember staff,
                Model model) {
        StaffMember member = importer(staff);
        if (JOBS_PART.equals(part)) {
            return jobsPart(imports.recent(member, LIST_SIZE), ui.t("imports.jobs.caption"), PATH, ui, model);
        }
        return listPage(member, new UploadForm(null, ImportFormat.POLISEN_EVENTS.word(), null, null, false),
                FieldErrors.none(), ui, model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) String organisation, @RequestParam(required = false) String format,
                  @RequestParam(required = false) String mapping, @RequestParam(required = false) String source,
                  @RequestParam(defaultValue = "false") boolean editMapping,
                  @RequestParam(required = false) MultipartFile file, @ModelAttribute("ui") Ui ui, StaffMember member,
                  Model model) throws IOException {
        OrganisationId party = organisationId(organisation);
        if (party != null && !imports.mayImport(member, party)) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        importer(member);
        var form = new UploadForm(organisation, format, mapping, source, editMapping);
        List<Problem> problems = new ArrayList<>();
        if (party == null || organisations.find(party).isEmpty()) {
            problems.add(Problem.of("organisation", "imports.upload.organisationMissing"));
        }
        ImportFormat chosen = format == null ? null : ImportFormat.byWord(format).orElse(null);
        if (chosen == null) {
            problems.add(Problem.of("format", "imports.upload.formatMissing"));
        }
        if (file == null || file.isEmpty()) {
            problems.add(Problem.of("file", "imports.upload.fileMissing"));
        }
        if (source != null && source.strip().length() > 100) {
            problems.add(Problem.of("source", "imports.upload.sourceTooLong", "100"));
        }
        CsvMapping saved = null;
        if (problems.isEmpty() && chosen == ImportFormat.CSV && mapping != null && !mapping.isEmpty()) {
            saved = mappings.find(party, mapping).orElse(null);
            if (saved == null) {
                problems.add(Problem.of("mapping", "imports.upload.mappingMissing", mapping));
            }
        }
        if (!problems.isEmpty()) {
            return listPage(member, form, FieldErrors.of(problems, ui), ui, model);
        }
        Path stored = Files.createTempFile("lofte-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
        }
        String fileName = fileName(file);
        if (chosen == ImportFormat.CSV && (saved == null || editMapping || !saved.validate().isEmpty())) {
            var upload = pending.add(stored, party, fileName, blankToNull(source), member.username());
            String next = PATH + "/mapping?upload=" + upload.token();
            return "redirect:" + (saved == null ? next : next + "&mapping=" + encode(mapping));
        }
        long job = imports.submit(new Imports.Order(party, chosen, blankToNull(source), fileName,
                chosen == ImportFormat.CSV ? mapping : null), Parsers.forFormat(chosen, saved), stored, member);
        return "redirect:" + PATH + "/" + job;
    }

    @GetMapping(PATH + "/mapping")
    String mappingStep(@RequestParam(required = false) String upload, @RequestParam(required = false) String mapping,
                       @ModelAttribute("ui") Ui ui, StaffMember staff, Model model) {
        StaffMember member = importer(staff);
        PendingUploads.Pending file = pending.find(upload, member.username()).orElseThrow(ImportPages::gone);
        CsvMapping start = mapping == null ? null : mappings.find(file.organisation(), mapping).orElse(null);
        if (start == null) {
            start = new CsvMapping(guessSeparator(file.file()), null, null, null, null, null, null, "yyyy-MM-dd HH:mm",
                    null, null, null, null, null, null, null, null);
        }
        MappingForm form = MappingForm.of(file.token(), file.organisation().toString(), start,
                mapping == null ? "" : mapping);
        return mappingPage(form, file, FieldErrors.none(), ui, model);
    }

    @PostMapping(PATH + "/mapping")
    String map(@ModelAttribute MappingForm form, @RequestParam(defaultValue = "preview") String action,
               @ModelAttribute("ui") Ui ui, StaffMember member, Model model) {
        OrganisationId party = organisationId(form.organisation());
        if (party == null || !imports.mayImport(member, party)) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        PendingUploads.Pending file = pending.find(form.upload(), member.username())
                .filter(p -> p.organisation().equals(party)).orElseThrow(ImportPages::gone);
        if (!"run".equals(action)) {
            return mappingPage(form, file, FieldErrors.none(), ui, model);
        }
        CsvMapping mapping = form.mapping();
        List<Problem> problems = new ArrayList<>(mapping.validate());
        String name = blankToNull(form.mappingName());
        if (name != null && name.length() > CsvMappings.NAME_MAX) {
            problems.add(Problem.of("mappingName", "imports.mapping.nameTooLong", String.valueOf(CsvMappings.NAME_MAX)));
        }
        if (!problems.isEmpty()) {
            return mappingPage(form, file, FieldErrors.of(problems, ui), ui, model);
        }
        if (name != null) {
            mappings.save(party, name, mapping);
        }
        pending.take(file);
        long job = imports.submit(new Imports.Order(party, ImportFormat.CSV, file.source(), file.fileName(), name),
                Parsers.forFormat(ImportFormat.CSV, mapping), file.file(), member);
        return "redirect:" + PATH + "/" + job;
    }

    @GetMapping(PATH + "/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "1") int page, @ModelAttribute("ui") Ui ui,
               StaffMember member, Model model) {
        ImportJob job = visibleJob(id, member);
        int pages = (int) Math.max(1, (job.rejected() + REJECTIONS_PER_PAGE - 1) / REJECTIONS_PER_PAGE);
        int shown = Math.clamp(page, 1, pages);
        List<RejectionRow> rejections = job.state().finished()
                ? imports.rejections(job, (shown - 1) * REJECTIONS_PER_PAGE, REJECTIONS_PER_PAGE).stream()
                        .map(r -> rejection(r, ui)).toList()
                : List.of();
        model.addAttribute("row", row(job, names(Set.of(job.organisation())), ui));
        model.addAttribute("mayCancel", !job.state().finished() && imports.mayImport(member, job.organisation()));
        model.addAttribute("rejections", rejections);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "situation/job";
    }

    /** The job's counts for the page's script, polled every second while it runs. */
    @GetMapping(value = PATH + "/{id}/progress", produces = "application/json")
    @ResponseBody
    Map<String, Object> progress(@PathVariable long id, @ModelAttribute("ui") Ui ui, StaffMember staff) {
        ImportJob job = visibleJob(id, staff);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", job.state().name());
        json.put("stateText", stateText(job, ui));
        json.put("finished", job.state().finished());
        json.put("percent", job.percent());
        json.put("rowsRead", job.rowsRead());
        json.put("accepted", job.accepted());
        json.put("rejected", job.rejected());
        json.put("duplicates", job.duplicates());
        json.put("announcement", job.state().finished() ? announcement(job, ui) : "");
        return json;
    }

    @PostMapping(PATH + "/{id}/cancel")
    String cancel(@PathVariable long id, StaffMember member, RedirectAttributes redirect) {
        ImportJob job = imports.job(id, member).orElseThrow(ImportPages::gone);
        redirect.addFlashAttribute("notice", imports.cancel(job, member) ? "imports.job.cancelAsked"
                : "imports.job.cancelTooLate");
        return "redirect:" + PATH + "/" + id;
    }

    /** Every rejected row of a job (not only one page) as CSV: line;column;reason;raw. */
    @GetMapping(PATH + "/{id}/rejections.csv")
    void rejectionsCsv(@PathVariable long id, @ModelAttribute("ui") Ui ui, StaffMember staff,
                       HttpServletResponse response) throws IOException {
        ImportJob job = visibleJob(id, staff);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("import-" + job.id() + "-avvisade.csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(ui.t("imports.rejections.line"), ui.t("imports.rejections.column"),
                    ui.t("imports.rejections.reason"), ui.t("imports.rejections.raw"));
            imports.forEachRejection(job, r -> {
                RejectionRow row = rejection(r, ui);
                try {
                    csv.printRecord(row.line(), SpreadsheetCells.text(row.column()), SpreadsheetCells.text(row.reason()),
                            SpreadsheetCells.text(row.raw()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private String listPage(StaffMember member, UploadForm form, FieldErrors errors, Ui ui, Model model) {
        List<Organisation> importing = importingOrganisations(member);
        var options = importing.stream().map(o -> new Option(o.id().toString(), o.name())).toList();
        var formats = Arrays.stream(ImportFormat.values())
                .map(f -> new Option(f.word(), ui.t("imports.format." + f.word()))).toList();
        Map<String, List<String>> saved = new LinkedHashMap<>();
        for (Organisation organisation : importing) {
            mappings.names(organisation.id()).forEach(name -> saved.computeIfAbsent(name, n -> new ArrayList<>())
                    .add(organisation.name()));
        }
        var mappingOptions = saved.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getKey() + " (" + String.join(", ", e.getValue()) + ")")).toList();
        model.addAttribute("page", new ImportsPage(form, errors, options, formats, mappingOptions,
                rows(imports.recent(member, LIST_SIZE), ui)));
        return "situation/imports";
    }

    private String mappingPage(MappingForm form, PendingUploads.Pending file, FieldErrors errors, Ui ui, Model model) {
        CsvMapping mapping = form.mapping();
        Preview preview = preview(file.file(), mapping);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fileName", file.fileName());
        model.addAttribute("organisationName", organisations.find(file.organisation()).map(Organisation::name)
                .orElse(""));
        model.addAttribute("header", preview.header());
        model.addAttribute("rows", preview.rows());
        model.addAttribute("previewProblem", preview.problem());
        return "situation/mapping";
    }

    /** The header and the first rows as the chosen separator and encoding read them. */
    record Preview(List<String> header, List<List<String>> rows, String problem) {
    }

    private static Preview preview(Path file, CsvMapping mapping) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.separator().character()).get();
        try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get();
             var parser = CSVParser.builder().setReader(new BufferedReader(new InputStreamReader(in,
                     mapping.encoding().charset()))).setFormat(format).get()) {
            List<String> header = null;
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                } else if (rows.size() < PREVIEW_ROWS) {
                    rows.add(record.toList());
                } else {
                    break;
                }
            }
            return new Preview(header == null ? List.of() : header, rows, header == null ? "imports.mapping.empty" : null);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Preview(List.of(), List.of(), "imports.mapping.unreadable");
        }
    }

    /** The separator the first line has most of; a comma when it has none. */
    private static CsvMapping.Separator guessSeparator(Path file) {
        try (var reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null) {
                return CsvMapping.Separator.COMMA;
            }
            CsvMapping.Separator best = CsvMapping.Separator.COMMA;
            long most = 0;
            for (CsvMapping.Separator separator : CsvMapping.Separator.values()) {
                long count = first.chars().filter(c -> c == separator.character()).count();
                if (count > most) {
                    most = count;
                    best = separator;
                }
            }
            return best;
        } catch (IOException e) {
            return CsvMapping.Separator.COMMA;
        }
    }

    private ImportJob visibleJob(long id, StaffMember member) {
        return imports.job(id, member).orElseThrow(ImportPages::gone);
    }

    /** Staff who may import for at least one organisation; the others get 403. */
    private StaffMember importer(StaffMember member) {
        if (!member.systemAdmin() && imports.importingOrganisations(member).isEmpty()) {
            throw new NotAllowed(NO_IMPORT_ROLE);
        }
        return member;
    }

    private List<Organisation> importingOrganisations(StaffMember member) {
        Collection<OrganisationId> ids = member.systemAdmin() ? member.organisations()
                : imports.importingOrganisations(member);
        List<Organisation> result = new ArrayList<>(organisations.findAll(ids));
        result.sort(java.util.Comparator.comparing(Organisation::name));
        return result;
    }

    /**
     * The list of jobs alone, as {@code situation/jobs} renders it for the script of the page at {@code path}
     * (see {@link #list}).
     */
    String jobsPart(List<ImportJob> jobs, String caption, String path, Ui ui, Model model) {
        model.addAttribute("jobs", rows(jobs, ui));
        model.addAttribute("caption", caption);
        model.addAttribute("url", path);
        return "situation/jobs";
    }

    /** The jobs as a list shows them, each with its organisation's name. */
    List<JobRow> rows(List<ImportJob> jobs, Ui ui) {
        Map<OrganisationId, String> names = names(jobs.stream().map(ImportJob::organisation).collect(Collectors.toSet()));
        return jobs.stream().map(j -> row(j, names, ui)).toList();
    }

    private JobRow row(ImportJob job, Map<OrganisationId, String> names, Ui ui) {
        OffsetDateTime created = job.createdAt().atZoneSameInstant(Dates.SWEDEN).toOffsetDateTime();
        return new JobRow(job, names.getOrDefault(job.organisation(), job.organisation().toString()),
                TIME.format(created), created.toString(),
                job.finishedAt() == null ? null : TIME.format(job.finishedAt().atZoneSameInstant(Dates.SWEDEN)),
                stateText(job, ui),
                job.message() == null ? null : ui.t(job.message().code(), job.message().args().toArray()));
    }

    /**
     * The job's state in words and, while it runs, how far it has come: before the first rows are counted that
     * it is reading the file (never "0 of 0"), then the share of the file read when its size is known and the
     * rows read so far.
     */
    static String stateText(ImportJob job, Ui ui) {
        String state = ui.t("imports.state." + job.state().name());
        if (job.state() != ImportState.RUNNING) {
            return state;
        }
        if (job.rowsRead() == 0) {
            return ui.t("imports.progress.starting", state);
        }
        return job.bytesTotal() == null || job.bytesTotal() <= 0
                ? ui.t("imports.progress.rows", state, job.rowsRead())
                : ui.t("imports.progress.share", state, job.percent(), job.rowsRead());
    }

    private static String announcement(ImportJob job, Ui ui) {
        return ui.t("imports.job.finished", ui.t("imports.state." + job.state().name()), job.rowsRead(),
                job.accepted(), job.rejected(), job.duplicates());
    }

    private static RejectionRow rejection(ImportRejection r, Ui ui) {
        return new RejectionRow(r.line(), r.column(), ui.t(r.reason(), r.args().toArray()), r.raw());
    }

    private Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        return organisations.findAll(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static NotFound gone() {
        return new NotFound("import job");
    }

    private static OrganisationId organisationId(String value) {
        Long id = Typed.wholeNumber(value);
        return id == null ? null : new OrganisationId(id);
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        // Browsers on Windows once sent the whole path.
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
