package se.lofte.citizenreports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.citizenreports.CitizenReportAddresses;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.PublicReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.Submission;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.ClientAddress;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.MapTiles;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Ui;

/**
 * The residents' report form, without signing in and without JavaScript: the form, "Samma sak?" as a second step
 * when open published reports of the same category lie near, and the receipt with the report's number. The form
 * carries a submission key made when it was shown, so that a resent form (a reload, a double click) lands on the
 * same receipt and stores nothing twice.
 */
@Controller
class ReportFormPages {

    /** The field only robots fill in: a person never sees it. */
    static final String TRAP = "website";

    private final CitizenReports reports;
    private final Organisations organisations;
    private final MapTiles tiles;

    ReportFormPages(CitizenReports reports, Organisations organisations, LofteProperties properties) {
        this.reports = reports;
        this.organisations = organisations;
        this.tiles = properties.map().tiles();
    }

    @GetMapping("/kommun/{slug}/rapportera")
    ModelAndView form(@PathVariable String slug) {
        Organisation municipality = municipality(slug);
        return form(municipality, ReportForm.empty(UUID.randomUUID().toString()), FieldErrors.none(), false,
                HttpStatus.OK);
    }

    @PostMapping("/kommun/{slug}/rapportera")
    ModelAndView send(@PathVariable String slug, @RequestParam(required = false) String key,
                      @RequestParam(required = false) String category, @RequestParam(required = false) String description,
                      @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
                      @RequestParam(required = false) String placeInWords,
                      @RequestParam(required = false) String districtId,
                      @RequestParam(required = false) List<String> partOfDay,
                      @RequestParam(required = false) List<String> weekday,
                      @RequestParam(required = false) String email,
                      @RequestParam(required = false) MultipartFile photo,
                      @RequestParam(name = TRAP, required = false) String trap,
                      @RequestParam(required = false) String anyway, @ModelAttribute("ui") Ui ui,
                      HttpServletRequest request) throws IOException {
        Organisation municipality = municipality(slug);
        if (trap != null && !trap.isBlank()) {
            // A robot: it is thanked as a person would be, and nothing is stored.
            return new ModelAndView("citizenreports/thanks", "municipality", municipality);
        }
        ReportForm form = new ReportForm(key == null || key.isBlank() ? UUID.randomUUID().toString() : key, category,
                description, latitude, longitude, placeInWords, districtId, partOfDay, weekday, email);
        byte[] picture = photo == null || photo.isEmpty() ? null : photo.getBytes();
        NewReport report = form.toReport(municipality.scbCode(), picture);
        boolean resent = reports.bySubmissionKey(form.key()).isPresent();
        if (!resent) {
            List<Problem> problems = problems(form, report);
            if (!problems.isEmpty()) {
                return form(municipality, form, FieldErrors.of(problems, ui), picture != null,
                        HttpStatus.UNPROCESSABLE_CONTENT);
            }
            if (anyway == null) {
                List<PublicReport> near = reports.nearby(municipality.scbCode(), report.category(), report.latitude(),
                        report.longitude(), report.districtId());
                if (!near.isEmpty()) {
                    return same(municipality, form, near, picture != null);
                }
            }
        }
        Submission sent = reports.submit(report, ClientAddress.of(request.getRemoteAddr()));
        return switch (sent) {
            case Submission.Received received -> new ModelAndView("redirect:" + receiptAddress(slug, form.key()));
            case Submission.Refused refused -> form(municipality, form, FieldErrors.of(refused.problems(), ui),
                    picture != null, refused.problems().stream().anyMatch(p -> p.code().startsWith("cr.problem.tooMany"))
                            ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    /** "Yes, the same": one more supporter of that report, nothing else stored. */
    @PostMapping("/kommun/{slug}/rapportera/samma-sak")
    ModelAndView same(@PathVariable String slug, @RequestParam(required = false) String key,
                      @RequestParam(required = false) Long report) {
        Organisation municipality = municipality(slug);
        if (report == null || reports.publicReport(new CitizenReportId(report))
                .filter(r -> r.municipalityCode().equals(municipality.scbCode())).isEmpty()) {
            throw new NotFound("citizen report");
        }
        reports.support(new CitizenReportId(report), key);
        return new ModelAndView("redirect:" + CitizenReportAddresses.form(slug) + "/samma-sak/" + report);
    }

    @GetMapping("/kommun/{slug}/rapportera/samma-sak/{id}")
    ModelAndView supported(@PathVariable String slug, @PathVariable CitizenReportId id) {
        Organisation municipality = municipality(slug);
        PublicReport report = reports.publicReport(id).filter(r -> r.municipalityCode().equals(municipality.scbCode()))
                .orElseThrow(() -> new NotFound("citizen report"));
        var page = new ModelAndView("citizenreports/supported");
        page.addObject("municipality", municipality);
        page.addObject("report", report);
        return page;
    }

    /** The receipt, found by the form's submission key: it tells the number, nothing else. */
    @GetMapping("/kommun/{slug}/rapportera/kvitto/{key}")
    ModelAndView receipt(@PathVariable String slug, @PathVariable String key) {
        Organisation municipality = municipality(slug);
        CitizenReportId id = reports.bySubmissionKey(key).orElseThrow(() -> new NotFound("citizen report"));
        var page = new ModelAndView("citizenreports/receipt");
        page.addObject("municipality", municipality);
        page.addObject("number", id);
        return page;
    }

    private List<Problem> problems(ReportForm form, NewReport report) {
        List<Problem> problems = new ArrayList<>();
        if (form.unreadablePoint()) {
            problems.add(Problem.of("latitude", "cr.problem.pointInvalid"));
        }
        for (Problem p : reports.problems(report)) {
            boolean placeMissing = p.code().equals("cr.problem.placeMissing");
            if (!(placeMissing && form.unreadablePoint()) && !problems.contains(p)) {
                problems.add(p);
            }
        }
        return problems;
    }

    private ModelAndView form(Organisation municipality, ReportForm form, FieldErrors errors, boolean photoChosen,
                              HttpStatus status) {
        var page = new ModelAndView("citizenreports/form");
        page.addObject("page", new FormPage(municipality, form, errors, photoChosen, List.of(ReportCategory.values()),
                reports.districts(municipality.scbCode()), reports.box(municipality.scbCode()), tiles, List.of()));
        page.setStatus(status);
        return page;
    }

    private ModelAndView same(Organisation municipality, ReportForm form, List<PublicReport> near, boolean photoChosen) {
        var page = new ModelAndView("citizenreports/same");
        page.addObject("page", new FormPage(municipality, form, FieldErrors.none(), photoChosen,
                List.of(ReportCategory.values()), reports.districts(municipality.scbCode()),
                reports.box(municipality.scbCode()), tiles, near));
        return page;
    }

    private static String receiptAddress(String slug, String key) {
        return CitizenReportAddresses.form(slug) + "/kvitto/" + key;
    }

    private Organisation municipality(String slug) {
        return organisations.municipalityBySlug(slug).orElseThrow(() -> new NotFound("municipality"));
    }
}
