package se.lofte.publishing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import se.lofte.testing.SeedText;

/**
 * A promise's report PDF as its readers get it: the text a reader copies, the bookmarks, the fonts, the alternative
 * text of its figures as a screen reader announces them, and every page drawn as a printer would, kept as PNG images
 * in {@code target/screenshots} for a person to look at.
 */
public final class ReportPdfs {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ReportPdfs() {
    }

    /** The document's text as a reader gets it: the page numbers in the margins left out, whitespace normalised. */
    public static String text(PDDocument document) throws IOException {
        return SeedText.normalise(new PDFTextStripper().getText(document).replaceAll("(?m)^\\d+ / \\d+$", " "));
    }

    /** The titles of the top-level bookmarks, in order. */
    public static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        var outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }

    /** Every font the pages use, in their text and in the drawings (form XObjects) they place. */
    public static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            fonts(page.getResources(), fonts);
        }
        return fonts;
    }

    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    /** The alternative text of every tagged element that has one (the charts and the map), in reading order. */
    public static List<String> alternativeTexts(PDDocument document) {
        List<String> texts = new ArrayList<>();
        var root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            alternativeTexts(root, texts);
        }
        return texts;
    }

    private static void alternativeTexts(PDStructureNode node, List<String> texts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getAlternateDescription() != null) {
                    texts.add(SeedText.normalise(element.getAlternateDescription()));
                }
                alternativeTexts(element, texts);
            }
        }
    }

    /**
     * Draws every page at this resolution and writes it to {@code target/screenshots/<name>-page<n>.png}; the
     * images, first page first.
     */
    public static List<BufferedImage> pages(PDDocument document, String name, int dpi) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var renderer = new PDFRenderer(document);
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            BufferedImage page = renderer.renderImageWithDPI(i, dpi);
            if (!ImageIO.write(page, "png", SCREENSHOTS.resolve(name + "-page" + (i + 1) + ".png").toFile())) {
                throw new IOException("No PNG writer for " + name);
            }
            pages.add(page);
        }
        return pages;
    }

    /** Whether anything is drawn on the page: a pixel that is not near white. */
    public static boolean inked(BufferedImage page) {
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    return true;
                }
            }
        }
        return false;
    }
}
