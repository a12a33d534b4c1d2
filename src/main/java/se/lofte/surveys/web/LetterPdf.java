package se.lofte.surveys.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the letters of a survey's one-time codes as a PDF to print: A4, one letter a page, tagged (PDF/UA-1) and
 * self-contained (PDF/A-3u) in the report's embedded font, as the promise report is made, so that a printer at the
 * municipality prints exactly what was checked on screen. Nothing is fetched while rendering.
 */
@Component
class LetterPdf {

    private static final String FONT = "DejaVu Sans Condensed";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final TemplateEngine templates;

    LetterPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Map<String, Object> params, String baseUrl) {
        var html = new StringOutput();
        templates.render("surveys/letters.jte", params, html);
        Document page = Jsoup.parse(html.toString());
        // A link annotation needs a description of its own (PDF/UA 7.18.5); the renderer takes it from the title.
        for (Element link : page.select("a[href]:not([title])")) {
            link.attr("title", link.text());
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        builder.useExternalResourceAccessControl(LetterPdf::nothing, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(LetterPdf::nothing, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(builder, "DejaVuSansCondensed.ttf", 400);
        font(builder, "DejaVuSansCondensed-Bold.ttf", 700);
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

    private static boolean nothing(String uri, ExternalResourceType type) {
        return false;
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(() -> stream("report/fonts/" + file), FONT, weight, BaseRendererBuilder.FontStyle.NORMAL, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT));
    }

    private static InputStream stream(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The letters' font " + path + " is missing from the application", e);
        }
    }
}
