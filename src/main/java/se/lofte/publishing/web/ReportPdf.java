package se.lofte.publishing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import se.lofte.shared.AccessiblePdf;
import se.lofte.shared.Ui;

/**
 * Renders a promise's report as an accessible PDF (PDF/UA-1) from the same jte page the printable view
 * shows, with openhtmltopdf on PDFBox: tagged (its structure follows the HTML's headings, lists and tables),
 * in the page's language, titled in its document information and XMP metadata, with a bookmark per section,
 * every chart and the map drawn as vector graphics (Batik) with their description as alternative text, and the
 * fonts it shipped with embedded (DejaVu Sans Condensed, see {@code report/fonts/LICENSE-DejaVu.txt}), never a
 * system font. It reads nothing from the network: its own stylesheet ({@code report/report-pdf.css}) and the legend's
 * colours it shares with the printable page ({@code static/css/legend.css}) are put inline, and the picture is a
 * data URI.
 */
@Component
class ReportPdf {

    private final TemplateEngine templates;
    private final String css;

    ReportPdf(TemplateEngine templates) {
        this.templates = templates;
        // The legend's colours are the printable page's own stylesheet, so the two forms cannot drift apart.
        this.css = read("report/report-pdf.css") + read("static/css/legend.css");
    }

    byte[] render(PromiseReport report, Ui ui) {
        Map<String, String> bookmarks = new LinkedHashMap<>();
        for (ReportSection section : report.sections()) {
            bookmarks.put(section.id(), ui.t(section.headingKey()));
        }
        return render("publishing/report.jte", Map.of("ui", ui, "report", report, "pdf", true), bookmarks,
                report.pageUrl(), report.asOf());
    }

    /**
     * Renders any jte page made for paper the same way: {@code bookmarks} maps a heading's id to its name in the
     * PDF's outline, in the document's order; relative links resolve against {@code baseUrl}, which nothing is
     * loaded from; {@code created} is the PDF's creation date, the moment the document is of.
     */
    byte[] render(String template, Map<String, Object> params, Map<String, String> bookmarks, String baseUrl,
                  Instant created) {
        var html = new StringOutput();
        templates.render(template, params, html);
        Document page = Jsoup.parse(html.toString());
        page.head().appendElement("style").appendChild(new DataNode(css));
        Element marks = page.head().appendElement("bookmarks");
        bookmarks.forEach((id, name) -> marks.appendElement("bookmark").attr("name", name).attr("href", "#" + id));
        // openhtmltopdf takes a replaced element's alternative text from its alt attribute; the charts and the map
        // say what they show in their SVG title and description, which are the same words.
        for (Element svg : page.select("svg")) {
            Element title = svg.selectFirst("title");
            Element desc = svg.selectFirst("desc");
            svg.attr("alt", ((title == null ? "" : title.text() + ". ") + (desc == null ? "" : desc.text())).strip());
            svg.attr("font-family", AccessiblePdf.FONT);
            // Its size on paper: the drawing's own units as CSS pixels (a 600-unit map is 15.9 cm wide).
            String[] box = svg.attr("viewBox").split(" ");
            if (box.length == 4) {
                svg.attr("width", Long.toString(Math.round(Double.parseDouble(box[2]))))
                        .attr("height", Long.toString(Math.round(Double.parseDouble(box[3]))));
            }
        }
        return AccessiblePdf.write(page, baseUrl, created);
    }



    private static InputStream stream(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The report's file " + path + " is missing from the application", e);
        }
    }

    /** A text file the application ships, in UTF-8. */
    static String read(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
