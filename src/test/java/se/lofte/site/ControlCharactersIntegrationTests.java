package se.lofte.site;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.lofte.accounts.Role;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Control characters (PostgreSQL refuses NUL in text; the others are never meant as input) are refused
 * with 400 and a message naming the field, before any controller or query sees them: in the query, the
 * path, form fields, multipart fields and JSON bodies, for residents, staff and API clients alike. Nothing
 * is saved, and the log holds no stack trace. File parts are the importers' business and pass untouched.
 * Each test runs with NUL and with ESC, through the real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ControlCharactersIntegrationTests {

    private static final String ANALYST = "kontrolltecken.analytiker@dals-ed.se";
    private static final String PROMISE = "/kommun/bengtsfors/medborgarlofte/2019";

    @RegisterExtension
    final Http http = new Http();
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;

    String marker;

    @BeforeEach
    void marker() {
        marker = "kontroll-" + UUID.randomUUID();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void theMunicipalitySearchRefusesItNamingTheFieldInSwedishAndEnglish(String control, CapturedOutput log) {
        Http.Answer swedish = http.get("/kommun?q=" + encode("Ben" + control), null, "Accept", "text/html");
        assertThat(swedish.status()).isEqualTo(400);
        assertThat(Jsoup.parse(swedish.body()).select("main p").first().text())
                .isEqualTo("Fältet ”q” innehåller ett osynligt styrtecken (" + codePoint(control)
                        + ") som inte kan tas emot. Ta bort det och försök igen.");

        Http.Answer english = http.get("/kommun?q=" + encode(control), null, "Accept", "text/html",
                "Cookie", "lofte-lang=en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(Jsoup.parse(english.body()).select("main p").first().text())
                .isEqualTo("The field “q” contains an invisible control character (" + codePoint(control)
                        + ") that cannot be accepted. Remove it and try again.");
        assertThat(english.headers()).doesNotContainKey("set-cookie");
        assertThat(english.headers().get("content-security-policy")).as("refused before Spring Security ran")
                .singleElement().asString().contains("frame-ancestors 'none'").contains("script-src 'self'");
        assertThat(english.headers().get("x-frame-options")).containsExactly("DENY");
        assertThat(english.headers().get("x-content-type-options")).containsExactly("nosniff");
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void theAccessibilityReportIsRefusedAndNothingIsSaved(String control, CapturedOutput log) {
        Http.Answer form = http.get("/tillganglighet", null);
        Http.Answer answer = http.post("/tillganglighet/rapportera", null, Map.of("_csrf", form.csrf(),
                "page", "/kommun", "description", marker + control + " knappen syns inte"), "Accept", "text/html");

        assertRefusedAt(answer, "description");
        assertThat(marked("accessibility_report", "description")).isZero();
        assertNoStackTrace(log);
    }

    @Test
    void tabsLineBreaksAndEveryLetterStillPass() {
        Http.Answer form = http.get("/tillganglighet", null);
        String text = marker + "\tÅsa, Ärla och Örjan\nsåg ÿ, Œ och 😀 på sidan.";
        Http.Answer answer = http.post("/tillganglighet/rapportera", null, Map.of("_csrf", form.csrf(),
                "page", "/kommun", "description", text));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(jdbc.sql("select description from accessibility_report where description like ?")
                .param(marker + "%").query(String.class).single()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void theSubscriptionFormIsRefusedAndNothingIsSaved(String control, CapturedOutput log) {
        for (String path : new String[]{"/kommun/bengtsfors/prenumerera", PROMISE + "/prenumerera"}) {
            Http.Answer form = http.get(path, null);
            Http.Answer answer = http.post(path, null, Map.of("_csrf", form.csrf(),
                    "email", marker + control + "@example.se"), "Accept", "text/html");

            assertRefusedAt(answer, "email");
        }
        assertThat(marked("subscription", "email")).isZero();
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void staffPagesRefuseItInTheirFiltersAndForms(String control, CapturedOutput log) {
        String session = signInAsAnalyst();

        Http.Answer trends = http.get("/manage/situation/trends?category=" + encode(control), session,
                "Accept", "text/html");
        assertRefusedAt(trends, "category");

        Http.Answer data = http.get("/manage/situation/map/data?source=" + encode("x" + control), session,
                "Accept", "application/geo+json");
        assertThat(data.status()).isEqualTo(400);
        assertThat(data.headers().get("content-type")).containsExactly("application/problem+json");
        assertThat(data.body()).contains("\"field\":\"source\"").contains("\"status\":400")
                .contains(codePoint(control));

        String organisation = Long.toString(dalsEd().value());
        Http.Answer page = http.get("/manage/situation/places/focus/new?organisation=" + organisation, session);
        Http.Answer focus = http.post("/manage/situation/places/focus/new", session, Map.of("_csrf", page.csrf(),
                "organisation", organisation, "name", marker + control, "area", Long.toString(area())),
                "Accept", "text/html");
        assertRefusedAt(focus, "name");
        assertThat(marked("focus_place", "name")).isZero();
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void aMultipartFieldIsRefusedButAFileWithAnyBytesIsTheImportersBusiness(String control) throws Exception {
        String session = signInAsAnalyst();
        String organisation = Long.toString(dalsEd().value());
        String csrf = http.get("/manage/situation/places/focus/new?organisation=" + organisation, session).csrf();

        int refused = multipart(session, csrf, organisation, marker + control, "ordinary file content");
        assertThat(refused).isEqualTo(400);
        assertThat(marked("focus_place", "name")).isZero();

        int accepted = multipart(session, csrf, organisation, marker, "binary\u0000\u001b\u0085 bytes");
        assertThat(accepted).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from focus_place where name = ?").param(marker)
                .query(Long.class).single()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void theApiAnswersWithAProblemNamingTheField(String control, CapturedOutput log) {
        Http.Answer query = http.get("/api/promises?fields=" + encode(control), null);
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.headers().get("content-type")).containsExactly("application/problem+json");
        assertThat(query.body()).contains("\"field\":\"fields\"")
                .contains("The field “fields” contains an invisible control character (" + codePoint(control) + ")");

        Http.Answer json = postJson("/api/tokens", "{\"scopes\":[\"audit:read\"],\"name\":\"a"
                + String.format("\\u%04x", (int) control.charAt(0)) + "\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.headers().get("content-type")).containsExactly("application/problem+json");
        assertThat(json.body()).contains("\"field\":\"/name\"");
        assertNoStackTrace(log);
    }

    @Test
    void aJsonBodyIsReadOnlyUpToTheLargestRequest() {
        Http.Answer answer = postJson("/api/tokens", "{\"name\":\"" + "x".repeat(7 * 1024 * 1024) + "\"}");
        assertThat(answer.status()).isEqualTo(413);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "%1B", "%7F", "%C2%85"})
    void aPathWithAControlCharacterIsRefused(String control, CapturedOutput log) {
        Http.Answer answer = http.get("/kommun/bengts" + control + "fors", null, "Accept", "text/html");
        assertThat(answer.status()).isEqualTo(400);
        assertNoStackTrace(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b"})
    void thePageCacheNeitherServesNorKeepsSuchARequest(String control) {
        assertThat(http.get(PROMISE + "?utskrift", null).status()).isEqualTo(200);
        Http.Answer answer = http.get(PROMISE + "?utskrift=" + encode(control), null, "Accept", "text/html");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.headers()).doesNotContainKey("etag");
        assertThat(http.get(PROMISE + "?utskrift", null).status()).isEqualTo(200);
    }

    private String signInAsAnalyst() {
        return http.signInAsStaff(ANALYST, dalsEd(), Role.ANALYST);
    }

    private OrganisationId dalsEd() {
        return organisations.municipalityBySlug("dals-ed").orElseThrow().id();
    }

    /** An area of Dals-Ed's that a focus place can be made of. */
    private long area() {
        var existing = jdbc.sql("select id from area where organisation_id = ? and name = 'Kontrolltorget'")
                .param(dalsEd().value()).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into area (organisation_id, kind, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                        + " values (?, 'DISTRICT', 'Kontrolltorget', 'POLYGON ((11.93 58.93, 11.95 58.93, 11.95 58.94,"
                        + " 11.93 58.94, 11.93 58.93))', 11.93, 58.93, 11.95, 58.94)")
                .param(dalsEd().value()).update();
        return area();
    }

    private int multipart(String session, String csrf, String organisation, String name, String file)
            throws Exception {
        String body = field("_csrf", csrf) + field("organisation", organisation) + field("name", name)
                + field("area", Long.toString(area()))
                + "--b\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"data.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + file + "\r\n--b--\r\n";
        var request = HttpRequest.newBuilder(URI.create(http.url("/manage/situation/places/focus/new")))
                .header("Cookie", "SESSION=" + session).header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The request was refused with 400 and a page naming the field with the control character. */
    private static void assertRefusedAt(Http.Answer answer, String field) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Fältet ”" + field + "” innehåller ett osynligt styrtecken");
    }

    /** How many rows of the table have the test's marker at the start of the column. */
    private long marked(String table, String column) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " like ?").param(marker + "%")
                .query(Long.class).single();
    }

    private static String field(String name, String value) {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private Http.Answer postJson(String path, String json) {
        try {
            var request = HttpRequest.newBuilder(URI.create(http.url(path)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer nothing")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String codePoint(String control) {
        return String.format("U+%04X", (int) control.charAt(0));
    }

    private static void assertNoStackTrace(CapturedOutput log) {
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("invalid byte sequence");
    }
}
