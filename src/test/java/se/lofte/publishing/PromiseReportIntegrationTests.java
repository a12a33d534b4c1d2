package se.lofte.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import se.lofte.shared.Sha256;
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
            assertThat(ReportPdfs.fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as(font.getName()).isTrue());
            assertThat(ReportPdfs.fonts(document)).allSatisfy(font -> assertThat(font.getName()).contains("DejaVu"));
            assertThat(ReportPdfs.outline(document)).containsExactly("Situationen idag", "Det här ska vi göra",
                    "Det här ska vi åstadkomma tillsammans", "Följ med i hur det går!",
                    "Undertecknat av", "Om dokumentet");

            String text = ReportPdfs.text(document);
            // The seed's last lines are the promise page's own footer; the report says the same in its last section.
            assertThat(SeedText.sentences()).filteredOn(sentence -> !sentence.equals("Skriv ut")
                            && !sentence.startsWith("Senast uppdaterad") && !sentence.startsWith("Sidan publicerad av"))
                    .allSatisfy(sentence -> assertThat(text).contains(sentence));
            assertThat(text).contains("Publicerad 15 februari 2019", "Sidan publicerad av Sofia Magnusson");
            assertThat(text).contains(fixtures.seed().hashes().record());

            assertThat(ReportPdfs.pages(document, "report-seed", 100).getFirst().getWidth()).isGreaterThan(700);
        }
    }

    @Test
    void aPromiseWithGoalsMeasuresAndFocusPlacesShowsThemAllOnThePageAndInAPdfThatPassesPdfUa() throws Exception {
        PublishedRevision seed = fixtures.seed();
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        String placeName = "Torget " + UUID.randomUUID().toString().substring(0, 6);
        // A box of its own, away from other tests' areas: an incident is counted in the smallest area around it.
        FocusPlaceId place = ReportFixtures.focusPlace(focusPlaces, jdbc, bengtsfors, placeName, 12.41, 59.11, 12.42,
                59.12, ProgressFixtures.editor(seed));
        var promise = promises.publish(c -> withFocusPlace(c, place, placeName));
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
            String text = ReportPdfs.text(document);
            assertThat(text).contains(measure, "4 av minst 5", placeName, "20 fordon kontrollerade");
            assertThat(ReportPdfs.fonts(document)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(ReportPdfs.outline(document)).contains("Platser i fokus").hasSize(7);
            assertThat(ReportPdfs.pages(document, "report-measured", 80)).allMatch(ReportPdfs::inked);
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
            assertThat(ReportPdfs.outline(document)).containsSubsequence("Det här ska vi åstadkomma tillsammans",
                    "Gemensam uppföljning", "Följ med i hur det går!");
            assertThat(ReportPdfs.text(document)).contains("Uppföljning: 0 av " + goals + " mål nådda", "Delvis uppfyllt",
                    "Resurser", explanation, revision.hashes().record());
        }
        try (PDDocument document = Loader.loadPDF(get(promise.path() + "/rapport.pdf?lang=en").body())) {
            assertThat(ReportPdfs.outline(document)).contains("Joint follow-up");
            assertThat(ReportPdfs.text(document)).contains("Follow-up: 0 of " + goals + " goals reached", "Partly fulfilled");
        }
    }

    @Test
    void theEnglishPdfIsInEnglish() throws Exception {
        byte[] pdf = get(SEED + "/rapport.pdf?lang=en").body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(ReportPdfs.outline(document)).contains("What we will do", "About this document");
        }
        assertThat(Jsoup.parse(http.get(SEED + "/rapport?lang=en", null).body()).select("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void theSecondRequestIsAnsweredFromTheCacheWithoutASessionAndAMeasureMakesANewPdf() throws Exception {
        var promise = promises.publish(c -> c);
        String path = settledPdf(promise);
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
            assertThat(ReportPdfs.text(document)).contains(measure);
        }
    }

    /**
     * A cached PDF is validated by a hash of its bytes, so writing the same report again (after the cache's lifetime,
     * on another node, after a restart) must give the same file: its creation date is the publication it reports,
     * and its file identifier comes from the page, not from the clock at the time of writing.
     */
    @Test
    void theSameReportWrittenAgainIsTheSameFileWithTheSameValidator() throws Exception {
        var promise = promises.publish(c -> c);
        String path = settledPdf(promise);
        HttpResponse<byte[]> first = get(path);

        // Past the cache's longest lifetime, so the report is written anew.
        clock.set(clock.instant().plus(Duration.ofMinutes(11)));
        HttpResponse<byte[]> again = get(path);
        assertThat(Sha256.hex(again.body())).as("the file written again").isEqualTo(Sha256.hex(first.body()));
        assertThat(again.headers().firstValue("etag")).isEqualTo(first.headers().firstValue("etag"));
        assertThat(again.headers().firstValue("last-modified")).isNotEqualTo(first.headers().firstValue("last-modified"));
        Instant published = promises.latest(promise.id()).publishedAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(again.body())) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(published);
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<xmp:CreateDate>" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
                            .format(published.atOffset(ZoneOffset.UTC)) + "</xmp:CreateDate>");
        }
        assertThat(PdfUa.failures(again.body())).isEmpty();
        assertThat(PdfUa.archiveFailures(again.body())).isEmpty();
    }

    /** The report PDF's path of a promise in its middle, once the goals computed after its publication are in. */
    private String settledPdf(TestPromises.Published promise) {
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        // The goals are computed after the publication, apart: each result is a change of what the page shows.
        Reactions.settle(jdbc);
        return promise.path() + "/rapport.pdf";
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
}
