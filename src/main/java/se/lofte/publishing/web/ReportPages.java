package se.lofte.publishing.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import se.lofte.shared.Ui;

/**
 * A published promise as a document, for the municipal council, the police area's management and the
 * archive: a printable page and the same as an accessible PDF. Both show the latest revision. The PDF is costly
 * to render, so it is kept by the public page cache like the pages (under its path and language, until
 * anything it shows changes).
 */
@Controller
class ReportPages {

    private static final String PROMISE = "/kommun/{slug}/medborgarlofte/{year}";

    private final PromiseReports reports;
    private final ReportPdf pdf;

    ReportPages(PromiseReports reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping(PROMISE + "/rapport")
    String page(@PathVariable String slug, @PathVariable int year, Model model) {
        model.addAttribute("report", reports.report(slug, year, false));
        model.addAttribute("pdf", false);
        return "publishing/report";
    }

    @GetMapping(PROMISE + "/rapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @PathVariable int year, @ModelAttribute("ui") Ui ui) {
        PromiseReport report = reports.report(slug, year, true);
        String file = "medborgarlofte-" + slug + "-" + report.content().startYear()
                + (ui.english() ? "-en" : "") + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf.render(report, ui));
    }
}
