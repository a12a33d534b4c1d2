package se.lofte.publishing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks an Atom document against RFC 4287: first its RELAX NG schema (Appendix B, in
 * {@code src/test/resources/atom/rfc4287.rnc}) with Jing, then the rules of the RFC's text that a grammar
 * cannot express, the schema's Schematron rules among them. Answers every problem found, in words.
 */
public final class AtomRules {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** RFC 3339 date-time (RFC 4287 §3.3): upper-case T and Z, seconds, a zone always. */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private AtomRules() {
    }

    public static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>(schemaProblems(xml));
        if (!problems.isEmpty()) {
            return problems;
        }
        Element feed = parse(xml).getDocumentElement();
        List<Element> entries = children(feed, "entry");
        boolean feedHasAuthor = !children(feed, "author").isEmpty();
        Set<String> ids = new HashSet<>();
        checkId(feed, "the feed", ids, problems);
        checkDate(feed, "the feed", problems);
        checkAlternates(feed, "the feed", problems);
        if (children(feed, "link").stream().noneMatch(l -> "self".equals(l.getAttribute("rel")))) {
            problems.add("the feed has no link rel=\"self\" (§4.2.7.2 says it SHOULD)");
        }
        for (int i = 0; i < entries.size(); i++) {
            Element entry = entries.get(i);
            String where = "entry " + (i + 1) + " (" + text(entry, "id") + ")";
            checkId(entry, where, ids, problems);
            checkDate(entry, where, problems);
            checkAlternates(entry, where, problems);
            if (!feedHasAuthor && children(entry, "author").isEmpty()) {
                problems.add(where + " has no atom:author and neither has the feed (§4.1.2)");
            }
            boolean alternate = children(entry, "link").stream()
                    .anyMatch(l -> !l.hasAttribute("rel") || "alternate".equals(l.getAttribute("rel")));
            if (!alternate && children(entry, "content").isEmpty()) {
                problems.add(where + " has neither an alternate link nor atom:content (§4.1.2)");
            }
        }
        return problems;
    }

    private static void checkId(Element element, String where, Set<String> ids, List<String> problems) {
        String id = text(element, "id");
        try {
            if (!new URI(id).isAbsolute()) {
                problems.add(where + ": atom:id " + id + " is not an absolute IRI (§4.2.6)");
            }
        } catch (URISyntaxException e) {
            problems.add(where + ": atom:id " + id + " is not an IRI (§4.2.6)");
        }
        if (!ids.add(id)) {
            problems.add(where + ": atom:id " + id + " appears twice in the document (§4.1.1, §4.2.6)");
        }
    }

    private static void checkDate(Element element, String where, List<String> problems) {
        for (String name : List.of("updated", "published")) {
            for (Element date : children(element, name)) {
                if (!DATE_TIME.matcher(date.getTextContent()).matches()) {
                    problems.add(where + ": atom:" + name + " " + date.getTextContent()
                            + " is not an RFC 3339 date-time (§3.3)");
                }
            }
        }
    }

    private static void checkAlternates(Element element, String where, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (Element link : children(element, "link")) {
            if (link.hasAttribute("rel") && !"alternate".equals(link.getAttribute("rel"))) {
                continue;
            }
            if (!seen.add(link.getAttribute("type") + " " + link.getAttribute("hreflang"))) {
                problems.add(where + " has two alternate links of the same type and hreflang (§4.1.1, §4.1.2)");
            }
        }
    }

    private static List<String> schemaProblems(String xml) {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are not violations.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("schema, line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("not well-formed, line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        try {
            if (!driver.loadSchema(new InputSource(AtomRules.class.getResource("/atom/rfc4287.rnc").toString()))) {
                throw new IllegalStateException("The RFC 4287 schema does not load: " + problems);
            }
            if (!driver.validate(new InputSource(new StringReader(xml))) && problems.isEmpty()) {
                problems.add("schema: invalid");
            }
        } catch (SAXException | IOException e) {
            problems.add("unreadable: " + e.getMessage());
        }
        return problems;
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.getFirst().getTextContent();
    }
}
