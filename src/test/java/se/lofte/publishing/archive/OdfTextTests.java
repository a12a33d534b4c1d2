package se.lofte.publishing.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text a person typed stays text in an ODF document: markup, a CDATA end, quotes and ampersands are escaped,
 * and characters XML 1.0 cannot hold (control characters, a lone surrogate) become U+FFFD rather than a file no
 * word processor opens. Line breaks, tables and lists keep their shape.
 */
class OdfTextTests {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @Test
    void hostileTextIsWrittenAsTextInEveryPartOfTheDocument() throws Exception {
        String hostile = "<script>x</script> ]]> & \"q\" 'a' \u0000nul\u0001\u001b\u007f\u0085\u202e\ud800 😀";
        String safe = "<script>x</script> ]]> & \"q\" 'a' \uFFFDnul\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD 😀";
        var blocks = List.<DocumentBlock>of(new DocumentBlock.Heading(1, "a", "Rubrik " + hostile),
                new DocumentBlock.Paragraph("Första raden\nAndra " + hostile),
                new DocumentBlock.Items(List.of(hostile)),
                new DocumentBlock.Table(hostile, List.of("A", "B"), List.of(List.of(hostile, "2"))));
        var out = new ByteArrayOutputStream();
        OdfText.write("Titel " + hostile, "sv-SE", OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), blocks,
                out);

        Document content = null;
        Document meta = null;
        List<String> names = new ArrayList<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("content.xml")) {
                    content = parse(bytes);
                } else if (e.getName().equals("meta.xml")) {
                    meta = parse(bytes);
                }
            }
        }
        assertThat(names).containsExactly("mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
        assertThat(content.getElementsByTagNameNS(TEXT, "h").item(0).getTextContent()).isEqualTo("Rubrik " + safe);
        NodeList paragraphs = content.getElementsByTagNameNS(TEXT, "p");
        assertThat(paragraphs.item(0).getTextContent()).isEqualTo("Första radenAndra " + safe);
        assertThat(content.getElementsByTagNameNS(TEXT, "line-break").getLength()).isEqualTo(1);
        assertThat(content.getElementsByTagNameNS(TEXT, "list-item").item(0).getTextContent()).isEqualTo(safe);
        assertThat(content.getElementsByTagNameNS(TABLE, "table-row").getLength()).isEqualTo(2);
        assertThat(content.getElementsByTagNameNS(TABLE, "table-cell").item(2).getTextContent()).isEqualTo(safe);
        assertThat(content.getElementsByTagName("script").getLength()).isZero();
        assertThat(meta.getElementsByTagNameNS(DC, "title").item(0).getTextContent()).isEqualTo("Titel " + safe);
    }

    private static Document parse(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
