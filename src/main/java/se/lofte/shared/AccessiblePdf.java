package se.lofte.shared;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
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
 *
 * <p>The same page written twice is the same file, byte for byte, on any node and after any restart: the creation
 * date (document information and XMP) is the moment the caller says the document is of, not the moment of
 * writing, and the file identifier is drawn from the page itself. A public PDF is cached and validated by a hash
 * of its bytes, so a file that changed with every writing would make every node's copy a different version.
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

    /**
     * The PDF of {@code page}, created at {@code created}; relative links resolve against {@code baseUrl}, which
     * nothing is loaded from.
     */
    public static byte[] write(Document page, String baseUrl, Instant created) {
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
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new FixedIdentity(created, page.outerHtml()));
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Sets, just before the file is saved, what the renderer would take from the clock: the creation date in the
     * document information and in the XMP metadata (PDF/A wants the two equal), and the seed of the file
     * identifier, which PDFBox otherwise draws from the current time. The XMP date is replaced in the metadata's
     * text rather than by reading the metadata back: it holds the page's title, and a title that is hostile text
     * is escaped when written but need not read back.
     */
    private record FixedIdentity(Instant created, String html) implements PDFCreationListener {

        private static final Pattern XMP_DATE = Pattern.compile("<xmp:(CreateDate|ModifyDate)>[^<]*</xmp:\\1>");
        private static final DateTimeFormatter XMP_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument document = renderer.getPdfDocument();
            // A PDF date has whole seconds; the XMP date says the same.
            ZonedDateTime at = created.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
            document.getDocumentInformation().setCreationDate(GregorianCalendar.from(at));
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                try {
                    String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
                    String date = XMP_FORMAT.format(at);
                    String dated = XMP_DATE.matcher(xmp)
                            .replaceAll(m -> "<xmp:" + m.group(1) + ">" + date + "</xmp:" + m.group(1) + ">");
                    metadata.importXMPMetadata(dated.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            document.setDocumentId(seed());
        }

        private long seed() {
            byte[] digest = Sha256.digest().digest((created + "\n" + html).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        }
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
