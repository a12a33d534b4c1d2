package se.lofte.situation.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.lofte.accounts.StaffMember;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;
import se.lofte.shared.SpreadsheetCells;
import se.lofte.shared.Ui;
import se.lofte.situation.reports.PartOfDay;
import se.lofte.situation.reports.PlaceReports;
import se.lofte.situation.reports.ReportInput;
import se.lofte.situation.reports.ReportResult;
import se.lofte.situation.reports.ReportSummary;
import se.lofte.situation.reports.ReportingFor;
import se.lofte.situation.reports.WeeklyPicture;

/**
 * Place reports in the EST manner: the short form (mobile first, no JavaScript needed; a map is added
 * where the vendored Leaflet is present), the reporter's own reports with correction and withdrawal, and
 * the weekly picture of an organisation for its analysts, with a CSV export.
 */
@Controller
class PlaceReportPages {

    private static final String NOT_YOURS = "Not a report of the signed-in person";

    private static final int MINE_SHOWN = 30;

    private final PlaceReports reports;
    private final MapTiles tiles;

    /** The map's tiles are the same configuration as the incident map's (see the map page). */
    PlaceReportPages(PlaceReports reports, LofteProperties properties) {
        this.reports = reports;
        this.tiles = properties.map().tiles();
    }

    @GetMapping("/manage/situation/reports")
    String list(@RequestParam(required = false) Long organisation, @RequestParam(required = false) String week,
                StaffMember member, Model model) {
        List<Organisation> analysed = reports.weeklyPictureOrganisations(member);
        Optional<Organisation> chosen = analysed.stream()
                .filter(o -> organisation == null || o.id().value() == organisation).findFirst();
        LocalDate monday = monday(week).orElse(reports.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        // A change to a report redirects here with its notice or refusal as a flash attribute, in the model already.
        model.addAttribute("page", new PlaceReportListPage(reports.mine(member, MINE_SHOWN),
                !reports.reportingFor(member).isEmpty(), !reports.categoryOrganisations(member).isEmpty(), analysed,
                chosen, chosen.map(o -> reports.week(member, o.id(), monday)), isoWeek(monday),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), isoWeek(monday.minusWeeks(1)),
                isoWeek(monday.plusWeeks(1)), Optional.ofNullable((String) model.getAttribute("notice")),
                Optional.ofNullable((Problem) model.getAttribute("refusal"))));
        return "situation/reports/list";
    }

    /** The weekly picture's counts as CSV for a spreadsheet: UTF-8 with a byte order mark, separated by ';'. */
    @GetMapping("/manage/situation/reports/week.csv")
    void weekCsv(@RequestParam long organisation, @RequestParam(required = false) String week,
                 @ModelAttribute("ui") Ui ui, StaffMember member, HttpServletResponse response) throws IOException {
        LocalDate monday = monday(week).orElse(reports.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        WeeklyPicture picture = reports.week(member, new OrganisationId(organisation), monday);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"platsrapporter-" + isoWeek(monday) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
            csv.printRecord(ui.t("reports.csv.week"), ui.t("reports.place"), ui.t("reports.categories"),
                    ui.t("reports.count"));
            for (WeeklyPicture.Count count : picture.byPlaceAndCategory()) {
                // Place names and categories are typed by reporters or imported with the areas.
                csv.printRecord(isoWeek(monday), count.place() == null ? "" : SpreadsheetCells.text(count.place()),
                        SpreadsheetCells.text(count.category()), count.count());
            }
        }
    }

    @GetMapping("/manage/situation/reports/new")
    String newReport(@RequestParam(name = "for", required = false) String choice, StaffMember member, Model model) {
        List<ReportingFor> choices = reports.reportingFor(member);
        ReportingFor where = choices.size() == 1 ? choices.getFirst()
                : choices.stream().filter(c -> c.key().equals(choice)).findFirst().orElse(null);
        if (choices.isEmpty()) {
            throw new NotAllowed(NOT_YOURS);
        }
        ReportInput blank = where == null ? null : ReportInput.blank(where.organisation().value(),
                where.municipalityCode(), reports.today().toString());
        return form(member, choices, where, blank, null, FieldErrors.none(), model);
    }

    @PostMapping("/manage/situation/reports/new")
    String submit(@ModelAttribute ReportInput input, @ModelAttribute("ui") Ui ui, StaffMember member, Model model,
                  RedirectAttributes redirect) {
        ReportResult result = reports.submit(member, input);
        if (!result.saved()) {
            ReportingFor where = reports.reportingFor(member, input.organisation(), input.municipality()).orElseThrow();
            return form(member, reports.reportingFor(member), where, input, null, FieldErrors.of(result.problems(), ui),
                    model);
        }
        redirect.addFlashAttribute("notice", "reports.saved");
        return "redirect:/manage/situation/reports";
    }

    @GetMapping("/manage/situation/reports/{id}/edit")
    String edit(@PathVariable String id, StaffMember member, Model model, RedirectAttributes redirect) {
        ReportSummary report = reports.own(member, id).orElseThrow(() -> new NotAllowed(NOT_YOURS));
        if (!report.changeable()) {
            redirect.addFlashAttribute("refusal", report.withdrawn() ? Problem.of("report", "reports.problem.withdrawn")
                    : Problem.of("report", "reports.problem.tooLate", Long.toString(PlaceReports.CHANGEABLE_FOR.toDays())));
            return "redirect:/manage/situation/reports";
        }
        ReportInput input = report.content().input();
        ReportingFor where = reports.reportingFor(member, input.organisation(), input.municipality())
                .orElseThrow(() -> new NotAllowed(NOT_YOURS));
        return form(member, List.of(where), where, input, id, FieldErrors.none(), model);
    }

    @PostMapping("/manage/situation/reports/{id}/edit")
    String correct(@PathVariable String id, @ModelAttribute ReportInput input, @ModelAttribute("ui") Ui ui,
                   StaffMember member, Model model, RedirectAttributes redirect) {
        ReportResult result = reports.correct(member, id, input);
        if (!result.saved()) {
            if (result.problems().stream().anyMatch(p -> p.field().equals("report"))) {
                redirect.addFlashAttribute("refusal", result.problems().getFirst());
                return "redirect:/manage/situation/reports";
            }
            ReportInput stored = reports.own(member, id).orElseThrow().content().input();
            ReportingFor where = reports.reportingFor(member, stored.organisation(), stored.municipality())
                    .orElseThrow(() -> new NotAllowed(NOT_YOURS));
            return form(member, List.of(where), where, input, id, FieldErrors.of(result.problems(), ui), model);
        }
        redirect.addFlashAttribute("notice", "reports.corrected");
        return "redirect:/manage/situation/reports";
    }

    @PostMapping("/manage/situation/reports/{id}/withdraw")
    String withdraw(@PathVariable String id, StaffMember staff, RedirectAttributes redirect) {
        Optional<Problem> problem = reports.withdraw(staff, id);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("refusal", problem.get());
        } else {
            redirect.addFlashAttribute("notice", "reports.withdrawnNotice");
        }
        return "redirect:/manage/situation/reports";
    }

    private String form(StaffMember member, List<ReportingFor> choices, ReportingFor where, ReportInput input,
                        String editId, FieldErrors errors, Model model) {
        model.addAttribute("page", new PlaceReportFormPage(choices, Optional.ofNullable(where), Optional.ofNullable(input),
                Optional.ofNullable(editId), errors, List.of(PartOfDay.values()), tiles,
                Optional.ofNullable(where).map(reports::placeChoices),
                where == null ? List.of() : reports.categories(where.organisation())));
        return "situation/reports/form";
    }

    private static String isoWeek(LocalDate monday) {
        return "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** An ISO week such as {@code 2026-W45}; empty when missing or not a week. */
    private static Optional<LocalDate> monday(String week) {
        if (week == null || week.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
