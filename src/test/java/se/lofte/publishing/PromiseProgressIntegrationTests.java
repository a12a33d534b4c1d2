package se.lofte.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.measures.MeasurePlace;
import se.lofte.places.PlaceIndex;
import se.lofte.progress.ProgressReading;
import se.lofte.progress.UpdateKind;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.situation.reports.ReportFixtures;
import se.lofte.testing.Http;
import se.lofte.testing.MovableClock;
import se.lofte.testing.OneConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the promise is going, as a resident's browser and another website fetch it from a real server: the
 * promise page, the framed widget and the HTML fragment all show the same public measures, progress and
 * updates, and only the widgets may be framed or fetched by other sites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OneConnection
@Import(MovableClock.Config.class)
class PromiseProgressIntegrationTests {

    private static final Pattern DELAYED = Pattern.compile("Ytterligare (\\d+) insatse?r? publiceras senare");
    private static final List<String> VIEWS = List.of(ProgressFixtures.SEED, ProgressFixtures.WIDGET,
            ProgressFixtures.WIDGET + ".html");

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final ProgressFixtures fixtures = new ProgressFixtures();
    @Value("${lofte.base-url}")
    String site;
    @Autowired
    MovableClock clock;
    @Autowired
    PublishedPromises published;
    @Autowired
    PlaceIndex placeIndex;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ShareImages shareImages;
    @Autowired
    ProgressReading reading;

    PublishedRevision seed;

    @BeforeEach
    void theSeedPromise() {
        seed = fixtures.seed();
    }

    @Test
    void aHeldBackMeasureAppearsEverywhereFromItsDayAndNeverShowsItsExactPlace() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long municipality = seed.content().parties().get(1).id().value();
        ReportFixtures.area(jdbc, municipality, "1460", "Kontrollområde " + suffix, 22.70, 66.10, 22.80, 66.15);
        long segment = ReportFixtures.segment(jdbc, municipality, "Hemliggatan " + suffix, 22.72, 66.11, 22.73, 66.112);
        placeIndex.refresh();
        clock.setDay(LocalDate.of(2019, 8, 20));
        int delayedBefore = delayed(page(ProgressFixtures.SEED));
        String description = "Hastighetskontroll " + suffix;
        fixtures.logTrafficControl(seed, LocalDate.of(2019, 8, 19), description, new MeasurePlace.OnSegment(segment), true,
                LocalDate.of(2019, 9, 1));

        clock.set(LocalDate.of(2019, 9, 1).atStartOfDay(java.time.ZoneId.of("Europe/Stockholm")).toInstant()
                .minusSeconds(1));
        for (String view : VIEWS) {
            Document before = page(view);
            assertThat(before.text()).as(view).doesNotContain(description).doesNotContain("Hemliggatan")
                    .doesNotContain("Kontrollområde " + suffix);
            assertThat(delayed(before)).as(view).isEqualTo(delayedBefore + 1);
        }

        clock.setDay(LocalDate.of(2019, 9, 1));
        for (String view : VIEWS) {
            Document after = page(view);
            assertThat(after.text()).as(view).contains(description, "Kontrollområde " + suffix,
                    "20 fordon kontrollerade").doesNotContain("Hemliggatan");
            assertThat(delayed(after)).as(view).isEqualTo(delayedBefore);
        }
        var measure = page(ProgressFixtures.SEED).select("ol.commitments > li").get(1).select("li.measure").stream()
                .filter(li -> li.text().contains(description)).findFirst().orElseThrow();
        assertThat(measure.select(".measure-when").text()).isEqualTo("19 augusti 2019 · Trafikkontroll");
    }

    @Test
    void theSeedGoalCountedByHandToFiveIsReachedOnThePageInTheWidgetsTheFeedAndTheShareImage() throws Exception {
        clock.setDay(LocalDate.of(2019, 11, 15));
        fixtures.count(seed, "0", LocalDate.of(2019, 9, 2));
        fixtures.count(seed, "3", LocalDate.of(2019, 10, 1));
        assertThat(goal(page(ProgressFixtures.SEED)).select(".goal-value").text())
                .isEqualTo("3 av minst 5 individer, 1 oktober 2019");
        assertThat(goal(page(ProgressFixtures.SEED)).select("progress").attr("value")).isEqualTo("60");
        byte[] shareAtThree = shareImages.png(published.latest(seed.promiseId()).orElseThrow(), null);

        fixtures.count(seed, "5", LocalDate.of(2019, 11, 14));
        for (String view : VIEWS) {
            var goal = goal(page(view));
            assertThat(goal.select(".goal-value").text()).as(view).isEqualTo("5 av minst 5 individer, 14 november 2019");
            assertThat(goal.select(".goal-status strong").text()).as(view).isEqualTo("nått");
            assertThat(goal.select("progress").attr("value")).as(view).isEqualTo("100");
            assertThat(goal.select(".goal-source").text()).as(view).isEqualTo("Källa: Räknas för hand av LPO Östra Fyrbodal.");
        }
        Document english = page(ProgressFixtures.WIDGET + "?lang=en");
        assertThat(goal(english).select(".goal-status strong").text()).isEqualTo("reached");
        Document chart = page(ProgressFixtures.SEED);
        assertThat(chart.select("#chart-g1-desc").text()).contains("till 5 den 14 november 2019",
                "Målet är minst 5 individer senast 31 december 2019");
        assertThat(chart.select(".chart-values td.numeric").eachText()).endsWith("0", "3", "5");

        // The seed's own feed carries each step, and its share image is drawn again with the new value.
        String feed = http.get(ProgressFixtures.SEED + "/flode.atom", null).body();
        assertThat(AtomRules.problems(feed)).isEmpty();
        assertThat(feed).contains("<title>Mål: 3 av minst 5 individer</title>", "<title>Mål: 5 av minst 5 individer</title>");
        PublishedRevision latest = published.latest(seed.promiseId()).orElseThrow();
        assertThat(shareImages.alt(latest, reading.goals(latest), null)).contains("5 av minst 5");
        assertThat(ShareCardTests.differingPixels(ShareCardTests.read(shareAtThree),
                ShareCardTests.read(shareImages.png(latest, null)))).isGreaterThan(1000);
    }

    @Test
    void whatWasNotDoneIsMarkedSoWithWhyUnderFollowAlong() {
        clock.setDay(LocalDate.of(2019, 10, 5));
        String title = "Ingen kontroll vid Sågudden " + UUID.randomUUID().toString().substring(0, 8);
        fixtures.publishUpdate(seed, UpdateKind.NOT_DONE, title, "Personalen behövdes vid en olycka på riksväg 172.");

        for (String view : VIEWS) {
            var update = page(view).select("li.update").stream().filter(li -> li.text().contains(title))
                    .findFirst().orElseThrow();
            assertThat(update.hasClass("update-not-done")).as(view).isTrue();
            assertThat(update.select(".not-done").text()).as(view).isEqualTo("Det här blev inte gjort");
            assertThat(update.text()).as(view).contains("Personalen behövdes vid en olycka på riksväg 172.",
                    "LPO Östra Fyrbodal", "Gäller åtagande 2");
        }
        assertThat(page(ProgressFixtures.SEED).select("#follow ~ ol.updates li.update h4").eachText()).contains(title);
    }

    @Test
    void onlyTheWidgetsMayBeFramedAndFetchedByOtherSites() {
        var frame = http.get(ProgressFixtures.WIDGET, null);
        assertThat(frame.status()).isEqualTo(200);
        assertThat(header(frame, "content-security-policy")).doesNotContain("frame-ancestors")
                .startsWith("default-src 'none';").doesNotContain("script-src");
        assertThat(frame.headers()).doesNotContainKey("x-frame-options");
        assertThat(header(frame, "cache-control")).isEqualTo("max-age=300, public");
        assertThat(header(frame, "vary").toLowerCase()).contains("cookie");
        assertThat(frame.session()).isEmpty();

        var fragment = http.get(ProgressFixtures.WIDGET + ".html", null);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(header(fragment, "access-control-allow-origin")).isEqualTo("*");
        assertThat(header(fragment, "cache-control")).isEqualTo("max-age=300, public");
        assertThat(fragment.headers()).doesNotContainKey("x-frame-options");
        assertThat(fragment.body().strip()).startsWith("<section class=\"lofte-widget\"").doesNotContain("<script")
                .doesNotContain("<html").doesNotContain("style=");
        assertThat(Jsoup.parse(fragment.body()).select("a.lofte-more, .lofte-more a").attr("href"))
                .isEqualTo(site + ProgressFixtures.SEED);

        for (String elsewhere : List.of(ProgressFixtures.SEED, "/", "/kommun/bengtsfors")) {
            var page = http.get(elsewhere, null);
            assertThat(header(page, "x-frame-options")).as(elsewhere).isEqualTo("DENY");
            assertThat(header(page, "content-security-policy")).as(elsewhere).contains("frame-ancestors 'none'");
            assertThat(page.headers()).as(elsewhere).doesNotContainKey("access-control-allow-origin");
        }
        assertThat(http.get("/widget/kommun/atlantis/medborgarlofte/2019", null).status()).isEqualTo(404);
        assertThat(http.get("/widget/kommun/bengtsfors/medborgarlofte/1999.html", null).status()).isEqualTo(404);
        assertThat(http.post(ProgressFixtures.WIDGET, null, java.util.Map.of()).status()).isEqualTo(403);
    }

    @Test
    void thePromisePageOffersBothSnippetsToEmbed() {
        var embed = page(ProgressFixtures.SEED).select("details.embed");
        assertThat(embed.select("summary").text()).isEqualTo("Bädda in på er webbplats");
        String widget = site + ProgressFixtures.WIDGET;
        assertThat(embed.select("#embed-iframe").text()).contains("<iframe src=\"" + widget + "\"",
                "title=\"Medborgarlöftet för Bengtsfors kommun 2019\"");
        assertThat(embed.select("#embed-fragment").text()).contains("fetch(\"" + widget + ".html\")");
    }

    private Document page(String path) {
        var answer = http.get(path, null);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private static org.jsoup.nodes.Element goal(Document page) {
        return page.select(".goal-progress").first();
    }

    private static int delayed(Document page) {
        Matcher m = DELAYED.matcher(page.select(".delayed").text());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String header(Http.Answer answer, String name) {
        return answer.headers().getOrDefault(name, List.of("")).getFirst();
    }
}
