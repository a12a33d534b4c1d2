package se.lofte.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaceId;
import se.lofte.places.FocusPlaces;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedRevision;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.Http;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;
import se.lofte.testing.SeedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of a promise as the council and the archive get it: the printable page and the PDF, which must
 * hold the promise's words, be tagged PDF/UA-1 (veraPDF finds no failure), be in the page's language with its
 * fonts embedded and a bookmark per section, and come from the public page cache the second time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class PromiseReportIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SEED = "/kommun/bengtsfors/medborgarlofte/2019";

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();
    @Autowired
    MovableClock clock;
    @Autowired
    Organisations organisations;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedPromisesPdfHoldsItsWordsIsTaggedInSwedishWithEmbeddedFontsAndPassesPdfUa() throws Exception {
        HttpResponse<byte[]> answer = get(SEED + "/rapport.pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).contains("application/pdf");
        assertThat(answer.headers().firstValue("content-disposition").orElseThrow())
                .contains("inline", "medborgarlofte-bengtsfors-2019.pdf");
        byte[] pdf = answer.body();

        assertThat(PdfUa.failures(pdf)).isEmpty();
        assertThat(PdfUa.archiveFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("sv");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Medborgarlöfte för 2019");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Medborgarlöfte för 2019", "pdfuaid:part");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName()).isTrue());
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.getName()).contains("DejaVu"));
            assertThat(outline(document)).containsExactly("Situationen idag", "Det här ska vi göra",
                    "Det här ska vi åstadkomma tillsammans", "Följ med i hur det går!",
                    "Undertecknat av", "Om dokumentet");

            String text = text(document);
            // The seed's last lines are the promise page's own footer; the report says the same in its last section.
            assertThat(SeedText.sentences()).filteredOn(sentence -> !sentence.equals("Skriv ut")
                            && !sentence.startsWith("Senast uppdaterad") && !sentence.startsWith("Sidan publicerad av"))
                    .allSatisfy(sentence -> assertThat(text).contains(sentence));
            assertThat(text).contains("Publicerad 15 februari 2019", "Sidan publicerad av Sofia Magnusson");
            assertThat(text).contains(fixtures.seed().hashes().record());

            Files.createDirectories(SCREENSHOTS);
            var page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", SCREENSHOTS.resolve("report-seed-page1.png").toFile());
            assertThat(page.getWidth()).isGreaterThan(700);
        }
    }

    @Test
    void aPromiseWithGoalsMeasuresAndFocusPlacesShowsThemAllOnThePageAndInAPdfThatPassesPdfUa() throws Exception {
        PublishedRevision seed = fixtures.seed();
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        String placeName = "Torget " + UUID.randomUUID().toString().substring(0, 6);
        // A box of its own, away from other tests' areas: an incident is counted in the smallest area around it.
        long area = ReportFixtures.area(jdbc, bengtsfors.id().value(), bengtsfors.scbCode(), placeName,
                12.41, 59.11, 12.42, 59.12);
        long street = ReportFixtures.segment(jdbc, bengtsfors.id().value(), "Storgatan " + placeName,
                12.405, 59.115, 12.425, 59.116);
        var place = focusPlaces.create(bengtsfors.id(), placeName, null, Set.of(area), Set.of(street),
                ProgressFixtures.editor(seed));
        assertThat(place.problems()).isEmpty();
        var promise = promises.publish(c -> withFocusPlace(c, place.id(), placeName));
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        PublishedRevision revision = promises.latest(promise.id());
        fixtures.count(revision, "2", LocalDate.of(promise.year(), 5, 1));
        fixtures.count(revision, "4", LocalDate.of(promise.year(), 6, 1));
        String measure = "Kontroll vid torget " + UUID.randomUUID();
        fixtures.logTrafficControl(revision, LocalDate.of(promise.year(), 6, 14), measure,
                new MeasurePlace.Nowhere(), false, null);

        var page = Jsoup.parse(http.get(promise.path() + "/rapport", null).body());
        assertThat(page.select("html").attr("lang")).isEqualTo("sv");
        assertThat(page.select("h2").eachText()).contains("Platser i fokus", "Om dokumentet");
        assertThat(page.text()).contains(measure, "4 av minst 5", placeName,
                promises.latest(promise.id()).hashes().record());
        var map = page.selectFirst("svg.place-map");
        assertThat(map).isNotNull();
        assertThat(map.select("path")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(map.select("text").eachText()).contains(placeName).anyMatch(t -> t.endsWith(" m") || t.endsWith(" km"));
        assertThat(map.selectFirst("desc").text()).contains(placeName, "ett område", "en gatusträcka");
        assertThat(page.select("svg.goal-chart")).hasSize(1);
        assertThat(page.select("a[href$=/rapport.pdf]")).isNotEmpty();
        // The legend's colours come from the stylesheet the PDF puts inline as well.
        assertThat(page.select("ul.legend .swatch.swatch-0")).hasSize(1);
        String legend = page.select("link[rel=stylesheet]").eachAttr("href").stream()
                .filter(href -> href.contains("/css/legend")).findFirst().orElseThrow();
        assertThat(http.get(legend, null).body()).contains(".report .swatch-0 { background-color: #0b5394; }");

        byte[] pdf = get(promise.path() + "/rapport.pdf").body();
        assertThat(PdfUa.failures(pdf)).isEmpty();
        assertThat(PdfUa.archiveFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains(measure, "4 av minst 5", placeName, "20 fordon kontrollerade");
            assertThat(fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(outline(document)).contains("Platser i fokus").hasSize(7);
            Files.createDirectories(SCREENSHOTS);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 80), "png",
                        SCREENSHOTS.resolve("report-measured-page" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void aPublishedFollowUpHasItsSectionWithVerdictsReasonsAndItsRevisionAndThePdfStillPassesPdfUa()
            throws Exception {
        var promise = promises.publish(c -> c);
        String explanation = "Polisen saknade folk under sommaren " + UUID.randomUUID();
        promises.publishFollowUp(promise, Verdict.PARTLY_FULFILLED, Reason.RESOURCES, explanation);
        PublishedRevision revision = promises.latest(promise.id());
        int goals = revision.content().goals().size();

        var page = Jsoup.parse(http.get(promise.path() + "/rapport", null).body());
        var section = page.selectFirst("section#followup");
        assertThat(section).isNotNull();
        assertThat(section.select("h2").text()).isEqualTo("Gemensam uppföljning");
        assertThat(section.text()).contains("Helårsuppföljning " + promise.year(),
                "Uppföljning: 0 av " + goals + " mål nådda", "Delvis uppfyllt", "Resurser", explanation,
                revision.hashes().record());
        assertThat(section.select("h3")).hasSize(revision.content().commitments().size() + goals);
        assertThat(section.select("h3").eachText()).contains(revision.content().commitments().getFirst().title(),
                "Mål 1");
        assertThat(page.select("h2").eachText()).containsSubsequence("Det här ska vi åstadkomma tillsammans",
                "Gemensam uppföljning", "Följ med i hur det går!");

        byte[] pdf = get(promise.path() + "/rapport.pdf").body();
        assertThat(PdfUa.failures(pdf)).isEmpty();
        assertThat(PdfUa.archiveFailures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(outline(document)).containsSubsequence("Det här ska vi åstadkomma tillsammans",
                    "Gemensam uppföljning", "Följ med i hur det går!");
            assertThat(text(document)).contains("Uppföljning: 0 av " + goals + " mål nådda", "Delvis uppfyllt",
                    "Resurser", explanation, revision.hashes().record());
        }
        try (PDDocument document = Loader.loadPDF(get(promise.path() + "/rapport.pdf?lang=en").body())) {
            assertThat(outline(document)).contains("Joint follow-up");
            assertThat(text(document)).contains("Follow-up: 0 of " + goals + " goals reached", "Partly fulfilled");
        }
    }

    @Test
    void theEnglishPdfIsInEnglish() throws Exception {
        byte[] pdf = get(SEED + "/rapport.pdf?lang=en").body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(outline(document)).contains("What we will do", "About this document");
        }
        assertThat(Jsoup.parse(http.get(SEED + "/rapport?lang=en", null).body()).select("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void theSecondRequestIsAnsweredFromTheCacheWithoutASessionAndAMeasureMakesANewPdf() throws Exception {
        var promise = promises.publish(c -> c);
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        // The goals are computed after the publication, apart: each result is a change of what the page shows.
        Reactions.settle(jdbc);
        String path = promise.path() + "/rapport.pdf";
        HttpResponse<byte[]> first = get(path);
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertThat(first.headers().firstValue("set-cookie")).isEmpty();
        assertThat(first.headers().firstValue("cache-control").orElseThrow()).contains("public");

        HttpResponse<byte[]> second = get(path);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("etag")).contains(etag);
        assertThat(CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(304);

        String measure = "Kontroll " + UUID.randomUUID();
        fixtures.logTrafficControl(promises.latest(promise.id()), LocalDate.of(promise.year(), 6, 14), measure,
                new MeasurePlace.Nowhere(), false, null);
        HttpResponse<byte[]> after = get(path);
        assertThat(after.headers().firstValue("etag")).isPresent().get().isNotEqualTo(etag);
        try (PDDocument document = Loader.loadPDF(after.body())) {
            assertThat(text(document)).contains(measure);
        }
    }

    @Test
    void anUnknownPromiseOrYearIsTheSitesNotFoundPage() {
        for (String path : List.of("/kommun/finns-inte/medborgarlofte/2019/rapport.pdf",
                "/kommun/bengtsfors/medborgarlofte/1901/rapport.pdf", "/kommun/bengtsfors/medborgarlofte/1901/rapport",
                "/kommun/bengtsfors/medborgarlofte/tjugo/rapport.pdf",
                "/kommun/bengtsfors/medborgarlofte/99999999999/rapport")) {
            // As a browser follows a link to it: it asks for a page, or anything.
            Http.Answer answer = http.get(path, null, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(Jsoup.parse(answer.body()).select("h1").text()).as(path).isEqualTo("Något gick fel");
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static PromiseContent withFocusPlace(PromiseContent c, FocusPlaceId id, String name) {
        var ref = new PromiseContent.FocusPlaceRef(id.value(), name);
        List<PromiseContent.Commitment> commitments = c.commitments().stream().map(k -> new PromiseContent.Commitment(
                k.key(), k.title(), k.text(), k.responsible(), k.key().equals("c2") ? List.of(ref) : List.of()))
                .toList();
        return new PromiseContent(c.parties(), c.start(), c.end(), c.title(), c.lead(), c.situation(), commitments,
                c.goals(), c.focusPlaces(), List.of(ref), c.followUp(), c.followAlong(), c.signatories(), c.image());
    }

    /** The document's text as a reader gets it: the page numbers in the margins left out, whitespace normalised. */
    private static String text(PDDocument document) throws IOException {
        return SeedText.normalise(new PDFTextStripper().getText(document).replaceAll("(?m)^\\d+ / \\d+$", " "));
    }

    /** Every font the pages use, in their text and in the drawings (form XObjects) they place. */
    private static List<PDFont> fonts(PDDocument document) throws IOException {
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

    private static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        var outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
            }
        }
        return titles;
    }
}
