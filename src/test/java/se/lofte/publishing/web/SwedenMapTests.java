package se.lofte.publishing.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class SwedenMapTests {

    private static final SwedenMap MAP = new SwedenMap();

    @Test
    void drawsEveryMunicipalityOnceAndFillsTheChosenOnes() throws Exception {
        String svg = MAP.svg(Set.of("1460"), Map.of("1460", "Bengtsfors"), "Karta", "En kommun är markerad");
        Document document = parse(svg);

        var paths = document.getElementsByTagName("path");
        assertThat(paths.getLength()).isEqualTo(290);
        int filled = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if ("#0b5394".equals(path.getAttribute("fill"))) {
                filled++;
                assertThat(path.getTextContent()).isEqualTo("Bengtsfors");
            }
        }
        assertThat(filled).isEqualTo(1);
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Karta");
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("En kommun är markerad");
    }

    @Test
    void northIsUpAndTheWestCoastIsToTheLeft() {
        String svg = MAP.svg(Set.of(), Map.of(), "Karta", "Karta");
        int[] size = viewBox(svg);
        // The national grid keeps Sweden about two and a half times as high as it is wide.
        assertThat((double) size[1] / size[0]).isBetween(2.0, 3.0);
        int[] kiruna = start("Kiruna", Map.of("2584", "Kiruna"));
        int[] ystad = start("Ystad", Map.of("1286", "Ystad"));
        int[] bengtsfors = start("Bengtsfors", Map.of("1460", "Bengtsfors"));
        assertThat(kiruna[1]).isLessThan(size[1] / 5);
        assertThat(ystad[1]).isGreaterThan(size[1] * 9 / 10);
        assertThat(bengtsfors[0]).isLessThan(size[0] / 3);
    }

    @Test
    void staysSmallEnoughToSendWithEveryView() {
        String svg = MAP.svg(Set.of(), Map.of(), "Karta", "Karta");

        assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
    }

    @Test
    void namesAreWrittenAsTextNotMarkup() throws Exception {
        String svg = MAP.svg(Set.of(), Map.of("0114", "<script>alert(1)</script>"), "A & B", "<b>");

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &amp; B");
        parse(svg);
    }

    /** The first point of the municipality's outline, found by the name in its title. */
    private static int[] start(String name, Map<String, String> names) {
        String svg = MAP.svg(Set.of(), names, "Karta", "Karta");
        Matcher m = Pattern.compile("d=\"M(-?\\d+) (-?\\d+)[^\"]*\"><title>" + name + "</title>").matcher(svg);
        assertThat(m.find()).as(name + " is drawn").isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int[] viewBox(String svg) {
        Matcher m = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
