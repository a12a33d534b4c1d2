package se.lofte.publishing.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.io.output.CloseShieldOutputStream;

import se.lofte.shared.ControlCharacters;

/**
 * Writes an editable ODF text document (OpenDocument 1.3, .odt), the format LibreOffice keeps and Word opens: a
 * ZIP whose first entry is {@code mimetype}, stored uncompressed (how a reader recognises the package), then the
 * manifest, the content, the styles and the metadata. Headings are outline headings ({@code text:h} with an
 * outline level, styled Heading_20_1 to Heading_20_3), so that a word processor shows them in its navigator and
 * can make a table of contents. Every text goes through an XML writer, which escapes it; a character XML 1.0
 * cannot hold at all (most control characters) is written as U+FFFD instead, so that no text can break the file.
 */
public final class OdfText {

    public static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    /** The prefixes every part but the manifest declares on its root. */
    private static final Map<String, String> NAMESPACES = namespaces();
    private static final String VERSION = "1.3";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private OdfText() {
    }

    private static Map<String, String> namespaces() {
        Map<String, String> namespaces = new LinkedHashMap<>();
        namespaces.put("office", OFFICE);
        namespaces.put("text", TEXT);
        namespaces.put("table", TABLE);
        namespaces.put("style", STYLE);
        namespaces.put("fo", FO);
        namespaces.put("meta", META);
        namespaces.put("dc", DC);
        return namespaces;
    }

    /**
     * Writes the document to {@code out} (which stays open): {@code title} goes into its metadata and {@code
     * language} (a BCP 47 tag such as sv-SE) becomes the language of its text and metadata.
     */
    public static void write(String title, String language, OffsetDateTime created, List<DocumentBlock> blocks,
                             OutputStream out) throws IOException {
        var zip = new ZipOutputStream(CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8);
        byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry first = new ZipEntry("mimetype");
        first.setMethod(ZipEntry.STORED);
        first.setSize(mimetype.length);
        first.setCompressedSize(mimetype.length);
        var crc = new CRC32();
        crc.update(mimetype);
        first.setCrc(crc.getValue());
        zip.putNextEntry(first);
        zip.write(mimetype);
        zip.closeEntry();
        xml(zip, "META-INF/manifest.xml", OdfText::manifest);
        xml(zip, "content.xml", w -> content(w, language, blocks));
        xml(zip, "styles.xml", w -> styles(w, language));
        xml(zip, "meta.xml", w -> meta(w, title, language, created));
        zip.finish();
    }

    private interface Part {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(ZipOutputStream zip, String path, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(CloseShieldOutputStream.wrap(zip), "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            part.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("Could not write " + path, e));
        }
        zip.closeEntry();
    }

    private static void manifest(XMLStreamWriter w) throws XMLStreamException {
        w.setPrefix("manifest", MANIFEST);
        w.writeStartElement(MANIFEST, "manifest");
        w.writeNamespace("manifest", MANIFEST);
        w.writeAttribute(MANIFEST, "version", VERSION);
        file(w, "/", MEDIA_TYPE);
        for (String part : List.of("content.xml", "styles.xml", "meta.xml")) {
            file(w, part, "text/xml");
        }
        w.writeEndElement();
    }

    private static void file(XMLStreamWriter w, String path, String mediaType) throws XMLStreamException {
        w.writeEmptyElement(MANIFEST, "file-entry");
        w.writeAttribute(MANIFEST, "full-path", path);
        if ("/".equals(path)) {
            w.writeAttribute(MANIFEST, "version", VERSION);
        }
        w.writeAttribute(MANIFEST, "media-type", mediaType);
    }

    private static void root(XMLStreamWriter w, String element) throws XMLStreamException {
        for (var ns : NAMESPACES.entrySet()) {
            w.setPrefix(ns.getKey(), ns.getValue());
        }
        w.writeStartElement(OFFICE, element);
        for (var ns : NAMESPACES.entrySet()) {
            w.writeNamespace(ns.getKey(), ns.getValue());
        }
        w.writeAttribute(OFFICE, "version", VERSION);
    }

    private static void content(XMLStreamWriter w, String language, List<DocumentBlock> blocks)
            throws XMLStreamException {
        root(w, "document-content");
        w.writeStartElement(OFFICE, "body");
        w.writeStartElement(OFFICE, "text");
        int tables = 0;
        for (DocumentBlock block : blocks) {
            switch (block) {
                case DocumentBlock.Heading h -> {
                    w.writeStartElement(TEXT, "h");
                    w.writeAttribute(TEXT, "style-name", "Heading_20_" + h.level());
                    w.writeAttribute(TEXT, "outline-level", Integer.toString(h.level()));
                    text(w, h.text());
                    w.writeEndElement();
                }
                case DocumentBlock.Paragraph p -> paragraph(w, "Text_20_body", p.text());
                case DocumentBlock.Items items -> {
                    w.writeStartElement(TEXT, "list");
                    w.writeAttribute(TEXT, "style-name", "List_20_1");
                    for (String item : items.items()) {
                        w.writeStartElement(TEXT, "list-item");
                        paragraph(w, "List_20_Contents", item);
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                }
                case DocumentBlock.Table t -> {
                    paragraph(w, "Table_20_Heading", t.caption());
                    w.writeStartElement(TABLE, "table");
                    w.writeAttribute(TABLE, "name", "Tabell" + ++tables);
                    w.writeEmptyElement(TABLE, "table-column");
                    w.writeAttribute(TABLE, "number-columns-repeated", Integer.toString(t.head().size()));
                    w.writeStartElement(TABLE, "table-header-rows");
                    row(w, t.head(), "Table_20_Heading");
                    w.writeEndElement();
                    for (List<String> r : t.rows()) {
                        row(w, r, "Table_20_Contents");
                    }
                    w.writeEndElement();
                }
            }
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void row(XMLStreamWriter w, List<String> cells, String style) throws XMLStreamException {
        w.writeStartElement(TABLE, "table-row");
        for (String cell : cells) {
            w.writeStartElement(TABLE, "table-cell");
            w.writeAttribute(OFFICE, "value-type", "string");
            paragraph(w, style, cell);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter w, String style, String text) throws XMLStreamException {
        w.writeStartElement(TEXT, "p");
        w.writeAttribute(TEXT, "style-name", style);
        text(w, text);
        w.writeEndElement();
    }

    /** Text with its line breaks as ODF line breaks; the writer escapes markup, the rest is made valid XML here. */
    private static void text(XMLStreamWriter w, String text) throws XMLStreamException {
        String[] lines = valid(text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                w.writeEmptyElement(TEXT, "line-break");
            }
            w.writeCharacters(lines[i]);
        }
    }

    /** The text with every character XML 1.0 cannot hold, and every other control character, as U+FFFD. */
    static String valid(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(lone || ControlCharacters.isControl(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static void styles(XMLStreamWriter w, String language) throws XMLStreamException {
        String[] tag = language.split("-");
        root(w, "document-styles");
        w.writeStartElement(OFFICE, "styles");
        w.writeStartElement(STYLE, "default-style");
        w.writeAttribute(STYLE, "family", "paragraph");
        w.writeEmptyElement(STYLE, "text-properties");
        w.writeAttribute(FO, "language", tag[0]);
        if (tag.length > 1) {
            w.writeAttribute(FO, "country", tag[1]);
        }
        w.writeAttribute(FO, "font-size", "11pt");
        w.writeEndElement();
        paragraphStyle(w, "Standard", "Standard", null, null, null);
        paragraphStyle(w, "Text_20_body", "Text body", "Standard", null, null);
        paragraphStyle(w, "Heading", "Heading", "Standard", "16pt", null);
        paragraphStyle(w, "Heading_20_1", "Heading 1", "Heading", "18pt", 1);
        paragraphStyle(w, "Heading_20_2", "Heading 2", "Heading", "14pt", 2);
        paragraphStyle(w, "Heading_20_3", "Heading 3", "Heading", "12pt", 3);
        paragraphStyle(w, "List_20_Contents", "List Contents", "Standard", null, null);
        paragraphStyle(w, "Table_20_Contents", "Table Contents", "Standard", null, null);
        paragraphStyle(w, "Table_20_Heading", "Table Heading", "Table_20_Contents", "11pt", null);
        w.writeStartElement(TEXT, "list-style");
        w.writeAttribute(STYLE, "name", "List_20_1");
        w.writeAttribute(STYLE, "display-name", "List 1");
        w.writeStartElement(TEXT, "list-level-style-bullet");
        w.writeAttribute(TEXT, "level", "1");
        w.writeAttribute(TEXT, "bullet-char", "•");
        w.writeEmptyElement(STYLE, "list-level-properties");
        w.writeAttribute(TEXT, "list-level-position-and-space-mode", "label-alignment");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    /** A paragraph style; a size makes it bold (headings, table heads), a level makes it an outline heading. */
    private static void paragraphStyle(XMLStreamWriter w, String name, String displayName, String parent, String size,
                                       Integer level) throws XMLStreamException {
        w.writeStartElement(STYLE, "style");
        w.writeAttribute(STYLE, "name", name);
        w.writeAttribute(STYLE, "display-name", displayName);
        w.writeAttribute(STYLE, "family", "paragraph");
        if (parent != null) {
            w.writeAttribute(STYLE, "parent-style-name", parent);
        }
        if (level != null) {
            w.writeAttribute(STYLE, "default-outline-level", level.toString());
            w.writeAttribute(STYLE, "class", "text");
        }
        if (size != null) {
            w.writeEmptyElement(STYLE, "paragraph-properties");
            w.writeAttribute(FO, "margin-top", "0.4cm");
            w.writeAttribute(FO, "margin-bottom", "0.2cm");
            w.writeAttribute(FO, "keep-with-next", "always");
            w.writeEmptyElement(STYLE, "text-properties");
            w.writeAttribute(FO, "font-size", size);
            w.writeAttribute(FO, "font-weight", "bold");
        } else {
            w.writeEmptyElement(STYLE, "paragraph-properties");
            w.writeAttribute(FO, "margin-bottom", "0.2cm");
        }
        w.writeEndElement();
    }

    private static void meta(XMLStreamWriter w, String title, String language, OffsetDateTime created)
            throws XMLStreamException {
        root(w, "document-meta");
        w.writeStartElement(OFFICE, "meta");
        element(w, DC, "title", valid(title));
        element(w, DC, "language", language);
        element(w, META, "generator", "Löfte");
        String time = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(created.withOffsetSameInstant(ZoneOffset.UTC)
                .withNano(0).toLocalDateTime());
        element(w, META, "creation-date", time);
        element(w, DC, "date", time);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String namespace, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(namespace, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
