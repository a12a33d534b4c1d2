package se.lofte.publishing.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

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

    /** The family name the stylesheet asks for; the only fonts the renderer knows are these files. */
    static final String FONT = "DejaVu Sans Condensed";
    private static final String FONTS = "report/fonts/";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final TemplateEngine templates;
    private final String css;

    static {
        // The renderer's own log goes through the application's, where logging.level.com.openhtmltopdf applies.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

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
                report.pageUrl());
    }

    /**
     * Renders any jte page made for paper the same way: {@code bookmarks} maps a heading's id to its name in the
     * PDF's outline, in the document's order; relative links resolve against {@code baseUrl}, which nothing is
     * loaded from.
     */
    byte[] render(String template, Map<String, Object> params, Map<String, String> bookmarks, String baseUrl) {
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
            svg.attr("font-family", FONT);
            // Its size on paper: the drawing's own units as CSS pixels (a 600-unit map is 15.9 cm wide).
            String[] box = svg.attr("viewBox").split(" ");
            if (box.length == 4) {
                svg.attr("width", Long.toString(Math.round(Double.parseDouble(box[2]))))
                        .attr("height", Long.toString(Math.round(Double.parseDouble(box[3]))));
            }
        }
        // A link annotation needs a description of its own (PDF/UA 7.18.5); the renderer takes it from the title.
        for (Element link : page.select("a[href]:not([title])")) {
            link.attr("title", link.text());
        }
        var out = new ByteArrayOutputStream(256 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // PDF/A-3u as well, for the archive: self-contained, with its colours defined (sRGB) and its text Unicode.
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.useSVGDrawer(new BatikSVGDrawer());
        // Nothing may be fetched while rendering, whatever a text says: only the data URIs the page itself made.
        builder.useExternalResourceAccessControl(ReportPdf::embedded, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(ReportPdf::embedded, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(builder, "DejaVuSansCondensed.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSansCondensed-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
        builder.withProducer("Löfte");
        builder.withW3cDocument(new W3CDom().fromJsoup(page), baseUrl);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean embedded(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        // For the SVG drawings too: their labels are text in the same embedded font, never a system font.
        builder.useFont(() -> stream(FONTS + file), FONT, weight, style, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG));
    }

    private static InputStream stream(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The report's font " + path + " is missing from the application", e);
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
