package se.lofte.shared;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes an HTML page made for paper as a PDF that every Löfte document shares the rules of: tagged for assistive
 * technology (PDF/UA-1, its structure following the HTML's headings, lists and tables), self-contained for the
 * archive (PDF/A-3u: sRGB colours, Unicode text), in the fonts Löfte ships (DejaVu Sans Condensed, see
 * {@code report/fonts/LICENSE-DejaVu.txt}; never a system font, also for the labels of SVG drawings, which Batik
 * draws as vectors), and reading nothing from the network whatever a text says: only the data URIs the page itself
 * holds. The page's own preparation (stylesheet, bookmarks, alternative texts) is the caller's.
 */
public final class AccessiblePdf {

    /** The family name a stylesheet asks for; the only fonts the renderer knows are these files. */
    public static final String FONT = "DejaVu Sans Condensed";
    private static final String FONTS = "report/fonts/";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // The renderer's own log goes through the application's, where logging.level.com.openhtmltopdf applies.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private AccessiblePdf() {
    }

    /** The PDF of {@code page}; relative links resolve against {@code baseUrl}, which nothing is loaded from. */
    public static byte[] write(Document page, String baseUrl) {
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
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl(AccessiblePdf::embedded,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(AccessiblePdf::embedded,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
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
        builder.useFont(() -> stream(FONTS + file), FONT, weight, style, true,
                EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG));
    }

    private static InputStream stream(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing from the application", e);
        }
    }
}
