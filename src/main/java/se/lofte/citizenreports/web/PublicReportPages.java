package se.lofte.citizenreports.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.lofte.citizenreports.CitizenReportAddresses;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.PublicReport;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.shared.NotFound;

/**
 * The public pages of reports: a municipality's published reports by district with their status, newest first
 * and paged, and one report with its answer. Read-only and without a session; the page cache keeps the pages
 * without a query until a report of any municipality changes ({@code CitizenReportsChanged}).
 */
@Controller
class PublicReportPages {

    private final CitizenReports reports;
    private final Organisations organisations;

    PublicReportPages(CitizenReports reports, Organisations organisations) {
        this.reports = reports;
        this.organisations = organisations;
    }

    @GetMapping("/kommun/{slug}/rapporter")
    ModelAndView list(@PathVariable String slug, @RequestParam(name = "sida", defaultValue = "1") int page,
                      @RequestParam(name = "omrade", required = false) Long district) {
        Organisation municipality = municipality(slug);
        var districts = reports.districts(municipality.scbCode());
        Long chosen = district != null && districts.stream().anyMatch(d -> d.id() == district) ? district : null;
        var view = new ModelAndView("citizenreports/list");
        view.addObject("municipality", municipality);
        view.addObject("districts", districts);
        view.addObject("district", chosen);
        view.addObject("list", reports.page(municipality.scbCode(), chosen, page));
        return view;
    }

    @GetMapping("/kommun/{slug}/rapporter/{id}")
    ModelAndView report(@PathVariable String slug, @PathVariable CitizenReportId id) {
        Organisation municipality = municipality(slug);
        var found = reports.publicReport(id).filter(r -> r.municipalityCode().equals(municipality.scbCode()));
        if (found.isEmpty()) {
            CitizenReportId into = reports.mergedInto(id).orElseThrow(() -> new NotFound("citizen report"));
            var view = new ModelAndView("citizenreports/merged");
            view.addObject("municipality", municipality);
            view.addObject("number", id);
            view.addObject("into", into);
            return view;
        }
        PublicReport report = found.get();
        var view = new ModelAndView("citizenreports/report");
        view.addObject("municipality", municipality);
        view.addObject("report", report);
        view.addObject("district", reports.district(id).orElse(null));
        view.addObject("supporters", reports.supporters(id));
        view.addObject("photo", report.hasPhoto() ? CitizenReportAddresses.photo(slug, id) : null);
        return view;
    }

    @GetMapping("/kommun/{slug}/rapporter/{id}/foto.jpg")
    ResponseEntity<byte[]> photo(@PathVariable String slug, @PathVariable CitizenReportId id) {
        Organisation municipality = municipality(slug);
        reports.publicReport(id).filter(r -> r.municipalityCode().equals(municipality.scbCode()))
                .orElseThrow(() -> new NotFound("citizen report"));
        byte[] jpeg = reports.publicPhoto(id).orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic()).body(jpeg);
    }

    private Organisation municipality(String slug) {
        return organisations.municipalityBySlug(slug).orElseThrow(() -> new NotFound("municipality"));
    }
}
