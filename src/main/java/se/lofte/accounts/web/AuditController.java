package se.lofte.accounts.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.lofte.accounts.AuditEntry;
import se.lofte.accounts.AuditFilter;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.shared.Dates;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.SpreadsheetCells;
import se.lofte.shared.Ui;

/**
 * The audit trail for administrators: system administrators see every event, organisation administrators
 * the events that concern their organisations, everyone else gets 403. A filtered list newest first, one
 * page per event with its values before and after, and the filtered list as CSV.
 */
@Controller
@RequestMapping("/manage/accounts/audit")
class AuditController {

    private static final String PATH = "/manage/accounts/audit";
    /** Times are shown in Swedish time ({@link Dates#SWEDEN}) whatever zone the server runs in. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** ISO 8601 with the offset, seconds always written, so that a spreadsheet reads every row alike. */
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /**
     * Excel with Swedish regional settings, which is what municipal staff open the file in, splits columns
     * on semicolons (the comma is the decimal separator there); a comma-separated file lands in one column.
     */
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final AuditTrail auditTrail;
    private final Organisations organisations;

    AuditController(AuditTrail auditTrail, Organisations organisations) {
        this.auditTrail = auditTrail;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@ModelAttribute("form") AuditForm form, @RequestParam(defaultValue = "1") int page,
                @ModelAttribute("ui") Ui ui, StaffMember staff, Model model) {
        StaffMember viewer = reader(staff);
        List<Problem> problems = new ArrayList<>();
        AuditFilter filter = form.filter(problems);
        FieldErrors errors = FieldErrors.of(problems, ui);
        List<Choice> subjectChoices = auditTrail.subjectTypes().stream().map(type -> new Choice(type, subject(ui, type)))
                .toList();
        List<Choice> organisationChoices = names(auditTrail.organisations(viewer)).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new Choice(Long.toString(e.getKey().value()), e.getValue())).toList();
        if (!problems.isEmpty()) {
            model.addAttribute("page", new AuditTrailPage(form, errors, subjectChoices, organisationChoices, Optional.empty(),
                    List.of(), Optional.empty(), Optional.empty(), Optional.empty()));
            return "accounts/audit";
        }
        var result = auditTrail.search(filter, viewer, page);
        var names = names(result.entries().stream().flatMap(e -> e.organisations().stream()).distinct().toList());
        model.addAttribute("page", new AuditTrailPage(form, errors, subjectChoices, organisationChoices, Optional.of(result),
                result.entries().stream().map(e -> row(e, names, ui)).toList(),
                result.page() > 1 ? Optional.of(form.url(PATH, result.page() - 1)) : Optional.empty(),
                result.page() < result.pages() ? Optional.of(form.url(PATH, result.page() + 1)) : Optional.empty(),
                Optional.of(form.url(PATH + "/export", null))));
        return "accounts/audit";
    }

    @GetMapping("/{id}")
    String event(@PathVariable long id, @ModelAttribute("ui") Ui ui, StaffMember staff, Model model) {
        AuditEntry entry = auditTrail.find(id, reader(staff))
                .orElseThrow(() -> new NotFound("audit event"));
        model.addAttribute("row", row(entry, names(entry.organisations()), ui));
        model.addAttribute("changes", BeforeAfter.between(entry.before(), entry.after()));
        model.addAttribute("before", BeforeAfter.pretty(entry.before()));
        model.addAttribute("after", BeforeAfter.pretty(entry.after()));
        return "accounts/auditEvent";
    }

    /**
     * Every event of the filtered list (not only one page) as CSV, streamed row by row: UTF-8 with a byte
     * order mark, without which Excel reads å, ä and ö as two characters each.
     */
    @GetMapping("/export")
    void export(@ModelAttribute AuditForm form, @ModelAttribute("ui") Ui ui, StaffMember staff,
                HttpServletResponse response) throws IOException {
        StaffMember viewer = reader(staff);
        List<Problem> problems = new ArrayList<>();
        AuditFilter filter = form.filter(problems);
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("andringslogg-" + LocalDate.now(Dates.SWEDEN) + ".csv").build().toString());
        Map<OrganisationId, String> names = new HashMap<>();
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(ui.t("audit.time"), ui.t("audit.actor"), ui.t("audit.organisations"),
                    ui.t("audit.subject"), ui.t("audit.action"), ui.t("audit.before"), ui.t("audit.after"));
            auditTrail.forEach(filter, viewer, entry -> {
                for (OrganisationId id : entry.organisations()) {
                    names.computeIfAbsent(id, this::name);
                }
                AuditRow row = row(entry, names, ui);
                try {
                    csv.printRecord(CSV_TIME.format(entry.occurredAt().atZoneSameInstant(Dates.SWEDEN)),
                            SpreadsheetCells.text(row.actor()), SpreadsheetCells.text(row.organisations()),
                            SpreadsheetCells.text(row.subject()), row.action(), SpreadsheetCells.text(entry.before()),
                            SpreadsheetCells.text(entry.after()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private AuditRow row(AuditEntry entry, Map<OrganisationId, String> names, Ui ui) {
        OffsetDateTime time = entry.occurredAt().atZoneSameInstant(Dates.SWEDEN).toOffsetDateTime();
        return new AuditRow(entry.id(), TIME.format(time), time.toString(),
                entry.actor() == null ? ui.t("audit.actor.none") : entry.actor(),
                entry.organisations().stream().map(id -> names.getOrDefault(id, id.toString()))
                        .collect(Collectors.joining(", ")),
                subject(ui, entry.subjectType()) + " " + entry.subjectId(),
                text(ui, "audit.action." + entry.action(), entry.action()));
    }

    private Map<OrganisationId, String> names(Collection<OrganisationId> ids) {
        return organisations.findAll(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private String name(OrganisationId id) {
        return organisations.find(id).map(Organisation::name).orElse(id.toString());
    }

    private static String subject(Ui ui, String type) {
        return text(ui, "audit.subject." + type, type);
    }

    /** A module may record words this page has no text for yet; those show as recorded. */
    private static String text(Ui ui, String key, String fallback) {
        String text = ui.t(key);
        return text.equals(key) ? fallback : text;
    }

    private StaffMember reader(StaffMember staff) {
        if (!auditTrail.readableBy(staff)) {
            throw new NotAllowed("Only administrators read the audit trail");
        }
        return staff;
    }
}
