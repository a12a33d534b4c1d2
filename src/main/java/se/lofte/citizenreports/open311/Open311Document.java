package se.lofte.citizenreports.open311;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

import se.lofte.shared.Markup;

/**
 * An answer with the name its root element has in XML ({@code services}, {@code service_requests},
 * {@code errors} …): JSON has no root name, so the same body is written as the array or object alone.
 */
record Open311Document(String root, Open311Node body) {

    String write(Open311Format format, JsonMapper json) {
        return switch (format) {
            case JSON -> json.writeValueAsString(plain(body));
            case XML -> xml();
        };
    }

    /** Plain Java values (maps, lists, strings, numbers) that the JSON mapper writes as they are. */
    private static Object plain(Open311Node node) {
        return switch (node) {
            case Open311Node.Text text -> text.value();
            case Open311Node.Decimal decimal -> decimal.value();
            case Open311Node.Whole whole -> whole.value();
            case Open311Node.Flag flag -> flag.value();
            case Open311Node.Fields fields -> {
                Map<String, Object> map = new LinkedHashMap<>();
                fields.fields().forEach((name, value) -> map.put(name, plain(value)));
                yield map;
            }
            case Open311Node.Items items -> {
                List<Object> list = new ArrayList<>();
                items.items().forEach(item -> list.add(plain(item)));
                yield list;
            }
        };
    }

    /**
     * UTF-8 with the XML declaration, as the specification asks. Every text goes through
     * {@link Markup#xmlCharacters}: a character XML forbids, stored before input refused it, would otherwise leave
     * a document no client can parse.
     */
    private String xml() {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, body);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Open311 document " + root + " cannot be written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Open311Node node) throws XMLStreamException {
        switch (node) {
            case Open311Node.Text text -> leaf(xml, name, text.value());
            case Open311Node.Decimal decimal -> leaf(xml, name, decimal.value() == null ? null
                    : BigDecimal.valueOf(decimal.value()).toPlainString());
            case Open311Node.Whole whole -> leaf(xml, name, Long.toString(whole.value()));
            case Open311Node.Flag flag -> leaf(xml, name, Boolean.toString(flag.value()));
            case Open311Node.Fields fields -> {
                xml.writeStartElement(name);
                for (var field : fields.fields().entrySet()) {
                    element(xml, field.getKey(), field.getValue());
                }
                xml.writeEndElement();
            }
            case Open311Node.Items items -> {
                xml.writeStartElement(name);
                for (Open311Node item : items.items()) {
                    element(xml, items.item(), item);
                }
                xml.writeEndElement();
            }
        }
    }

    private static void leaf(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(Markup.xmlCharacters(value));
        xml.writeEndElement();
    }
}
