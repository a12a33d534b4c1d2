package se.lofte.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF/UA check is no formality: a PDF such as most tools write, untagged, fails it. */
class PdfUaTests {

    @Test
    void anUntaggedPdfWithAFontItDoesNotEmbedFails() throws IOException {
        var out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Medborgarlöfte för 2019");
                content.endText();
            }
            document.save(out);
        }
        assertThat(PdfUa.failures(out.toByteArray())).isNotEmpty()
                .anyMatch(failure -> failure.startsWith("7.1-"))
                .anyMatch(failure -> failure.startsWith("7.21.4.1-"));
    }
}
