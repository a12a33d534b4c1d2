package se.lofte.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.surveys.Question;
import se.lofte.surveys.Survey;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyTemplate;
import se.lofte.surveys.SurveyTown;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.Http;
import se.lofte.testing.TestMail;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents read the site and send its forms without a session: through the real server, no answer to an
 * anonymous request sets a cookie, no session row is written, and the forms' signed tokens work without
 * one, while forged, old, foreign and missing ones are refused. Staff still sign in to a session.
 * The secret is configured here so that the test can sign tokens of its own; this also gives the class a
 * Spring context of its own, where no MockMvc {@code csrf()} has swapped the token repository.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lofte.forms.secret=" + SessionlessResidentsIntegrationTests.SECRET)
class SessionlessResidentsIntegrationTests {

    static final String SECRET = "a test secret for residents' forms, long enough";
    private static final String PROMISE = "/kommun/bengtsfors/medborgarlofte/2019";
    private static final String STAFF = "sessionless-staff@bengtsfors.se";
    private static final String PASSWORD = "ett lösenord för personalen";

    @RegisterExtension
    final Http http = new Http();
    @RegisterExtension
    final TestSurveys testSurveys = new TestSurveys();
    @Autowired
    JdbcClient jdbc;

    long startedAt;

    @BeforeEach
    void start() {
        startedAt = System.currentTimeMillis();
    }

    @Test
    void readingThePublicSiteSetsNoCookieAndWritesNoSession() {
        int year = TestYears.lagesbild();
        long bengtsfors = jdbc.sql("select id from organisation where slug = 'bengtsfors'").query(Long.class).single();
        jdbc.sql("insert into lagesbild (municipality_id, lagesbild_year, analysis, updated_at, shown_publicly)"
                        + " values (?, ?, 'Lugnt.', ?, true)")
                .params(bengtsfors, year, OffsetDateTime.now(ZoneOffset.UTC)).update();
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (String page : List.of("/", "/kommun", "/kommun/bengtsfors", PROMISE, PROMISE + "?utskrift",
                PROMISE + "/version/1", "/kommun/bengtsfors/lagesbild/" + year, "/tillganglighet",
                "/tillganglighet?sida=/kommun", "/tillganglighet/tack", "/kommun/bengtsfors/prenumerera",
                PROMISE + "/prenumerera", "/prenumerera/skickat", "/prenumerera/avslutad",
                "/widget" + PROMISE, "/widget" + PROMISE + ".html", "/flode.atom", "/kommun/bengtsfors/flode.atom",
                PROMISE + "/flode.atom", PROMISE + "/delningsbild.png", "/api/promises", "/api/promises/1",
                "/oppna-data", "/api/schemas/medborgarlofte-1.json", "/api/bulk/medborgarloften.jsonl",
                "/api/bulk/medborgarloften.csv", "/css/site.css", "/kommun/bengtsfors/rapportera",
                "/kommun/bengtsfors/rapporter", "/kommun/bengtsfors/rapporter.atom", "/kommun/bengtsfors/dialog",
                "/kommun/bengtsfors/dialog.ics", "/open311/v2/discovery.json", "/open311/v2/services.xml",
                "/open311/v2/requests.json")) {
            pages.put(page, 200);
        }
        // Unknown links, pages and API resources get error pages, which must not start a session either.
        for (String missing : List.of("/prenumerera/bekrafta/okand", "/prenumerera/avsluta/okand", "/finns-inte",
                "/kommun/atlantis", PROMISE + "/version/99", "/widget/kommun/atlantis/medborgarlofte/2019",
                "/api/promises/999999")) {
            pages.put(missing, 404);
        }

        pages.forEach((page, status) -> {
            Http.Answer answer = http.get(page, null);
            assertThat(answer.status()).as(page).isEqualTo(status);
            assertThat(answer.headers()).as(page).doesNotContainKey("set-cookie");
        });
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    @Test
    void choosingALanguageSetsOnlyTheLanguageCookie() {
        Http.Answer english = http.get("/kommun/bengtsfors?lang=en", null);

        assertThat(english.headers().get("set-cookie")).singleElement().asString().startsWith("lofte-lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">");
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    @Test
    void aResidentSubscribesConfirmsAndLeavesWithoutASession() {
        String address = "sessionless-" + System.nanoTime() + "@example.se";
        String form = PROMISE + "/prenumerera";

        Http.Answer page = http.get(form, null);
        assertThat(page.csrf()).isNotBlank();
        assertNoCookie(page);
        Http.Answer sent = http.post(form, null, Map.of("email", address, "_csrf", page.csrf()),
                "Origin", http.url(""), "Sec-Fetch-Site", "same-origin");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/prenumerera/skickat");
        assertNoCookie(sent);

        String confirm = TestMail.path(TestMail.await(address, 1), "/prenumerera/bekrafta/");
        Http.Answer button = http.get(confirm, null);
        assertNoCookie(button);
        Http.Answer confirmed = http.post(confirm, null, Map.of("_csrf", button.csrf()));
        assertThat(confirmed.status()).isEqualTo(200);
        assertNoCookie(confirmed);

        // Asking again mails the way out; its page and button need no session either.
        assertThat(http.post(form, null, Map.of("email", address, "_csrf", http.get(form, null).csrf())).status())
                .isEqualTo(302);
        String leave = TestMail.path(TestMail.await(address, 2), "/prenumerera/avsluta/");
        Http.Answer leavePage = http.get(leave, null);
        assertNoCookie(leavePage);
        Http.Answer left = http.post(leave, null, Map.of("_csrf", leavePage.csrf()));
        assertThat(left.location()).endsWith("/prenumerera/avslutad");
        assertNoCookie(left);
        assertThat(jdbc.sql("select count(*) from subscription where email = ?").param(address).query(Long.class)
                .single()).isZero();
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    @Test
    void aResidentReportsAnAccessibilityProblemWithoutASession() {
        String text = "Länken syns inte utan färg " + System.nanoTime();
        Http.Answer page = http.get("/tillganglighet", null);

        Http.Answer sent = http.post("/tillganglighet/rapportera", null,
                Map.of("page", "/kommun", "description", text, "_csrf", page.csrf()),
                "Origin", http.url(""), "Sec-Fetch-Site", "same-origin");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/tillganglighet/tack");
        assertNoCookie(sent);
        assertThat(reports(text)).isOne();
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    @Test
    void aResidentReportsAProblemAtAPlaceWithoutASession() {
        String text = "Mopeder kör på gång- och cykelvägen varje kväll " + System.nanoTime();
        Http.Answer page = http.get("/kommun/bengtsfors/rapportera", null);
        assertThat(page.csrf()).isNotBlank();
        assertNoCookie(page);
        String key = page.body().replaceFirst("(?s).*name=\"key\" value=\"([^\"]+)\".*", "$1");

        Http.Answer sent = http.post("/kommun/bengtsfors/rapportera", null,
                Map.of("key", key, "category", "storande-trafik", "description", text,
                        "placeInWords", "Cykelvägen vid Lelång", "_csrf", page.csrf()),
                "Origin", http.url(""), "Sec-Fetch-Site", "same-origin");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/kommun/bengtsfors/rapportera/kvitto/" + key);
        assertNoCookie(sent);
        Http.Answer receipt = http.get("/kommun/bengtsfors/rapportera/kvitto/" + key, null);
        assertThat(receipt.status()).isEqualTo(200);
        assertNoCookie(receipt);
        assertThat(jdbc.sql("select count(*) from citizen_report where original_text = ?").param(text)
                .query(Long.class).single()).isOne();
        // Without its token the same form is refused, and nothing more is stored.
        assertThat(http.post("/kommun/bengtsfors/rapportera", null, Map.of("key", key + "-2", "category",
                "storande-trafik", "description", text, "placeInWords", "Cykelvägen vid Lelång")).status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from citizen_report where original_text = ?").param(text)
                .query(Long.class).single()).isOne();
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    @Test
    void aResidentAnswersASurveyWithoutASession() {
        SurveyTown town = testSurveys.town();
        Survey survey = testSurveys.fromTemplate(town.municipality(), TestYears.lagesbild(), "Trygghet", "Safety",
                testSurveys.analyst("sessionless.enkatby", town.municipality()));
        Question lateEvening = survey.questions().stream()
                .filter(q -> SurveyTemplate.LATE_EVENING.equals(q.templateKey())).findFirst().orElseThrow();
        String link = "/enkat/" + survey.openToken();

        Http.Answer page = http.get(link, null);
        assertThat(page.status()).isEqualTo(200);
        assertNoCookie(page);
        Map<String, String> answer = Map.of("q" + lateEvening.id(), "2", "_csrf", page.csrf());
        Http.Answer sent = http.post(link, null, answer, "Origin", http.url(""), "Sec-Fetch-Site", "same-origin");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith(link + "/tack");
        assertNoCookie(sent);
        Http.Answer thanks = http.get(link + "/tack", null);
        assertThat(thanks.status()).isEqualTo(200);
        assertNoCookie(thanks);
        assertThat(responses(survey.id())).isOne();
        // Without its token the same answer is refused, and nothing more is stored.
        assertThat(http.post(link, null, Map.of("q" + lateEvening.id(), "2")).status()).isEqualTo(403);
        assertThat(responses(survey.id())).isOne();
        assertThat(sessionRowsWrittenSinceStart()).isZero();
    }

    private long responses(SurveyId survey) {
        return jdbc.sql("select count(*) from survey_response where survey_id = ?").param(survey.value())
                .query(Long.class).single();
    }

    @Test
    void aFormWithoutATokenOrWithAForgedOrOldOneIsRefused() {
        String text = "Inte med " + System.nanoTime();
        String rendered = http.get("/tillganglighet", null).csrf();
        String fresh = new SignedFormTokens(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC()).issue();
        String old = new SignedFormTokens(SECRET.getBytes(StandardCharsets.UTF_8),
                Clock.offset(Clock.systemUTC(), SignedFormTokens.LIFETIME.plusMinutes(1).negated())).issue();
        String otherSite = new SignedFormTokens("another site's secret, just as long as ours"
                .getBytes(StandardCharsets.UTF_8), Clock.systemUTC()).issue();
        String tampered = fresh.substring(0, fresh.length() - 1) + (fresh.endsWith("A") ? "B" : "A");
        String later = fresh.replaceFirst("^\\d+", Long.toString(Long.parseLong(fresh.split("\\.")[0]) + 86_400));

        assertThat(report(text, null)).isEqualTo(403);
        for (String token : List.of(tampered, later, old, otherSite)) {
            assertThat(report(text, masked(token))).as(token).isEqualTo(403);
        }
        assertThat(report(text, rendered.substring(4))).isEqualTo(403);
        assertThat(reports(text)).isZero();
        // A fresh token masked the same way passes: the refusals above were for the reasons named.
        assertThat(report(text, masked(fresh))).isEqualTo(302);
        assertThat(reports(text)).isOne();
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedEvenWithAGoodToken() {
        String text = "Från en annan webbplats " + System.nanoTime();
        String token = http.get("/tillganglighet", null).csrf();

        assertThat(report(text, token, "Origin", "https://angripare.example")).isEqualTo(403);
        assertThat(report(text, token, "Origin", "null")).isEqualTo(403);
        assertThat(report(text, token, "Sec-Fetch-Site", "cross-site")).isEqualTo(403);
        assertThat(report(text, token, "Sec-Fetch-Site", "same-site")).isEqualTo(403);
        assertThat(reports(text)).isZero();
        // The site's published address (lofte.base-url) is its own origin too, as behind a proxy.
        assertThat(report(text, token, "Origin", "http://localhost:8080", "Sec-Fetch-Site", "same-origin"))
                .isEqualTo(302);
        assertThat(reports(text)).isOne();
    }

    @Test
    void staffSignInToASessionAndTheirFormsUseIt() {
        http.staffAccount(STAFF, PASSWORD);
        Http.Answer login = http.get("/login", null);
        assertThat(login.session()).isPresent();

        String session = http.signIn(STAFF, PASSWORD);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(STAFF)
                .query(Long.class).single()).isPositive();

        // A public form shown to a signed-in person carries the session's token, and only that works.
        String text = "Från personalen " + System.nanoTime();
        Http.Answer page = http.get("/tillganglighet", session);
        assertThat(http.post("/tillganglighet/rapportera", session,
                Map.of("page", "/kommun", "description", text, "_csrf", masked(
                        new SignedFormTokens(SECRET.getBytes(StandardCharsets.UTF_8), Clock.systemUTC()).issue())))
                .status()).isEqualTo(403);
        assertThat(http.post("/tillganglighet/rapportera", session,
                Map.of("page", "/kommun", "description", text, "_csrf", page.csrf())).status()).isEqualTo(302);
        assertThat(reports(text)).isOne();

        Http.Answer manage = http.get("/manage/promises", session);
        assertThat(manage.status()).isEqualTo(200);
        Http.Answer out = http.post("/logout", session, Map.of("_csrf", manage.csrf()));
        assertThat(out.status()).isEqualTo(302);
        assertThat(http.get("/manage/promises", session).location()).endsWith("/login");
    }

    @Test
    void withoutAConfiguredSecretEveryNodeReadsTheSameOneFromTheDatabase() {
        byte[] first = FormSecret.of("", jdbc);

        assertThat(first).hasSize(32);
        assertThat(FormSecret.of("", jdbc)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from site_secret").query(Long.class).single()).isOne();
    }

    private int report(String text, String token, String... headers) {
        Map<String, String> form = new HashMap<>(Map.of("page", "/kommun", "description", text));
        if (token != null) {
            form.put("_csrf", token);
        }
        Http.Answer answer = http.post("/tillganglighet/rapportera", null, form, headers);
        assertNoCookie(answer);
        return answer.status();
    }

    private long reports(String text) {
        return jdbc.sql("select count(*) from accessibility_report where description = ?").param(text)
                .query(Long.class).single();
    }

    /** A session row made or touched by this test: anonymous requests must make none. */
    private long sessionRowsWrittenSinceStart() {
        return jdbc.sql("select count(*) from spring_session where creation_time >= ? or last_access_time >= ?")
                .params(startedAt, startedAt).query(Long.class).single();
    }

    private static void assertNoCookie(Http.Answer answer) {
        assertThat(answer.headers()).doesNotContainKey("set-cookie");
    }

    /** As a page carries it: Spring Security's mask, here with random bytes that are all zero. */
    private static String masked(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        byte[] masked = new byte[bytes.length * 2];
        System.arraycopy(bytes, 0, masked, bytes.length, bytes.length);
        return Base64.getUrlEncoder().encodeToString(masked);
    }
}
