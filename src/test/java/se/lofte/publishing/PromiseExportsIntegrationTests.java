package se.lofte.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.Role;
import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.Organisations;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.situation.Granularity;
import se.lofte.situation.LagesbildDocument;
import se.lofte.situation.LagesbildSave;
import se.lofte.situation.Lagesbilder;
import se.lofte.situation.PinKind;
import se.lofte.situation.TrendFilter;
import se.lofte.situation.TrendFormat;
import se.lofte.testing.Http;
import se.lofte.testing.MovableClock;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A promise's exports as its parties' staff get them: the archive ZIP with every file listed in its manifest by a
 * SHA-256 that matches, the revisions chained by their hashes, and semicolon CSV for Excel with the measures not yet
 * public marked so; and the documentation under lag (2023:196) as a PDF that passes PDF/UA and as an ODF text
 * document whose headings are outline headings and whose hostile text stays text. Staff of another organisation
 * get 403; a visitor who is not signed in is sent to the login page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class PromiseExportsIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();
    @Autowired
    MovableClock clock;
    @Autowired
    TestStaff staff;
    @Autowired
    PublishedPromises published;
    @Autowired
    Lagesbilder lagesbilder;
    @Autowired
    Organisations organisations;

    @Test
    void theArchiveHoldsEveryRevisionFollowUpGoalMeasureAndUpdateListedWithHashesThatMatch() throws Exception {
        var promise = promises.publish(c -> c);
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        PublishedRevision first = promises.latest(promise.id());
        String unique = UUID.randomUUID().toString().substring(0, 8);
        fixtures.count(first, "3", LocalDate.of(promise.year(), 5, 1));
        fixtures.logTrafficControl(first, LocalDate.of(promise.year(), 6, 14), "Öppen kontroll " + unique,
                new MeasurePlace.Nowhere(), false, null);
        fixtures.logTrafficControl(first, LocalDate.of(promise.year(), 6, 14), "=Dold kontroll " + unique,
                new MeasurePlace.Nowhere(), false, LocalDate.of(promise.year(), 12, 1));
        fixtures.publishUpdate(first, UpdateKind.PROGRESS, "Lägesrapport " + unique, "Vi har kontrollerat.");
        String explanation = "Färre poliser i juli " + unique;
        promises.publishFollowUp(promise, Verdict.PARTLY_FULFILLED, Reason.RESOURCES, explanation);
        List<PublishedRevision> revisions = published.revisions(promise.id());
        assertThat(revisions).hasSize(2);

        String session = http.signInAsStaff("arkiv.polis", first.content().parties().getFirst().id(), Role.EDITOR);
        String path = "/manage/promises/" + promise.id().value() + "/exports/arkiv.zip";
        HttpResponse<byte[]> answer = get(path, session);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).contains("application/zip");
        assertThat(answer.headers().firstValue("content-disposition").orElseThrow()).startsWith("attachment")
                .contains("arkiv-medborgarlofte-bengtsfors-" + promise.year() + "-" + promise.year() + "-06-15.zip");

        Map<String, byte[]> files = unzip(answer.body());
        String followUpFile = "uppfoljningar/helar-" + promise.year() + "-version-002.json";
        assertThat(files.keySet()).containsExactly("README.txt", "medborgarlofte/version-001.json",
                "medborgarlofte/version-002.json", followUpFile, "mal.csv", "atgarder.csv", "uppdateringar.csv",
                "rapport.pdf", "manifest-sha256.txt");

        List<String> manifest = new String(files.get("manifest-sha256.txt"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest).hasSize(files.size() - 1);
        for (String line : manifest) {
            String[] parts = line.split(" {2}", 2);
            assertThat(files).containsKey(parts[1]);
            assertThat(sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }

        JsonNode one = JSON.readTree(files.get("medborgarlofte/version-001.json"));
        JsonNode two = JSON.readTree(files.get("medborgarlofte/version-002.json"));
        assertThat(one.get("hashes").get("recordSha256").asString()).isEqualTo(revisions.get(0).hashes().record());
        assertThat(one.get("hashes").get("contentSha256").asString()).isEqualTo(revisions.get(0).hashes().content());
        assertThat(one.get("hashes").get("previousSha256").isNull()).isTrue();
        assertThat(two.get("hashes").get("previousSha256").asString())
                .isEqualTo(one.get("hashes").get("recordSha256").asString());
        assertThat(one.get("content").get("title").asString()).isEqualTo(first.content().title());
        assertThat(one.get("signatures")).hasSize(first.signatures().size());
        assertThat(one.get("followUp").isNull()).isTrue();
        assertThat(two.get("followUp").toString()).contains(explanation);
        assertThat(new String(files.get(followUpFile), StandardCharsets.UTF_8)).contains(explanation);

        List<CSVRecord> measures = csv(files.get("atgarder.csv"));
        assertThat(measures.getFirst().values()).containsExactly("Id", "Start", "Slut", "Typ", "Ansvarig",
                "Åtaganden", "Plats", "Plats som allmänheten ser", "Beskrivning", "Utfall", "Offentlig från",
                "Synlighet", "Loggad", "Loggad av", "Ändrad", "Ändrad av", "Bilagor");
        assertThat(measures).hasSize(3);
        CSVRecord open = row(measures, 8, "Öppen kontroll " + unique);
        CSVRecord hidden = row(measures, 8, "'=Dold kontroll " + unique);
        assertThat(open.get(11)).isEqualTo("Offentlig");
        assertThat(hidden.get(11)).isEqualTo("Inte offentlig än");
        assertThat(open.get(9)).isEqualTo("20 fordon kontrollerade");
        assertThat(hidden.get(10)).startsWith(promise.year() + "-12-01T00:00:00+01:00");

        List<CSVRecord> goals = csv(files.get("mal.csv"));
        assertThat(goals.getFirst().values()).containsExactly("Mål (nyckel)", "Mål", "Indikator", "Enhet",
                "Utgångsvärde", "Målvärde", "Riktning", "Senast", "Status", "Källa", "Datum", "Värde");
        assertThat(goals.stream().filter(r -> r.get(0).equals("g1") && r.get(10).equals(promise.year() + "-05-01")))
                .singleElement().satisfies(r -> assertThat(r.get(11)).isEqualTo("3"));
        assertThat(goals.stream().skip(1).map(r -> r.get(0)).distinct())
                .containsExactlyElementsOf(first.content().goals().stream().map(g -> g.key()).toList());

        List<CSVRecord> updates = csv(files.get("uppdateringar.csv"));
        assertThat(updates.getFirst().values()).containsExactly("Id", "Läge", "Slag", "Rubrik", "Text", "Åtaganden",
                "Part", "Avsändare", "Skriven av", "Ändrad", "Publicerad");
        assertThat(row(updates, 3, "Lägesrapport " + unique).get(1)).isEqualTo("Publicerad");

        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains(first.content().title(), "CC0 1.0", "sha256sum -c manifest-sha256.txt",
                "Uttaget gjort: " + promise.year() + "-06-15T", "medborgarlofte/version-002.json", "previousSha256")
                .doesNotContain("${");
        // An archived file outlives the site's pages: its address must be whole to be followed from the archive.
        assertThat(readme).contains("Offentlig sida: http://localhost:8080" + promise.path() + "\n");
        assertThat(new String(files.get("rapport.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String outsider = http.signInAsStaff("arkiv.mellerud", staff.municipality("mellerud"), Role.EDITOR,
                Role.SIGNATORY);
        assertThat(get(path, outsider).statusCode()).isEqualTo(403);
        assertThat(http.get("/manage/promises/" + promise.id().value() + "/exports", outsider).status()).isEqualTo(403);
        var anonymous = http.get(path, null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void theLawDocumentationIsAPdfThatPassesPdfUaAndAnOdfTextWithOutlineHeadingsAndEscapedText() throws Exception {
        // A lägesbild may have a year up to 2200; a whole run's fresh promise years go past that, these stay below.
        var promise = promises.publish(TestYears.importable(), c -> c);
        clock.setDay(LocalDate.of(promise.year(), 9, 1));
        PublishedRevision revision = promises.latest(promise.id());
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        String hostile = "Analys <b>fet</b> & ]]> \"citat\" <![CDATA[x]]> \u0007klocka\u001b slut";
        LagesbildSave saved = lagesbilder.save(bengtsfors, promise.year(), LagesbildDocument.NEW, hostile, false,
                ProgressFixtures.editor(revision));
        assertThat(saved).isInstanceOf(LagesbildSave.Saved.class);
        String pinned = "Anmälda händelser per månad " + UUID.randomUUID().toString().substring(0, 8);
        var quarter = TrendFilter.parse(null, null, null, "month", promise.year() + "-01-01", promise.year() + "-03-31",
                LocalDate.of(promise.year(), 9, 1));
        assertThat(quarter.problems()).isEmpty();
        assertThat(lagesbilder.pin(bengtsfors, promise.year(), PinKind.TABLE, pinned, quarter.filter(),
                ProgressFixtures.editor(revision))).isEmpty();
        String session = http.signInAsStaff("lag.kommun", bengtsfors.id(), Role.EDITOR);
        String base = "/manage/promises/" + promise.id().value() + "/exports/brottsforebyggande";
        String file = "brottsforebyggande-bengtsfors-" + promise.year();

        HttpResponse<byte[]> pdf = get(base + ".pdf", session);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("content-disposition").orElseThrow()).startsWith("attachment")
                .contains(file + ".pdf");
        assertThat(PdfUa.failures(pdf.body())).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Brottsförebyggande arbete i Bengtsfors");
            assertThat(outline(document)).containsSubsequence("Lägesbild över brottsligheten", "Åtgärdsplan",
                    "Uppföljning", "Om dokumentet");
            Files.createDirectories(SCREENSHOTS);
            for (int i = 0; i < Math.min(2, document.getNumberOfPages()); i++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 80), "png",
                        SCREENSHOTS.resolve("law-documentation-page" + (i + 1) + ".png").toFile());
            }
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kartläggning av brottsligheten, dess omfattning och konsekvenser",
                    "Annan information av betydelse", "Analys av kartläggningen", "Analys <b>fet</b> & ]]>", pinned,
                    revision.content().commitments().getFirst().title());
        }

        HttpResponse<byte[]> odt = get(base + ".odt", session);
        assertThat(odt.statusCode()).isEqualTo(200);
        assertThat(odt.headers().firstValue("content-type")).contains("application/vnd.oasis.opendocument.text");
        assertThat(odt.headers().firstValue("content-disposition").orElseThrow()).startsWith("attachment")
                .contains(file + ".odt");
        try (var zip = new ZipInputStream(new ByteArrayInputStream(odt.body()))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.text");
        }
        Map<String, byte[]> parts = unzip(odt.body());
        assertThat(parts).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml");
        var content = xml(parts.get("content.xml"));
        List<String> headings = new ArrayList<>();
        NodeList h = content.getElementsByTagNameNS(TEXT, "h");
        for (int i = 0; i < h.getLength(); i++) {
            Element heading = (Element) h.item(i);
            headings.add(heading.getAttributeNS(TEXT, "outline-level") + " " + heading.getTextContent());
            assertThat(heading.getAttributeNS(TEXT, "style-name"))
                    .isEqualTo("Heading_20_" + heading.getAttributeNS(TEXT, "outline-level"));
        }
        assertThat(headings).containsSubsequence("1 Brottsförebyggande arbete i Bengtsfors kommun "
                        + revision.content().periodLabel(), "2 Lägesbild över brottsligheten",
                "3 Kartläggning av brottsligheten, dess omfattning och konsekvenser",
                "3 Annan information av betydelse", "3 Analys av kartläggningen", "2 Åtgärdsplan", "2 Uppföljning",
                "3 Gemensam uppföljning", "2 Om dokumentet");
        assertThat(content.getElementsByTagName("b").getLength()).isZero();
        NodeList tables = content.getElementsByTagNameNS(TABLE, "table");
        Element mapping = (Element) tables.item(0);
        assertThat(mapping.getPreviousSibling().getTextContent()).isEqualTo(pinned);
        NodeList rows = mapping.getElementsByTagNameNS(TABLE, "table-row");
        assertThat(rows.getLength()).isEqualTo(4);
        assertThat(rows.item(0).getTextContent()).isEqualTo("PeriodAntal händelser");
        Element january = (Element) rows.item(1);
        NodeList cells = january.getElementsByTagNameNS(TABLE, "table-cell");
        assertThat(cells.item(0).getTextContent()).isEqualTo(TrendFormat.bucket(LocalDate.of(promise.year(), 1, 1),
                Granularity.MONTH, Locale.of("sv")));
        // No incidents were imported for the year: no data reaches the month, which is unknown rather than 0.
        assertThat(cells.item(1).getTextContent()).isEqualTo("data saknas");
        assertThat(content.getElementsByTagNameNS(TEXT, "p")).satisfies(p -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < p.getLength(); i++) {
                texts.add(p.item(i).getTextContent());
            }
            assertThat(texts).contains("Analys <b>fet</b> & ]]> \"citat\" <![CDATA[x]]> \uFFFDklocka\uFFFD slut");
            assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Löftet finns på webben: http")
                    .endsWith(promise.path()));
        });
        var styles = xml(parts.get("styles.xml"));
        List<String> outlineStyles = new ArrayList<>();
        NodeList s = styles.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < s.getLength(); i++) {
            Element style = (Element) s.item(i);
            if (!style.getAttributeNS(STYLE, "default-outline-level").isEmpty()) {
                outlineStyles.add(style.getAttributeNS(STYLE, "name") + " "
                        + style.getAttributeNS(STYLE, "default-outline-level"));
            }
        }
        assertThat(outlineStyles).containsExactly("Heading_20_1 1", "Heading_20_2 2", "Heading_20_3 3");
        var meta = xml(parts.get("meta.xml"));
        assertThat(meta.getElementsByTagNameNS(DC, "title").item(0).getTextContent())
                .startsWith("Brottsförebyggande arbete i Bengtsfors");
        assertThat(meta.getElementsByTagNameNS(DC, "language").item(0).getTextContent()).isEqualTo("sv-SE");
        assertThat(new String(parts.get("META-INF/manifest.xml"), StandardCharsets.UTF_8))
                .contains("manifest:full-path=\"content.xml\"", "manifest:full-path=\"/\"");
    }

    private HttpResponse<byte[]> get(String path, String session) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Cookie", "SESSION=" + session)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The rows of a CSV the archive wrote: it must start with a byte order mark and split on semicolons. */
    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.lines().findFirst().orElseThrow()).contains(";");
        return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    private static CSVRecord row(List<CSVRecord> rows, int column, String value) {
        return rows.stream().filter(r -> r.size() > column && r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + value + " in column " + column));
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }
}
