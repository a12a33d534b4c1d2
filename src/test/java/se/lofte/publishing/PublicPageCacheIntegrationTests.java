package se.lofte.publishing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.incidents.Imports;
import se.lofte.incidents.sources.CsvMapping;
import se.lofte.incidents.sources.ImportFormat;
import se.lofte.incidents.sources.Parsers;
import se.lofte.measures.MeasurePlace;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.FocusPlaces;
import se.lofte.places.PlaceIndex;
import se.lofte.places.PlacePrecision;
import se.lofte.progress.ProgressManagement;
import se.lofte.progress.ProgressUpdates;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseFixtures;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedRevision;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.Http;
import se.lofte.testing.MovableClock;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public page cache at the HTTP level: validators and conditional requests, compression, and for every
 * kind of change a public page shows, that the next view shows it. Each test views its pages before the
 * change, so that they are kept, and again after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class PublicPageCacheIntegrationTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    final Http http = new Http();
    @Autowired
    MovableClock clock;
    @Autowired
    PromiseManagement management;
    @Autowired
    Organisations organisations;
    @Autowired
    ProgressManagement progress;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    Imports imports;
    @Autowired
    FocusPlaces focusPlaces;
    @Autowired
    PlaceIndex placeIndex;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final TestPromises promises = new TestPromises();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();

    @Test
    void aPublicPageCarriesValidatorsAndAConditionalGetIsAnsweredWithNotModified() {
        var promise = promises.publish(c -> c);
        Http.Answer first = http.get(promise.path(), null);
        String etag = header(first, "etag");
        String lastModified = header(first, "last-modified");

        assertThat(first.status()).isEqualTo(200);
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(header(first, "cache-control")).contains("public", "max-age=60", "stale-while-revalidate=60");
        assertThat(header(first, "vary")).contains("Accept-Encoding", "Cookie");
        assertThat(http.get(promise.path(), null).body()).isEqualTo(first.body());

        Http.Answer byTag = http.get(promise.path(), null, "If-None-Match", etag);
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(header(byTag, "etag")).isEqualTo(etag);
        assertThat(http.get(promise.path(), null, "If-None-Match", "W/" + etag).status()).isEqualTo(304);
        assertThat(http.get(promise.path(), null, "If-Modified-Since", lastModified).status()).isEqualTo(304);
        assertThat(http.get(promise.path(), null, "If-None-Match", "\"0123\"").status()).isEqualTo(200);
    }

    @Test
    void eachLanguageIsKeptApartAndAStaffSessionIsNeverServedFromTheCache() {
        var promise = promises.publish(c -> c);
        for (int i = 0; i < 2; i++) {
            assertThat(Jsoup.parse(http.get(promise.path(), null).body()).select("html").attr("lang")).isEqualTo("sv");
            assertThat(Jsoup.parse(http.get(promise.path(), null, "Cookie", "lofte-lang=en").body())
                    .select("html").attr("lang")).isEqualTo("en");
        }
        Http.Answer staff = http.get(promise.path(), "a-session-of-no-one");
        assertThat(staff.headers()).doesNotContainKey("etag");
        assertThat(header(staff, "cache-control")).contains("no-store");
    }

    @Test
    void pagesFeedsAndOpenDataAreSentGzippedToClientsThatTakeItWithTheSameBytesInside() throws Exception {
        var promise = promises.publish(c -> c);
        for (String path : List.of(promise.path(), promise.path() + "/flode.atom", "/flode.atom",
                "/api/promises/" + promise.id().value(), "/widget" + promise.path() + ".html")) {
            String plain = http.get(path, null).body();
            var zipped = CLIENT.send(HttpRequest.newBuilder(URI.create(http.url(path)))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(zipped.headers().firstValue("content-encoding")).as(path).contains("gzip");
            assertThat(zipped.headers().firstValue("etag").orElseThrow()).as(path).endsWith("-gz\"");
            assertThat(gunzip(zipped.body())).as(path).isEqualTo(plain);
        }
    }

    @Test
    void aNewRevisionShowsOnThePageTheMunicipalityPageTheHomePageTheFeedsAndTheOpenData() {
        var promise = promises.publish(c -> c);
        String apiPath = "/api/promises/" + promise.id().value();
        List<String> views = List.of(promise.path(), "/kommun/bengtsfors", "/medborgarloften/" + promise.year(), promise.path() + "/flode.atom",
                "/kommun/bengtsfors/flode.atom", "/flode.atom", apiPath, "/widget" + promise.path(),
                "/api/bulk/medborgarloften.jsonl", "/api/bulk/medborgarloften.csv", promise.path() + "/rapport");
        views.forEach(view -> assertThat(http.get(view, null).status()).as(view).isEqualTo(200));
        String title = "Tryggare Bengtsfors " + UUID.randomUUID();

        promises.revise(promise.id(), c -> PromiseFixtures.withTitle(c, title));

        views.forEach(view -> assertThat(http.get(view, null).body()).as(view).contains(title));
    }

    @Test
    void aLoggedMeasureShowsAtOnceAndAHeldBackOneFromMidnightOfItsDay() {
        var promise = publishedInJune();
        PublishedRevision revision = promises.latest(promise.id());
        String now = "Kontroll nu " + UUID.randomUUID();
        String later = "Kontroll senare " + UUID.randomUUID();
        assertThat(http.get(promise.path(), null).body()).doesNotContain(now);

        fixtures.logTrafficControl(revision, LocalDate.of(promise.year(), 6, 14), now, new MeasurePlace.Nowhere(), false,
                null);
        assertThat(http.get(promise.path(), null).body()).contains(now);

        fixtures.logTrafficControl(revision, LocalDate.of(promise.year(), 6, 15), later, new MeasurePlace.Nowhere(),
                false, LocalDate.of(promise.year(), 6, 16));
        clock.set(LocalDate.of(promise.year(), 6, 16).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant()
                .minusSeconds(1));
        assertThat(http.get(promise.path(), null).body()).doesNotContain(later).contains("publiceras senare");
        assertThat(http.get("/widget" + promise.path(), null).body()).doesNotContain(later);

        clock.set(LocalDate.of(promise.year(), 6, 16).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant());
        assertThat(http.get(promise.path(), null).body()).contains(later);
        assertThat(http.get("/widget" + promise.path(), null).body()).contains(later);
    }

    @Test
    void aPublishedUpdateShowsAndAWithdrawnOneGoes() {
        var promise = publishedInJune();
        PublishedRevision revision = promises.latest(promise.id());
        String title = "Fler kontroller " + UUID.randomUUID();
        assertThat(http.get(promise.path(), null).body()).doesNotContain(title);
        assertThat(http.get(promise.path() + "/flode.atom", null).body()).doesNotContain(title);

        fixtures.publishUpdate(revision, UpdateKind.PROGRESS, title, "Vi har kontrollerat fler fordon.");
        assertThat(http.get(promise.path(), null).body()).contains(title);
        assertThat(http.get(promise.path() + "/flode.atom", null).body()).contains(title);

        var update = updates.forPromise(promise.id(), ProgressFixtures.editor(revision)).stream()
                .filter(u -> u.title().equals(title)).findFirst().orElseThrow();
        updates.withdraw(update.id(), ProgressFixtures.editor(revision));
        assertThat(http.get(promise.path(), null).body()).doesNotContain(title);
    }

    @Test
    void aGoalCountedAgainShowsItsNewValueOnThePageTheWidgetAndTheShareImage() {
        var promise = publishedInJune();
        PublishedRevision revision = promises.latest(promise.id());
        fixtures.count(revision, "2", LocalDate.of(promise.year(), 5, 1));
        List<String> views = List.of(promise.path(), "/widget" + promise.path(), "/widget" + promise.path() + ".html",
                promise.path() + "/rapport");
        views.forEach(view -> assertThat(http.get(view, null).body()).as(view).contains("2 av minst 5"));
        String imageBefore = header(http.get(promise.path() + "/delningsbild.png", null), "etag");
        String pdfBefore = header(http.get(promise.path() + "/rapport.pdf", null), "etag");
        assertThat(header(http.get(promise.path() + "/rapport.pdf", null), "etag")).isEqualTo(pdfBefore);

        fixtures.count(revision, "4", LocalDate.of(promise.year(), 6, 1));

        views.forEach(view -> assertThat(http.get(view, null).body()).as(view).contains("4 av minst 5"));
        assertThat(header(http.get(promise.path() + "/delningsbild.png", null), "etag")).isNotEqualTo(imageBefore);
        assertThat(header(http.get(promise.path() + "/rapport.pdf", null), "etag")).isNotEqualTo(pdfBefore);
    }

    @Test
    void aFocusPlaceGivenAnotherAreaIsDrawnAnewOnTheReportsMap() {
        PublishedRevision seed = fixtures.seed();
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        String name = "Kartprov " + UUID.randomUUID().toString().substring(0, 8);
        long first = ReportFixtures.area(jdbc, bengtsfors.id().value(), bengtsfors.scbCode(), name + " a",
                12.51, 59.21, 12.52, 59.22);
        long second = ReportFixtures.area(jdbc, bengtsfors.id().value(), bengtsfors.scbCode(), name + " b",
                12.53, 59.21, 12.54, 59.22);
        var place = focusPlaces.create(bengtsfors.id(), name, null, Set.of(first), Set.of(),
                ProgressFixtures.editor(seed));
        assertThat(place.problems()).isEmpty();
        var ref = new PromiseContent.FocusPlaceRef(place.id().value(), name);
        var promise = promises.publish(c -> new PromiseContent(c.parties(), c.start(), c.end(),
                c.title(), c.lead(), c.situation(), c.commitments(), c.goals(), c.focusPlaces(), List.of(ref),
                c.followUp(), c.followAlong(), c.signatories(), c.image()));
        // The goals are computed after the publication, apart; each result moves the version on by itself.
        Reactions.settle(jdbc);
        String report = promise.path() + "/rapport";
        assertThat(mapDescription(report)).contains(name + " (ett område, inga gator)");

        focusPlaces.update(place.id(), name, null, Set.of(first, second), Set.of(), ProgressFixtures.editor(seed));

        assertThat(mapDescription(report)).contains(name + " (2 områden, inga gator)");
    }

    private String mapDescription(String path) {
        return Jsoup.parse(http.get(path, null).body()).select("svg.place-map desc").text();
    }

    @Test
    void aPublishedFollowUpShowsOnThePageAndInTheFeed() {
        var promise = promises.publish(c -> c);
        List<String> views = List.of(promise.path(), promise.path() + "/flode.atom", promise.path() + "/rapport",
                "/widget" + promise.path(), "/widget" + promise.path() + ".html");
        views.forEach(view -> assertThat(http.get(view, null).body()).as(view).doesNotContain("Helårsuppföljning"));

        promises.publishFollowUp(promise);

        views.forEach(view -> assertThat(http.get(view, null).body()).as(view)
                .contains("Helårsuppföljning " + promise.year()));
    }

    @Test
    void aClosedPromiseSaysSo() {
        var promise = promises.publish(c -> c);
        assertThat(http.get(promise.path(), null).body()).doesNotContain("<p class=\"badge\">Avslutat</p>");

        management.close(promise.id(), TestPromises.staff(promises.latest(promise.id()).content()));

        assertThat(http.get(promise.path(), null).body()).contains("<p class=\"badge\">Avslutat</p>");
    }

    @Test
    void aRenamedLocalPoliceAreaShowsOnTheMunicipalityPage() {
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        var police = organisations.coveringLocalPoliceAreas(bengtsfors.id()).getFirst();
        assertThat(police.kind()).isEqualTo(OrganisationKind.LOCAL_POLICE_AREA);
        assertThat(http.get("/kommun/bengtsfors", null).body()).contains(police.name());
        String renamed = "LPO Östra Fyrbodal " + UUID.randomUUID().toString().substring(0, 6);
        try {
            organisations.rename(police.id(), renamed);
            assertThat(http.get("/kommun/bengtsfors", null).body()).contains(renamed);
        } finally {
            organisations.rename(police.id(), police.name());
        }
        assertThat(http.get("/kommun/bengtsfors", null).body()).doesNotContain(renamed);
    }

    @Test
    void anImportThatChangesACountedGoalShowsItsNewValue(@TempDir Path dir) throws IOException {
        var promise = promises.publish(TestYears.importable(), c -> c);
        PublishedRevision revision = promises.latest(promise.id());
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        var bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        String name = "Torget " + UUID.randomUUID().toString().substring(0, 8);
        long area = ReportFixtures.area(jdbc, bengtsfors.id().value(), bengtsfors.scbCode(), name,
                12.20, 59.02, 12.21, 59.03);
        placeIndex.refresh();
        var place = focusPlaces.create(bengtsfors.id(), name, null, Set.of(area), Set.of(),
                ProgressFixtures.editor(revision));
        assertThat(place.problems()).isEmpty();
        assertThat(progress.chooseIndicator(promise.id(), "g1", "incidents", Map.of("focusPlace",
                place.id().toString()), ProgressFixtures.editor(revision))).isEmpty();
        assertThat(http.get(promise.path(), null).body()).contains("0 av minst 5");

        Path file = Files.writeString(dir.resolve("torget.csv"), """
                Nr;Kategori;Datum;Lat;Lon
                1;Skadegörelse;%1$d-03-01 22:00;59.025;12.205
                2;Skadegörelse;%1$d-04-01 22:00;59.026;12.206
                """.formatted(promise.year()), StandardCharsets.UTF_8);
        var mapping = new CsvMapping(CsvMapping.Separator.SEMICOLON, CsvMapping.Encoding.UTF_8, "Nr", "Kategori",
                null, "Datum", null, "yyyy-MM-dd HH:mm", null, CsvMapping.CoordinateSystem.WGS84, "Lat", "Lon", null,
                null, null, PlacePrecision.POINT);
        var job = imports.runNow(new Imports.Order(bengtsfors.id(), ImportFormat.CSV, "torget-" + UUID.randomUUID(),
                "torget.csv", "test"), Parsers.forFormat(ImportFormat.CSV, mapping), file);
        assertThat(job.accepted()).as(imports.rejections(job, 0, 5).toString()).isEqualTo(2);
        Reactions.settle(jdbc);

        assertThat(http.get(promise.path(), null).body()).contains("2 av minst 5");
    }

    /** A promise published in a year of its own, with the clock in the middle of that year. */
    private TestPromises.Published publishedInJune() {
        var promise = promises.publish(c -> c);
        clock.setDay(LocalDate.of(promise.year(), 6, 15));
        return promise;
    }

    private static String header(Http.Answer answer, String name) {
        return answer.headers().getOrDefault(name, List.of()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " header"));
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
