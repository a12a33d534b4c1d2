package se.lofte.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiTokenId;
import se.lofte.accounts.ApiTokens;
import se.lofte.accounts.Role;
import se.lofte.accounts.TokenIssue;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every state-changing endpoint under {@code /manage} and {@code /api}, found from the application's own
 * mappings so that a new endpoint cannot be forgotten: anonymous visitors are sent to the login page (or
 * get 401 from the API), a signed-in person without the right organisation or role gets 403, and nobody
 * ever gets a 500. An endpoint this test has no sample for fails the test until one is added.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointRightsIntegrationTests {

    /**
     * The endpoints with path variables that this test has samples for, so that requests reach the rights check,
     * not a 404: {@link #concrete} puts an existing object behind the first variable and {@link #SAMPLE_VALUES}
     * behind the others.
     */
    private static final Set<String> SAMPLED = Set.of(
            "/manage/promises/{id}/edit", "/manage/promises/{id}/draft", "/manage/promises/{id}/draft/discard",
            "/manage/promises/{id}/sign", "/manage/promises/{id}/publish", "/manage/promises/{id}/close",
            "/manage/promises/{id}/extend", "/manage/organisations/{id}",
            "/manage/publishing/accessibility-reports/{id}/handled", "/manage/accounts/tokens/{id}/revoke",
            "/manage/accounts/{id}/roles", "/manage/accounts/{id}/system-admin", "/manage/accounts/{id}/invitation",
            "/manage/situation/reports/{id}/edit", "/manage/situation/reports/{id}/withdraw",
            "/manage/situation/reports/categories/{id}/remove", "/manage/situation/places/areas/{id}",
            "/manage/situation/places/areas/{id}/delete", "/manage/situation/places/segments/{id}/delete",
            "/manage/situation/places/focus/{id}", "/manage/situation/places/focus/{id}/delete",
            "/manage/situation/lagesbild/{municipalityId}/{year}",
            "/manage/situation/lagesbild/{municipalityId}/{year}/pins/{pinId}",
            "/manage/situation/imports/{id}/cancel", "/manage/measures/promises/{promise}/new",
            "/manage/measures/{id}/edit", "/manage/measures/{id}/delete", "/manage/measures/kinds/{code}",
            "/manage/measures/kinds/{code}/remove", "/manage/progress/promises/{id}/goals/{goal}/indicator",
            "/manage/progress/promises/{id}/goals/{goal}/counts", "/manage/progress/promises/{id}/updates/new",
            "/manage/progress/updates/{id}", "/manage/progress/updates/{id}/publish",
            "/manage/progress/updates/{id}/withdraw", "/manage/promises/{id}/followups",
            "/manage/promises/{id}/followups/{followUp}", "/manage/promises/{id}/followups/{followUp}/sign",
            "/manage/promises/{id}/followups/{followUp}/publish", "/manage/promises/{id}/followups/{followUp}/next-year",
            "/manage/promises/{id}/followups/{followUp}/effects",
            "/manage/promises/{id}/followups/{followUp}/effects/{effect}/remove",
            "/manage/dialogue/municipalities/{municipality}/new", "/manage/dialogue/{id}/edit",
            "/manage/dialogue/{id}/delete",
            "/manage/citizen-reports/{id}/publish", "/manage/citizen-reports/{id}/hide",
            "/manage/citizen-reports/{id}/merge", "/manage/citizen-reports/{id}/answer",
            "/manage/surveys/{id}/questions", "/manage/surveys/{id}/questions/{question}",
            "/manage/surveys/{id}/questions/{question}/move", "/manage/surveys/{id}/questions/{question}/remove",
            "/manage/surveys/{id}/checked", "/manage/surveys/{id}/open", "/manage/surveys/{id}/close",
            "/manage/surveys/{id}/letters", "/manage/surveys/{id}/results/publish", "/manage/surveys/{id}/results/pin",
            "/manage/surveys/external/{id}/remove", "/manage/surveys/{id}/free-text/{answer}/reviewed",
            "/manage/surveys/{id}/free-text/{answer}/quote");

    /** What stands for the path variables after the first one. */
    private static final Map<String, String> SAMPLE_VALUES = Map.of("{year}", "2099", "{pinId}", "1", "{goal}", "g1",
            "{followUp}", "1", "{effect}", "1", "{question}", "1", "{answer}", "1-1");

    /**
     * The reads under {@code /api} that anyone may make without a token or a session, with a sample address: the
     * open data (CC0). Every other read under {@code /api} needs a token.
     */
    private static final Map<String, String> OPEN_DATA = Map.of(
            "/api/promises", "/api/promises", "/api/promises/{id}", "/api/promises/1",
            "/api/promises/{id}/revisions", "/api/promises/1/revisions",
            "/api/promises/{id}/revisions/{number}", "/api/promises/1/revisions/1",
            "/api/promises/integrity", "/api/promises/integrity",
            "/api/schemas/medborgarlofte-1.json", "/api/schemas/medborgarlofte-1.json",
            "/api/bulk/medborgarloften.jsonl", "/api/bulk/medborgarloften.jsonl",
            "/api/bulk/medborgarloften.csv", "/api/bulk/medborgarloften.csv");

    /**
     * Public reads that render at some cost or return a file, which anyone may fetch without signing in and without
     * being given a session: the promise's report as a page and as a PDF.
     */
    private static final List<String> PUBLIC_READS = List.of("/kommun/bengtsfors/medborgarlofte/2019/rapport",
            "/kommun/bengtsfors/medborgarlofte/2019/rapport.pdf", "/kommun/bengtsfors/rapporter");

    /**
     * Staff reads that hand out a promise's files, drafts and unpublished measures included: only its parties' staff
     * may fetch them ({@code {id}} is the seed promise, which Mellerud is no party of).
     */
    private static final List<String> STAFF_FILES = List.of("/manage/promises/{id}/exports",
            "/manage/promises/{id}/exports/arkiv.zip", "/manage/promises/{id}/exports/brottsforebyggande.pdf",
            "/manage/promises/{id}/exports/brottsforebyggande.odt");

    /** Endpoints that anyone may call: the public write paths. */
    private static final Set<String> PUBLIC = Set.of("/tillganglighet/rapportera");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    /** A token of another organisation than the one whose administrator tries to revoke it. */
    ApiTokenId amalToken;
    /** An area, a street segment and a focus place of Åmål, which the outsider from Mellerud may not change. */
    AmalPlaces amalPlaces;

    @BeforeEach
    void anEditorOfAnotherMunicipality() {
        var mellerud = staff.municipality("mellerud");
        staff.member("mellerud.redaktor", mellerud, Role.EDITOR, Role.SIGNATORY, Role.ORGANISATION_ADMIN);
        amalToken = ((TokenIssue.Issued) tokens.issue(staff.member("admin"), "Åmåls import", staff.municipality("amal"),
                Set.of(ApiScope.IMPORTS_WRITE), LocalDate.now().plusDays(30))).token().id();
        amalPlaces = amalPlaces();
    }

    private AmalPlaces amalPlaces() {
        long amal = amal();
        boolean stored = jdbc.sql("select count(*) from area where organisation_id = ? and name = 'Rättighetsprov'")
                .param(amal).query(Long.class).single() > 0;
        if (!stored) {
            jdbc.sql("insert into area (organisation_id, kind, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                    + " values (?, 'OTHER', 'Rättighetsprov', 'POLYGON ((12.7 59.05, 12.71 59.05, 12.71 59.06, 12.7 59.06,"
                    + " 12.7 59.05))', 12.7, 59.05, 12.71, 59.06)").param(amal).update();
            jdbc.sql("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                    + " values (?, 'Rättighetsgatan', 'LINESTRING (12.7 59.05, 12.71 59.05)', 12.7, 59.05, 12.71, 59.05)")
                    .param(amal).update();
            jdbc.sql("insert into focus_place (organisation_id, name, created_at) values (?, 'Rättighetsplats', ?)")
                    .params(amal, java.time.OffsetDateTime.now()).update();
        }
        long area = jdbc.sql("select min(id) from area where organisation_id = ? and name = 'Rättighetsprov'")
                .param(amal).query(Long.class).single();
        long segment = jdbc.sql("select min(id) from street_segment where organisation_id = ? and name = 'Rättighetsgatan'")
                .param(amal).query(Long.class).single();
        long focusPlace = jdbc.sql("select min(id) from focus_place where organisation_id = ? and name = 'Rättighetsplats'")
                .param(amal).query(Long.class).single();
        return new AmalPlaces(area, segment, focusPlace);
    }

    record AmalPlaces(long area, long segment, long focusPlace) {
    }

    @TestFactory
    Stream<DynamicTest> anyoneMayReadTheReportWithoutASession() {
        return PUBLIC_READS.stream().map(path -> DynamicTest.dynamicTest("GET " + path, () -> {
            MvcResult result = mvc.perform(request(HttpMethod.GET, path)).andReturn();
            assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
            assertThat(result.getRequest().getSession(false)).as("session").isNull();
            assertThat(result.getResponse().getHeader("Set-Cookie")).as("cookie").isNull();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aPromisesFilesAreForItsPartiesStaffOnly() {
        return STAFF_FILES.stream().map(pattern -> DynamicTest.dynamicTest("GET " + pattern, () -> {
            String path = pattern.replace("{id}", Long.toString(seedPromise()));
            MvcResult anonymous = mvc.perform(request(HttpMethod.GET, path)).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as("anonymous").isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).isEqualTo("/login");
            assertThat(mvc.perform(request(HttpMethod.GET, path).with(user("mellerud.redaktor").roles("STAFF")))
                    .andReturn().getResponse().getStatus()).as("another organisation").isEqualTo(403);
        }));
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreSentToLoginOrGet401() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.pattern(), () -> {
            MvcResult result = mvc.perform(request(e.method(), concrete(e.pattern())).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            if (e.pattern().startsWith("/api/")) {
                assertThat(status).as("status").isEqualTo(401);
            } else {
                assertThat(status).as("status").isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theWrongOrganisationOrRoleGets403() {
        return endpoints().stream().map(e -> DynamicTest.dynamicTest(e.method() + " " + e.pattern(), () -> {
            int status = mvc.perform(request(e.method(), concrete(e.pattern())).with(csrf())
                            .with(user("mellerud.redaktor").roles("STAFF"))
                            .param("party", Long.toString(lpo()))
                            .param("policeId", Long.toString(lpo()))
                            .param("municipalityId", Long.toString(amal()))
                            .param("start", "2099-01-01").param("end", "2099-12-31").param("title", "Intrång")
                            .param("publisherName", "x").param("version", "0")
                            .param("organisation", Long.toString(amal())))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as("status").isEqualTo(403);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyReadUnderTheApiIsOpenDataForAnyoneOrNeedsAToken() {
        List<String> reads = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                // The API's description belongs to the pages' chain (LOFTE_API_DOCS_PUBLIC), not to the API's.
                if (pattern.startsWith("/api/") && !pattern.startsWith("/api/docs")
                        && !pattern.startsWith("/api/openapi") && (methods.isEmpty()
                        || methods.contains(RequestMethod.GET))) {
                    reads.add(pattern);
                }
            }
        });
        assertThat(reads).containsAll(OPEN_DATA.keySet());
        return reads.stream().map(pattern -> DynamicTest.dynamicTest("GET " + pattern, () -> {
            String path = OPEN_DATA.getOrDefault(pattern, pattern.replaceAll("\\{[^}]+}", "1"));
            MvcResult result = mvc.perform(request(HttpMethod.GET, path)).andReturn();
            if (OPEN_DATA.containsKey(pattern)) {
                assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
                assertThat(result.getResponse().getHeader("Set-Cookie")).as("no cookie for a reader").isNull();
            } else {
                assertThat(result.getResponse().getStatus()).as("status").isEqualTo(401);
            }
        }));
    }

    @Test
    void everyStateChangingEndpointIsCovered() {
        assertThat(endpoints()).isNotEmpty().allSatisfy(e -> assertThat(
                !e.pattern().contains("{") || SAMPLED.contains(e.pattern()))
                .as("a sample path for " + e.pattern()).isTrue());
    }

    private String concrete(String pattern) {
        if (!pattern.contains("{")) {
            return pattern;
        }
        assertThat(SAMPLED).as("sample path for " + pattern).contains(pattern);
        String sample = pattern.replaceFirst("\\{[^}]+}", "%s");
        for (var value : SAMPLE_VALUES.entrySet()) {
            sample = sample.replace(value.getKey(), value.getValue());
        }
        // The object behind the first variable, told by the path before it.
        Object object = switch (pattern.substring(0, pattern.indexOf('{'))) {
            case "/manage/promises/", "/manage/progress/promises/", "/manage/measures/promises/" -> seedPromise();
            case "/manage/progress/updates/" -> seedUpdate();
            case "/manage/organisations/" -> lpo();
            case "/manage/situation/lagesbild/" -> amal();
            case "/manage/accounts/tokens/" -> amalToken;
            case "/manage/situation/imports/" -> amalImportJob();
            case "/manage/accounts/" -> adminAccount();
            case "/manage/situation/reports/categories/" -> commonReportCategory();
            case "/manage/situation/reports/" -> placeReportOfAmal();
            case "/manage/situation/places/areas/" -> amalPlaces.area();
            case "/manage/situation/places/segments/" -> amalPlaces.segment();
            case "/manage/situation/places/focus/" -> amalPlaces.focusPlace();
            case "/manage/measures/kinds/" -> "annat";
            case "/manage/measures/" -> measureOfSeedPromise();
            case "/manage/dialogue/municipalities/" -> amal();
            case "/manage/dialogue/" -> meetingOfAmal();
            case "/manage/citizen-reports/" -> citizenReportOfAmal();
            case "/manage/surveys/" -> surveyOfAmal();
            case "/manage/surveys/external/" -> externalResultsOfAmal();
            default -> anyReport();
        };
        return sample.formatted(object);
    }

    /** A survey of Åmål, which the outsider from Mellerud does not run. */
    private long surveyOfAmal() {
        long amal = amal();
        return firstRow("survey", "municipality_id", amal, () -> jdbc.sql("insert into survey (municipality_id,"
                        + " survey_year, title_sv, title_en, state, template_unchecked, open_token, results_published,"
                        + " created_by, created_at) values (?, 2099, 'Rättighetsprov', 'Rights test', 'DRAFT', false, ?,"
                        + " false, 'admin', ?)")
                .params(amal, "rattighetsprov-" + amal, java.time.OffsetDateTime.now()).update());
    }

    /** Another survey's results imported for Åmål, which the outsider from Mellerud does not run. */
    private long externalResultsOfAmal() {
        long amal = amal();
        return firstRow("survey_external_import", "municipality_id", amal, () -> jdbc.sql("insert into"
                        + " survey_external_import (municipality_id, source_name, source_key, survey_year, imported_by,"
                        + " imported_at) values (?, 'Rättighetsprov', 'rättighetsprov', 2099, 'admin', ?)")
                .params(amal, java.time.OffsetDateTime.now()).update());
    }

    /** A measure of the seed promise, whose parties the outsider from Mellerud is not one of. */
    private long measureOfSeedPromise() {
        long promise = seedPromise();
        return firstRow("measure", "promise_id", promise, () -> {
            var now = java.time.OffsetDateTime.now();
            jdbc.sql("insert into measure (promise_id, kind_code, responsible_id, start_date, end_date, place_type,"
                            + " description, area_only, public_since, logged_at, logged_by, updated_at, updated_by)"
                            + " values (?, 'annat', ?, ?, ?, 'NONE', '', false, ?, ?, 'admin', ?, 'admin')")
                    .params(promise, lpo(), LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 1), now, now, now).update();
        });
    }

    /** A dialogue meeting of Åmål, whose parties the outsider from Mellerud is not one of. */
    private long meetingOfAmal() {
        long amal = amal();
        return firstRow("dialogue_meeting", "municipality_id", amal, () -> {
            var now = java.time.OffsetDateTime.now();
            jdbc.sql("insert into dialogue_meeting (municipality_id, uid, sequence, title, meeting_form, starts_at, ends_at,"
                            + " place, organiser_ids, organisers_text, topics, summary, cancelled, created_at, created_by,"
                            + " updated_at, updated_by) values (?, ?, 0, 'Rättighetsprov', 'mote', ?, ?, 'Torget', '', 'x',"
                            + " '', '', false, ?, 'admin', ?, 'admin')")
                    .params(amal, java.util.UUID.randomUUID() + "@test", now, now.plusHours(1), now, now).update();
        });
    }

    /**
     * The first row of the table whose column holds the owner, inserted the first time: every test context of a
     * run shares one database.
     */
    private long firstRow(String table, String column, long owner, Runnable insert) {
        String rows = " from " + table + " where " + column + " = ?";
        if (jdbc.sql("select count(*)" + rows).param(owner).query(Long.class).single() == 0) {
            insert.run();
        }
        return jdbc.sql("select min(id)" + rows).param(owner).query(Long.class).single();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> list = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!(pattern.startsWith("/manage") || pattern.startsWith("/api")) || PUBLIC.contains(pattern)) {
                    continue;
                }
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    if (m == RequestMethod.POST || m == RequestMethod.PUT || m == RequestMethod.PATCH
                            || m == RequestMethod.DELETE) {
                        list.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern));
                    }
                }
            }
        });
        return list;
    }

    private long seedPromise() {
        return jdbc.sql("select min(id) from promise").query(Long.class).single();
    }

    /** A draft update of the seed promise by its police party: the outsider may not edit or publish it. */
    private long seedUpdate() {
        long promise = seedPromise();
        return firstRow("progress_update", "promise_id", promise, () -> jdbc.sql("insert into progress_update"
                + " (promise_id, kind, title, body, commitment_keys, organisation_id, author, state, created_by,"
                + " created_at, updated_at) values (?, 'PROGRESS', 'Rättighetsprov', 'Text', '[]', ?,"
                + " 'LPO Östra Fyrbodal', 'DRAFT', 'admin', current_timestamp, current_timestamp)")
                .params(promise, lpo()).update());
    }

    /** The first administrator's account: not a person of the outsider's organisation. */
    private long adminAccount() {
        return jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
    }

    /** A queued import job of Åmål's: the outsider may not cancel it. */
    private long amalImportJob() {
        long amal = amal();
        return firstRow("import_job", "organisation_id", amal, () -> jdbc.sql("insert into import_job"
                + " (organisation_id, format, source, state, created_at)"
                + " values (?, 'polisen-events', 'polisen-events', 'QUEUED', current_timestamp)").param(amal).update());
    }

    /** A resident's report in Åmål, whose moderators Mellerud's staff are not. */
    private long citizenReportOfAmal() {
        return firstRow("citizen_report", "organisation_id", amal(), () -> jdbc.sql("insert into citizen_report"
                        + " (submission_key, municipality_code, organisation_id, category, moderation, status,"
                        + " original_text, supporters, received_at, updated_at) values (?, '1492', ?,"
                        + " 'ANNAT', 'NEW', 'MOTTAGEN', 'Rättighetsprov', 0, ?, ?)")
                .params(java.util.UUID.randomUUID().toString(), amal(), java.time.OffsetDateTime.now(),
                        java.time.OffsetDateTime.now()).update());
    }

    private long anyReport() {
        return jdbc.sql("select coalesce(min(id), 0) from accessibility_report").query(Long.class).single();
    }

    /** A category of the common EST set, which no organisation's administrator may remove. */
    private long commonReportCategory() {
        return jdbc.sql("select min(id) from report_category where organisation_id is null").query(Long.class).single();
    }

    /** A place report by the first administrator for Åmål: neither the outsider's nor their organisation's. */
    private String placeReportOfAmal() {
        String id = "00000000-0000-0000-0000-00000000a001";
        if (jdbc.sql("select count(*) from place_report where id = ?").param(id).query(Long.class).single() == 0) {
            jdbc.sql("insert into place_report (id, organisation_id, municipality_code, reported_by, reported_at,"
                            + " content_json) values (?, ?, '1492', 'admin', ?, '{}')")
                    .params(id, amal(), java.time.OffsetDateTime.now()).update();
        }
        return id;
    }

    private long lpo() {
        return staff.localPoliceArea("LPO Östra Fyrbodal").value();
    }

    private long amal() {
        return staff.municipality("amal").value();
    }

    record Endpoint(HttpMethod method, String pattern) {
    }
}
