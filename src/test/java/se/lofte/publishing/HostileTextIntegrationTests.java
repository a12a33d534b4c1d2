package se.lofte.publishing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.followup.PublishedFollowUp;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Ui;
import se.lofte.surveys.AnswerForm;
import se.lofte.surveys.FreeTextReview;
import se.lofte.surveys.QuestionInput;
import se.lofte.surveys.SurveyAnswers;
import se.lofte.surveys.SurveyId;
import se.lofte.surveys.SurveyManagement;
import se.lofte.surveys.SurveyResults;
import se.lofte.surveys.TestSurveys;
import se.lofte.testing.MovableClock;
import se.lofte.testing.PromiseSchema;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Hostile text in every field of every record that reaches a public surface, written through the forms staff
 * use, and every public surface read back with a real parser: no injected element or attribute in a page, the
 * text as data in the API, well-formed feeds, neutralised spreadsheet cells. Over-long text is kept whole or
 * refused at its field, and bidirectional overrides are refused.
 *
 * <p>The test polices its own reach. The public surfaces are found from the application's own mappings, and
 * each is either read here or listed in {@link #WITHOUT_RECORD_TEXT} with the reason it carries no record
 * text. The fields are found by reflection on the handler methods of every form endpoint (their parameters and
 * the fields of their form objects): an endpoint that writes public records must have each of its text fields
 * written hostile here, or listed in {@link #NOT_TEXT} with a reason; an endpoint that writes nothing public is
 * listed in {@link #NOT_PUBLIC} with a reason. A surface, endpoint or field added later fails this test until
 * it is covered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class HostileTextIntegrationTests {

    /** Where a spreadsheet would read a formula: the first character of a cell. */
    private static final String[] FORMULA_STARTERS = {"=", "+", "-", "@", "\t", "\r"};
    /**
     * Markup, attribute breakers, a script, SVG and a {@code javascript:} link, in two halves short enough, with
     * their mark, for the 100-character names.
     */
    private static final String[] PAYLOADS = {
            "\"'><b class=INJ onclick=alert(1)>b</b><svg onload=alert(1)><script>x</script>",
            "'\"><b class=INJ>b</b><img src=x onerror=alert(1)><a href=javascript:alert(1)>j</a>"};
    /** Characters XML 1.0 forbids: a C0 control and a noncharacter. */
    private static final String XML_FORBIDDEN = "\u0001\uFFFF";
    private static final String LONG = "Lång text med <b class=INJ>fet</b> stil. ".repeat(2500);
    /** The bidirectional embeddings, overrides and isolates, which make text read as something else. */
    private static final String BIDI = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    /** The noncharacters at the end of the basic plane, which some parsers take for the end of the text. */
    private static final String NONCHARACTERS = "\uFFFE\uFFFF";

    /** Public GET surfaces that carry no text of any record, with the reason. */
    private static final Map<String, String> WITHOUT_RECORD_TEXT = Map.ofEntries(
            Map.entry("/bilder/{sha256:[0-9a-f]{64}}", "the bytes of an uploaded picture, served as its own type"),
            Map.entry("/tillganglighet", "the accessibility statement: the site's own text and a report form"),
            Map.entry("/medborgarloften/karta.svg", "the map: outlines and names of municipalities from reference data"),
            Map.entry("/tillganglighet/tack", "a thank-you page with the site's own text"),
            Map.entry("/login", "the sign-in form"),
            Map.entry("/konto/inbjudan/{token}", "password form of an invitation: the site's own text"),
            Map.entry("/konto/glomt-losenord", "form for an e-mail address"),
            Map.entry("/konto/glomt-losenord/skickat", "the site's own text"),
            Map.entry("/konto/nytt-losenord/{token}", "password form"),
            Map.entry("/prenumerera/skickat", "the site's own text"),
            Map.entry("/prenumerera/bekrafta/{token}", "a confirm button for a link from a mail"),
            Map.entry("/prenumerera/avsluta/{token}", "an unsubscribe button for a link from a mail"),
            Map.entry("/prenumerera/avslutad", "the site's own text"),
            Map.entry("/api/promises/integrity", "revision numbers, hashes and a verdict; no text of a record"),
            Map.entry("/api/schemas/medborgarlofte-1.json", "the JSON Schema of a promise: the site's own text"),
            Map.entry("/oppna-data", "the open-data page: the site's own text and addresses"),
            Map.entry("/api/tokens", "needs a token: the caller's own tokens, for staff machines"),
            Map.entry("/api/tokens/self", "needs a token: the caller's own token"),
            Map.entry("/error", "the error page: the site's own text"),
            Map.entry("/dialog/bilder/{sha256:[0-9a-f]{64}}", "the bytes of a meeting's photo, re-encoded as a JPEG"),
            Map.entry("/kommun/{slug}/rapportera/kvitto/{key}", "a receipt: the report's number"),
            Map.entry("/kommun/{slug}/rapportera/samma-sak/{id}", "a thank-you page with the report's number"),
            Map.entry("/kommun/{slug}/rapporter/{id}/foto.jpg", "a photo re-encoded as JPEG, served as its own type"),
            Map.entry("/open311/v2/discovery.{format}", "Open311 discovery: the site's own addresses and texts"),
            Map.entry("/open311/v2/services.{format}", "Open311 services: the report categories, the site's own text"),
            Map.entry("/open311/v2/services/{code}.{format}", "an Open311 service definition: a category's code"),
            Map.entry("/open311/v2/media/{id}.jpg", "the bytes of a report's photo, re-encoded as JPEG when received"));

    /** State-changing endpoints whose text reaches no public surface, with the reason. */
    private static final Map<String, String> NOT_PUBLIC = Map.ofEntries(
            Map.entry("/manage/promises/{id}/sign", "a signature: a party id"),
            Map.entry("/manage/promises/{id}/close", "no text"),
            Map.entry("/manage/promises/{id}/draft", "the editor's own unsaved typing, shown to its author alone (in"
                    + " the escaped form) and checked like any promise text when saved through the editor"),
            Map.entry("/manage/promises/{id}/draft/discard", "no text"),
            Map.entry("/manage/promises/{id}/extend", "no text"),
            Map.entry("/manage/promises/{id}/followups", "opens a follow-up: a year and a kind, checked"),
            Map.entry("/manage/promises/{id}/followups/{followUp}/sign", "a signature: a party id"),
            Map.entry("/manage/promises/{id}/followups/{followUp}/next-year",
                    "no text: copies published text into a draft, checked as any new draft"),
            Map.entry("/manage/promises/{id}/followups/{followUp}/effects", "a comparison: a place and a category, each"
                    + " checked against its list, and a number; the evidence names the lägesbild's places. The verdicts'"
                    + " form comes along and is only shown back as typed (escaped by the templates), never saved here"),
            Map.entry("/manage/promises/{id}/followups/{followUp}/effects/{effect}/remove", "no text of its own: the"
                    + " verdicts' form comes along and is only shown back as typed, never saved here"),
            Map.entry("/manage/measures/{id}/delete", "no text"),
            Map.entry("/manage/dialogue/{id}/delete", "no text"),
            Map.entry("/manage/measures/kinds/{code}/remove", "no text"),
            Map.entry("/manage/progress/updates/{id}/publish", "no text"),
            Map.entry("/manage/progress/updates/{id}/withdraw", "no text"),
            Map.entry("/manage/progress/promises/{id}/goals/{goal}/indicator",
                    "a choice of indicator source and its parameters, each checked against its list"),
            Map.entry("/manage/progress/promises/{id}/goals/{goal}/counts", "a number and a date"),
            Map.entry("/manage/situation/places/areas/{id}/delete", "no text"),
            Map.entry("/manage/situation/places/segments/{id}/delete", "no text"),
            Map.entry("/manage/situation/places/focus/{id}/delete", "no text"),
            Map.entry("/manage/situation/lagesbild/{municipalityId}/{year}/pins/{pinId}", "moves or removes a pin"),
            Map.entry("/manage/situation/imports/{id}/cancel", "no text"),
            Map.entry("/manage/situation/imports/mapping",
                    "staff only: how the columns of a file are read; its incidents are covered by the upload"),
            Map.entry("/manage/situation/reports/{id}/withdraw", "no text"),
            Map.entry("/manage/situation/reports/categories/{id}/remove", "no text"),
            Map.entry("/manage/accounts/invite", "staff only: an e-mail address and roles"),
            Map.entry("/manage/accounts/{id}/roles", "staff only: roles"),
            Map.entry("/manage/accounts/{id}/system-admin", "staff only: a flag"),
            Map.entry("/manage/accounts/{id}/invitation", "staff only: sends a mail again"),
            Map.entry("/manage/accounts/tokens/new", "staff only: a token's name, shown to its organisation's staff"),
            Map.entry("/manage/accounts/tokens/{id}/revoke", "no text"),
            Map.entry("/manage/publishing/accessibility-reports/{id}/handled", "no text"),
            Map.entry("/tillganglighet/rapportera", "a report read by system administrators, never shown publicly"),
            Map.entry("/open311/v2/requests.{format}", "a citizen report sent by a program: public only in the words a"
                    + " moderator publishes (written hostile here through the moderation, see writeCitizenReport)"),
            Map.entry("/kommun/{slug}/prenumerera", "an e-mail address, never shown"),
            Map.entry("/kommun/{slug}/medborgarlofte/{year}/prenumerera", "an e-mail address, never shown"),
            Map.entry("/prenumerera/bekrafta/{token}", "no text"),
            Map.entry("/prenumerera/avsluta/{token}", "no text"),
            Map.entry("/konto/inbjudan/{token}", "a password"),
            Map.entry("/konto/glomt-losenord", "an e-mail address"),
            Map.entry("/konto/nytt-losenord/{token}", "a password"),
            Map.entry("/kommun/{slug}/rapportera/samma-sak", "a report's number and the form's key"),
            Map.entry("/manage/citizen-reports/{id}/hide", "staff only: why a report is hidden"),
            Map.entry("/manage/citizen-reports/{id}/merge", "a report's number, checked"),
            Map.entry("/enkat/{token}", "a resident's answers: choices that are counted, and free text that is never"
                    + " shown publicly"),
            Map.entry("/manage/surveys/{id}/letters", "a number of letters"),
            Map.entry("/manage/surveys/{id}/checked", "no text"), Map.entry("/manage/surveys/{id}/open", "no text"),
            Map.entry("/manage/surveys/{id}/close", "no text"),
            Map.entry("/manage/surveys/{id}/questions/{question}/move", "a direction, up or down"),
            Map.entry("/manage/surveys/{id}/questions/{question}/remove", "no text"),
            Map.entry("/manage/surveys/{id}/results/publish", "a switch"),
            Map.entry("/manage/surveys/external/{id}/remove", "no text"),
            Map.entry("/manage/surveys/{id}/free-text/{answer}/reviewed", "no text"));

    /** Fields of public-record forms that cannot carry text, with the reason. */
    private static final Map<String, String> NOT_TEXT = Map.ofEntries(
            Map.entry("start", "a date, parsed"), Map.entry("end", "a date, parsed"),
            Map.entry("goals[].kind", "a choice of two"), Map.entry("goals[].direction", "a choice of two"),
            Map.entry("commitments[].theme", "a choice from a fixed list, refused on its field otherwise"),
            Map.entry("goals[].baseline", "a number, parsed"), Map.entry("goals[].target", "a number, parsed"),
            Map.entry("goals[].deadline", "a date, parsed"),
            Map.entry("imageContentType", "the type of the stored picture, detected from its bytes"),
            Map.entry("action", "names the button pressed"),
            Map.entry("commitments", "keys of the promise's commitments, checked against it"),
            Map.entry("place", "a token for a place from the list, checked"),
            Map.entry("latitude", "a number, parsed"), Map.entry("longitude", "a number, parsed"),
            Map.entry("question", "a survey question's id, checked against the survey"),
            Map.entry("responsible", "a party's id, checked"), Map.entry("kind", "a code from a list, checked"),
            Map.entry("publicFrom", "a date, parsed"), Map.entry("outputs[].quantity", "a number, parsed"),
            Map.entry("sortOrder", "a number, parsed"), Map.entry("version", "a number, parsed"),
            Map.entry("parent", "an organisation's id, checked"),
            Map.entry("municipality", "an SCB code or organisation id, checked"),
            Map.entry("organisation", "an organisation's id, checked"),
            Map.entry("areaNameProperty", "names a property of the uploaded file; never stored or shown"),
            Map.entry("areaKind", "a choice from a list"),
            Map.entry("municipalityCodeProperty", "names a property of the uploaded file; never stored or shown"),
            Map.entry("populationProperty", "names a property of the uploaded file; never stored or shown"),
            Map.entry("segmentNameProperty", "names a property of the uploaded file; never stored or shown"),
            Map.entry("population", "a number, parsed"),
            Map.entry("format", "a choice from a list"), Map.entry("mapping", "the name of a saved mapping, checked"),
            Map.entry("year", "a number, parsed"), Map.entry("municipalityId", "an organisation's id, checked"),
            Map.entry("category", "a filter: an existing category or none"),
            Map.entry("source", "a filter on the pin: an existing source or none"),
            Map.entry("granularity", "a choice from a list"), Map.entry("from", "a date, parsed"),
            Map.entry("to", "a date, parsed"), Map.entry("cell", "a distance, parsed"),
            Map.entry("band", "a distance, parsed"), Map.entry("snap", "a distance, parsed"),
            Map.entry("bandwidth", "a distance, parsed"), Map.entry("unit", "a choice of two, checked"),
            Map.entry("query", "a map view's query string, parsed and checked"),
            Map.entry("view", "a map view, latitude, longitude and zoom, checked"),
            Map.entry("period", "a choice from a list"), Map.entry("heat", "a switch"),
            Map.entry("page", "a number, parsed"),
            Map.entry("polygon", "a shape drawn on the map, GeoJSON read as numbers: it chooses street segments"
                    + " and is never stored"),
            Map.entry("categories", "names of the organisation's categories, checked against them"),
            Map.entry("date", "a date, parsed"), Map.entry("time", "a time, parsed"),
            Map.entry("partOfDay", "a choice from a list"),
            Map.entry("code", "a code of letters, digits and hyphens, checked"),
            Map.entry("imageFile", "a picture's bytes, stored only when they are a PNG, JPEG or WebP picture"),
            Map.entry("rows[].verdict", "a follow-up's verdict: a choice from a list, checked"),
            Map.entry("rows[].reason", "a follow-up's reason: a choice from a list, checked"),
            Map.entry("form", "a meeting's form: a code from a list, checked"), Map.entry("day", "a date, parsed"),
            Map.entry("area", "an area's id, checked against the municipality's"),
            Map.entry("organisers", "ids of the municipality's parties, checked"),
            Map.entry("newPhotoFile", "a photo's bytes, stored only re-encoded as a JPEG without its metadata"),
            Map.entry("key", "a resident's form's submission key, never shown"),
            Map.entry("email", "an e-mail address, never shown"),
            Map.entry("districtId", "an area's id, checked"), Map.entry("weekday", "a choice from a list"),
            Map.entry("photo", "a picture's bytes, re-encoded as JPEG or refused"),
            Map.entry("website", "the robots' field: a filled one stores nothing"),
            Map.entry("anyway", "a switch"), Map.entry("status", "a choice from a list, checked"));

    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    RouterFunctionMapping routes;
    @Autowired
    TestStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    PromiseManagement management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyManagement surveys;
    @Autowired
    SurveyAnswers surveyAnswers;
    @Autowired
    FreeTextReview freeTextReview;
    @Autowired
    SurveyResults surveyResults;
    @Autowired
    JsonMapper json;
    @Autowired
    PublishedPromises published;

    private static boolean built;
    private static final Map<String, Set<String>> written = new LinkedHashMap<>();
    private static final Map<String, Write> writes = new LinkedHashMap<>();
    /** Every hostile value written into the promise form, for the API's round trip. */
    private static final Set<String> promiseTexts = new LinkedHashSet<>();
    private static int counter;
    /** While the records are written: texts written into the promise are then kept for the API's round trip. */
    private static boolean recording;

    private static Organisation municipality;
    private static Organisation police;
    private static long actor;
    private static int year;
    private static String surveyToken;
    private static long promise;
    private static String commitmentKey;
    private static long area;
    private static long segment;
    private static long focusPlace;
    private static String kindCode;
    private static long measure;
    private static long meeting;
    private static long update;
    private static long rejectingJob;
    private static String incidentSource;
    private static String followUp;
    private static String incidentCategory;
    private static long citizenReport;

    private static RequestPostProcessor admin() {
        return user("admin").roles("STAFF", "SYSTEM_ADMIN");
    }

    /** A new hostile text for a field: a formula starter, a mark to find it by, then the payload. */
    private static String hostile(String endpoint, String field) {
        written.computeIfAbsent(endpoint, e -> new TreeSet<>()).add(field.replaceAll("\\[\\d+]", "[]"));
        int n = counter++;
        return FORMULA_STARTERS[n % FORMULA_STARTERS.length] + "HOSTIL" + n + " " + PAYLOADS[n / 6 % 2];
    }

    /** A form to post, made afresh for every use: the long-text probe posts each form again per field. */
    record Write(String pattern, Supplier<Request> request) {
    }

    /** Where to post, the fields, a file, and where the saved text is read back after a redirect. */
    record Request(String path, MultiValueMap<String, String> params, List<MockMultipartFile> files,
                   Function<String, String> readBack) {
    }

    /**
     * Written once for the class (the test extensions that start the mail server run before all, so the
     * context cannot be had earlier); the forms keep the first instance's beans, which every test shares.
     */
    @BeforeEach
    void hostileTextInEveryFieldOfEveryPublicRecord() throws Exception {
        if (built) {
            return;
        }
        built = true;
        recording = true;
        municipality = organisations.municipalityBySlug("sotenas").orElseThrow();
        police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).getFirst();
        for (var organisation : List.of(municipality.id(), police.id())) {
            staff.member("admin", organisation, Role.EDITOR, Role.SIGNATORY, Role.ANALYST, Role.REPORTER,
                    Role.ORGANISATION_ADMIN);
        }
        year = TestYears.importable(); // its incidents and lägesbild must fall in years the application believes
        // A measure lies within its promise's period, and is logged once it has started: late in the promise's year.
        clock.setDay(LocalDate.of(year, 12, 20));

        writeActor();
        writePlaces();
        writeFocusPlace();
        writeHotspotFocusPlace();
        writeMapFocusPlace();
        writeKind();
        writePromise();
        writeMeasure();
        writeMeeting();
        writeUpdate();
        writeFollowUp();
        writeIncidents();
        writeLagesbild();
        writePlaceReport();
        writeCitizenReport();
        writeSurvey();
        writeExternalResults();
        recording = false;
    }

    // ---- writing, through the forms staff use ----

    private void writeActor() throws Exception {
        String add = "/manage/organisations/new";
        register(add, () -> request(add + "?kind=OTHER_ACTOR", params("name", hostile(add, "name")), List.of(),
                redirect -> redirect));
        String location = post(writes.get(add).request().get());
        actor = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String save = "/manage/organisations/{id}";
        register(save, () -> request("/manage/organisations/" + actor, params("name", hostile(save, "name")),
                List.of(), redirect -> redirect));
        post(writes.get(save).request().get());
        staff.member("admin", new OrganisationId(actor), Role.EDITOR, Role.SIGNATORY);
    }

    private void writePlaces() throws Exception {
        String upload = "/manage/situation/places";
        register(upload, () -> {
            String name = hostile(upload, "file");
            String geoJson = """
                    {"type": "FeatureCollection", "features": [
                      {"type": "Feature", "properties": {"name": %s},
                       "geometry": {"type": "Polygon", "coordinates": [[[11.2, 58.3], [11.4, 58.3], [11.4, 58.5],
                         [11.2, 58.5], [11.2, 58.3]]]}},
                      {"type": "Feature", "properties": {"name": %s},
                       "geometry": {"type": "LineString", "coordinates": [[11.25, 58.35], [11.3, 58.4]]}}]}"""
                    .formatted(json.writeValueAsString(name), json.writeValueAsString(name + " gatan"));
            var params = params("organisation", municipality.id().toString(), "areaNameProperty", "name",
                    "areaKind", "DISTRICT", "segmentNameProperty", "name");
            return request(upload, params, List.of(new MockMultipartFile("file", "omraden.geojson",
                    "application/geo+json", geoJson.getBytes(StandardCharsets.UTF_8))), redirect -> redirect);
        });
        post(writes.get(upload).request().get());
        area = jdbc.sql("select max(id) from area where organisation_id = ?").param(municipality.id().value())
                .query(Long.class).single();
        segment = jdbc.sql("select max(id) from street_segment where organisation_id = ?")
                .param(municipality.id().value()).query(Long.class).single();
        String rename = "/manage/situation/places/areas/{id}";
        register(rename, () -> request("/manage/situation/places/areas/" + area,
                params("name", hostile(rename, "name"), "kind", "DISTRICT", "population", "1000"), List.of(),
                redirect -> "/manage/situation/places/areas/" + area));
        post(writes.get(rename).request().get());
    }

    /**
     * A focus place saved from a hotspot analysis: 40 incidents at one point on a street of its own and 30 on a
     * lattice around it, of a source and a year of their own so that no other surface counts them. They stay, so
     * that the analysis finds the same hot cell when the name is written again (too long, with controls).
     */
    private void writeHotspotFocusPlace() throws Exception {
        String source = "fientlig-hotspot";
        long org = municipality.id().value();
        jdbc.sql("insert into street_segment (organisation_id, name, geometry_wkt, min_lon, min_lat, max_lon, max_lat)"
                + " values (?, 'Hotspotgatan', 'LINESTRING (11.25 58.36, 11.27 58.36)', 11.25, 58.36, 11.27, 58.36)")
                .param(org).update();
        for (int i = 0; i < 70; i++) {
            double lat = i < 40 ? 58.36 : 58.34 + 0.005 * ((i - 40) / 5);
            double lon = i < 40 ? 11.26 : 11.23 + 0.01 * ((i - 40) % 5);
            jdbc.sql("""
                            insert into incident (organisation_id, source, source_id, dedup_key, category, starts_at,
                                                  place_precision, latitude, longitude, municipality_code)
                            values (?, ?, ?, ?, 'Stöld', ?, 'POINT', ?, ?, ?)""")
                    .params(org, source, "h" + i, source + "-h" + i,
                            java.time.OffsetDateTime.parse("2001-06-10T12:00:00+02:00"), lat, lon, municipality.scbCode())
                    .update();
        }
        String save = "/manage/situation/hotspots/focus-place";
        register(save, () -> request(save + "?source=" + source + "&from=2001-06-01&to=2001-06-30",
                params("organisation", municipality.id().toString(), "name", hostile(save, "name")), List.of(),
                redirect -> redirect));
        post(writes.get(save).request().get());
    }

    /** A focus place made on the situation map, of the street segment the places were imported with. */
    private void writeMapFocusPlace() throws Exception {
        String save = "/manage/situation/map/focus-place";
        register(save, () -> request(save, params("organisation", municipality.id().toString(),
                "name", hostile(save, "name"), "description", hostile(save, "description"),
                "segment", Long.toString(segment)), List.of(), redirect -> redirect));
        post(writes.get(save).request().get());
    }

    private void writeFocusPlace() throws Exception {
        String create = "/manage/situation/places/focus/new";
        register(create, () -> request(create, params("organisation", municipality.id().toString(),
                "name", hostile(create, "name"), "description", hostile(create, "description"),
                "area", Long.toString(area), "segment", Long.toString(segment)), List.of(), redirect -> redirect));
        String location = post(writes.get(create).request().get());
        focusPlace = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);
        String save = "/manage/situation/places/focus/{id}";
        register(save, () -> request("/manage/situation/places/focus/" + focusPlace,
                params("name", hostile(save, "name"), "description", hostile(save, "description"),
                        "area", Long.toString(area), "segment", Long.toString(segment)), List.of(),
                redirect -> "/manage/situation/places/focus/" + focusPlace));
        post(writes.get(save).request().get());
    }

    /** A survey whose title, question and options are hostile, opened and with its results published. */
    private void writeSurvey() throws Exception {
        String create = "/manage/surveys";
        register(create, () -> request(create, params("organisation", municipality.id().toString(),
                "year", Integer.toString(year), "titleSv", hostile(create, "titleSv"),
                "titleEn", hostile(create, "titleEn")), List.of(), redirect -> redirect));
        String survey = post(writes.get(create).request().get());
        String add = "/manage/surveys/{id}/questions";
        register(add, () -> request(survey + "/questions", questionParams(add), List.of(), redirect -> survey));
        post(writes.get(add).request().get());
        var id = new SurveyId(Long.parseLong(survey.substring(survey.lastIndexOf('/') + 1)));
        var admin = staff.member("admin");
        var question = surveys.survey(id, admin).questions().getFirst().id();
        String edit = "/manage/surveys/{id}/questions/{question}";
        register(edit, () -> request(survey + "/questions/" + question, questionParams(edit), List.of(),
                redirect -> survey));
        post(writes.get(edit).request().get());
        surveys.addQuestion(id, TestSurveys.SAFER, admin);
        surveys.open(id, admin);
        surveyResults.publish(id, true, admin);
        surveyToken = surveys.survey(id, admin).openToken();
        // Its hostile question pinned in the lägesbild under a hostile heading: both on the public lägesbild page.
        String pin = "/manage/surveys/{id}/results/pin";
        String lagesbild = "/manage/situation/lagesbild/" + municipality.id().value() + "/" + year;
        register(pin, () -> request(survey + "/results/pin", params("question", question.toString(),
                "year", Integer.toString(year), "title", hostile(pin, "title")), List.of(), redirect -> lagesbild));
        post(writes.get(pin).request().get());
        // A resident's free text, chosen as a quote for the published results in staff's (hostile) words.
        var freeText = surveys.survey(id, admin).questions().getLast().id();
        surveyAnswers.submit(surveyToken, new AnswerForm(null, Map.of(freeText, List.of("Mer ljus vid torget."))));
        String answer = freeTextReview.queue(id, admin).getFirst().key();
        String quote = "/manage/surveys/{id}/free-text/{answer}/quote";
        register(quote, () -> request(survey + "/free-text/" + answer + "/quote", params("quote",
                hostile(quote, "quote")), List.of(), redirect -> redirect));
        post(writes.get(quote).request().get());
        // An open survey's questions are frozen: later posts of the question forms (the long-text probe) go to a
        // draft, where they are saved or refused at their fields.
        var draft = surveys.create(municipality.id(), Integer.toString(year), "Utkast", "Draft", false, admin).id();
        var draftQuestion = surveys.addQuestion(draft, new QuestionInput("FREE_TEXT", "Fråga", "Question", "", ""),
                admin).id();
        String draftPath = "/manage/surveys/" + draft;
        register(add, () -> request(draftPath + "/questions", questionParams(add), List.of(), redirect -> draftPath));
        register(edit, () -> request(draftPath + "/questions/" + draftQuestion, questionParams(edit), List.of(),
                redirect -> draftPath));
    }

    /**
     * Another survey's results of the survey's municipality and year, shown beside its published results: the
     * source's name and the question, option and area of every row of the file are hostile. Each upload replaces the
     * one before, so that the long-text probe may post it again.
     */
    private void writeExternalResults() throws Exception {
        String upload = "/manage/surveys/external";
        register(upload, () -> {
            String question = csvCell(hostile(upload, "file"));
            String file = "fråga;svarsalternativ;område;antal;svarande\r\n"
                    + question + ";" + csvCell(hostile(upload, "file")) + ";" + csvCell(hostile(upload, "file"))
                    + ";30;50\r\n" + question + ";Nej;;20;50\r\n";
            return request(upload, params("organisation", municipality.id().toString(), "source",
                    hostile(upload, "source"), "year", Integer.toString(year), "replace", "true"),
                    List.of(new MockMultipartFile("file", "tu.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8))),
                    redirect -> redirect);
        });
        post(writes.get(upload).request().get());
    }

    /** A text as one quoted cell of a CSV file. */
    private static String csvCell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Options are lines, so a carriage return among the formula starters would split one in two: it is written as
     * a space there, and the options' other starters reach the CSV's answer cells.
     */
    private static MultiValueMap<String, String> questionParams(String endpoint) {
        return params("kind", "SINGLE_CHOICE", "textSv", hostile(endpoint, "textSv"),
                "textEn", hostile(endpoint, "textEn"),
                "optionsSv", option(endpoint, "optionsSv") + "\n" + option(endpoint, "optionsSv"),
                "optionsEn", option(endpoint, "optionsEn") + "\n" + option(endpoint, "optionsEn"));
    }

    private static String option(String endpoint, String field) {
        return hostile(endpoint, field).replace('\r', ' ');
    }

    private void writeKind() throws Exception {
        String add = "/manage/measures/kinds";
        kindCode = "fientlig-" + year;
        register(add, () -> request(add, params("code", "fientlig-" + (counter++) + "-" + year,
                "nameSv", hostile(add, "nameSv"), "nameEn", hostile(add, "nameEn")), List.of(), redirect -> add));
        var first = writes.get(add).request().get();
        first.params().set("code", kindCode);
        post(first);
        String save = "/manage/measures/kinds/{code}";
        register(save, () -> request(add + "/" + kindCode, params("nameSv", hostile(save, "nameSv"),
                "nameEn", hostile(save, "nameEn"), "sortOrder", "999", "offered", "true"), List.of(),
                redirect -> add + "/" + kindCode));
        post(writes.get(save).request().get());
    }

    private void writePromise() throws Exception {
        String create = "/manage/promises/new";
        // Each use of the create form takes a year of its own: a municipality has one promise a year.
        register(create, () -> request(create, filledPromise(create, TestYears.next(), 0), List.of(),
                redirect -> redirect));
        var first = writes.get(create).request().get();
        first.params().set("start", year + "-01-01");
        first.params().set("end", year + "-12-31");
        first.params().set("goals[0].deadline", year + "-12-31");
        String location = post(first);
        promise = Long.parseLong(location.replaceAll("\\D+", " ").strip().split(" ")[0]);

        String edit = "/manage/promises/{id}/edit";
        register(edit, () -> {
            var params = filledPromise(edit, year,
                    management.find(new PromiseId(promise), staff.member("admin")).orElseThrow().version());
            return request("/manage/promises/" + promise + "/edit", params,
                    List.of(new MockMultipartFile("imageFile", "bild.png", "image/png", png())),
                    redirect -> "/manage/promises/" + promise + "/edit");
        });
        post(writes.get(edit).request().get());
        commitmentKey = content().commitments().getFirst().key();
        signAndPublish();

        // The second revision: the form as the browser shows it, with the picture's hidden field tampered.
        var again = formAsShown();
        again.set("lead", hostile(edit, "lead"));
        again.set("imageSha", hostile(edit, "imageSha"));
        mvc.perform(multipart("/manage/promises/" + promise + "/edit").params(again).with(csrf()).with(admin()))
                .andReturn();
        // Whether the tampered picture was refused or not, the text is saved again and published as revision 2.
        again = formAsShown();
        again.set("situation", hostile(edit, "situation"));
        post(request("/manage/promises/" + promise + "/edit", again, List.of(), r -> r));
        // Characters no form lets in, as text stored before they were refused may hold them.
        String draft = jdbc.sql("select draft_json from promise where id = ?").param(promise).query(String.class)
                .single();
        jdbc.sql("update promise set draft_json = ? where id = ?")
                .params(draft.replace("HOSTIL", "\\u0001\\uFFFFHOSTIL"), promise).update();
        assertThat(content().title()).contains(XML_FORBIDDEN);
        signAndPublish();
    }

    /** The whole promise form for both parties and another actor, every text hostile. */
    private MultiValueMap<String, String> filledPromise(String endpoint, int year, int version) {
        String policeId = police.id().toString();
        String municipalityId = municipality.id().toString();
        var p = new LinkedMultiValueMap<String, String>();
        p.add("version", Integer.toString(version));
        p.add("policeId", policeId);
        p.add("municipalityId", municipalityId);
        p.add("otherActorIds", Long.toString(actor));
        p.add("start", year + "-01-01");
        p.add("end", year + "-12-31");
        p.add("title", promiseText(endpoint, "title"));
        p.add("lead", promiseText(endpoint, "lead"));
        p.add("situation", promiseText(endpoint, "situation"));
        p.add("commitments[0].key", hostile(endpoint, "commitments[].key"));
        p.add("commitments[0].title", promiseText(endpoint, "commitments[].title"));
        p.add("commitments[0].text", promiseText(endpoint, "commitments[].text"));
        p.add("commitments[0].responsible", policeId);
        p.add("commitments[0].focusPlaceIds", Long.toString(focusPlace));
        p.add("commitments[1].title", promiseText(endpoint, "commitments[].title"));
        p.add("commitments[1].responsible", municipalityId);
        p.add("goals[0].key", hostile(endpoint, "goals[].key"));
        p.add("goals[0].kind", "NUMERIC");
        p.add("goals[0].owner", policeId);
        p.add("goals[0].text", promiseText(endpoint, "goals[].text"));
        p.add("goals[0].indicator", promiseText(endpoint, "goals[].indicator"));
        p.add("goals[0].unit", promiseText(endpoint, "goals[].unit"));
        p.add("goals[0].baseline", "0");
        p.add("goals[0].target", "5");
        p.add("goals[0].direction", "INCREASE");
        p.add("goals[0].deadline", year + "-12-31");
        p.add("goals[1].text", promiseText(endpoint, "goals[].text"));
        p.add("focusPlaces", promiseText(endpoint, "focusPlaces"));
        p.add("focusPlaceIds", Long.toString(focusPlace));
        p.add("followUpFrequency", promiseText(endpoint, "followUpFrequency"));
        p.add("followUpConvener", promiseText(endpoint, "followUpConvener"));
        p.add("followAlong", promiseText(endpoint, "followAlong"));
        p.add("signatories[0].name", promiseText(endpoint, "signatories[].name"));
        p.add("signatories[0].role", promiseText(endpoint, "signatories[].role"));
        p.add("signatories[0].party", policeId);
        p.add("signatories[1].name", promiseText(endpoint, "signatories[].name"));
        p.add("signatories[1].role", promiseText(endpoint, "signatories[].role"));
        p.add("signatories[1].party", municipalityId);
        p.add("signatories[2].name", promiseText(endpoint, "signatories[].name"));
        p.add("signatories[2].role", promiseText(endpoint, "signatories[].role"));
        p.add("signatories[2].party", Long.toString(actor));
        p.add("imageSha", hostile(endpoint, "imageSha"));
        p.add("imageAlt", promiseText(endpoint, "imageAlt"));
        p.add("imageCaption", promiseText(endpoint, "imageCaption"));
        p.add("imageCredit", promiseText(endpoint, "imageCredit"));
        p.add("action", "save");
        return p;
    }

    private static String promiseText(String endpoint, String field) {
        String text = hostile(endpoint, field);
        if (recording && !endpoint.equals("/manage/promises/new")) {
            promiseTexts.add(text);
        }
        return text;
    }

    private void signAndPublish() throws Exception {
        String publish = "/manage/promises/{id}/publish";
        if (!writes.containsKey(publish)) {
            register(publish, () -> {
                readyToPublish();
                return request("/manage/promises/" + promise + "/publish",
                        params("publisherName", hostile(publish, "publisherName")), List.of(),
                        redirect -> "/kommun/" + municipality.slug() + "/medborgarlofte/" + year);
            });
        }
        post(writes.get(publish).request().get());
        assertThat(management.find(new PromiseId(promise), staff.member("admin")).orElseThrow().unpublishedChanges())
                .as("published").isFalse();
    }

    /** Signed by every party, with something to publish: each use of the publish form publishes anew. */
    private void readyToPublish() {
        try {
            if (!management.find(new PromiseId(promise), staff.member("admin")).orElseThrow().unpublishedChanges()) {
                var changed = formAsShown();
                changed.set("followAlong", "Ändrad " + (counter++));
                post(request("/manage/promises/" + promise + "/edit", changed, List.of(), r -> r));
            }
            signForEveryParty("/manage/promises/" + promise + "/sign");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs for every party of the promise through a sign form: the promise's or the follow-up's. */
    private void signForEveryParty(String signAddress) throws Exception {
        for (var party : content().parties()) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(signAddress)
                    .with(csrf()).with(admin()).param("party", party.id().toString())).andReturn();
        }
    }

    private void writeMeasure() throws Exception {
        String create = "/manage/measures/promises/{promise}/new";
        register(create, () -> request("/manage/measures/promises/" + promise + "/new", measureParams(create),
                List.of(), redirect -> redirect));
        post(writes.get(create).request().get());
        measure = jdbc.sql("select max(id) from measure where promise_id = ?").param(promise).query(Long.class)
                .single();
        String edit = "/manage/measures/{id}/edit";
        register(edit, () -> request("/manage/measures/" + measure + "/edit", measureParams(edit), List.of(),
                redirect -> "/manage/measures/" + measure + "/edit"));
        post(writes.get(edit).request().get());
    }

    private MultiValueMap<String, String> measureParams(String endpoint) {
        return params("commitments", commitmentKey, "start", LocalDate.of(year, 12, 19).toString(), "kind", kindCode, "responsible", police.id().toString(),
                "place", "f:" + focusPlace, "outputs[0].quantity", "20",
                "outputs[0].unit", hostile(endpoint, "outputs[].unit"),
                "description", hostile(endpoint, "description"));
    }

    /** A dialogue meeting of the municipality: recorded with a photo, then changed with the photo's text and another photo. */
    private void writeMeeting() throws Exception {
        String create = "/manage/dialogue/municipalities/{municipality}/new";
        register(create, () -> request("/manage/dialogue/municipalities/" + municipality.id().value() + "/new",
                meetingParams(create, "newPhotoAlt"), List.of(new MockMultipartFile("newPhotoFile", "bild.png",
                        "image/png", se.lofte.dialogue.DialogueFixtures.png())), redirect -> redirect));
        post(writes.get(create).request().get());
        meeting = jdbc.sql("select max(id) from dialogue_meeting where municipality_id = ?")
                .param(municipality.id().value()).query(Long.class).single();
        long photo = jdbc.sql("select min(id) from dialogue_meeting_photo where meeting_id = ?").param(meeting)
                .query(Long.class).single();
        String edit = "/manage/dialogue/{id}/edit";
        register(edit, () -> {
            var params = meetingParams(edit, "photos[" + photo + "].alt");
            params.add("newPhotoAlt", hostile(edit, "newPhotoAlt"));
            return request("/manage/dialogue/" + meeting + "/edit", params, List.of(new MockMultipartFile(
                    "newPhotoFile", "bild.png", "image/png", se.lofte.dialogue.DialogueFixtures.png())),
                    redirect -> "/manage/dialogue/" + meeting + "/edit");
        });
        post(writes.get(edit).request().get());
    }

    /** Every text of a meeting, and the alternative text of a photo by its field's name. */
    private MultiValueMap<String, String> meetingParams(String endpoint, String photoAlt) {
        return params("title", hostile(endpoint, "title"), "form", "trygghetsvandring",
                "day", LocalDate.of(year, 12, 10).toString(), "start", "18:00", "end", "19:00",
                "place", hostile(endpoint, "place"), "organisers", municipality.id().toString(),
                "organisersText", hostile(endpoint, "organisersText"), "participants[boende]", "7",
                "topics", hostile(endpoint, "topics"), "summary", hostile(endpoint, "summary"),
                "commitments", promise + ":" + commitmentKey, photoAlt, hostile(endpoint, photoAlt));
    }

    private void writeUpdate() throws Exception {
        String create = "/manage/progress/promises/{id}/updates/new";
        register(create, () -> request("/manage/progress/promises/" + promise + "/updates/new",
                params("kind", "NOT_DONE", "title", hostile(create, "title"), "text", hostile(create, "text"),
                        "commitments", commitmentKey, "party", police.id().toString()), List.of(),
                redirect -> redirect));
        String location = post(writes.get(create).request().get());
        update = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String edit = "/manage/progress/updates/{id}";
        register(edit, () -> request("/manage/progress/updates/" + update,
                params("kind", "NOT_DONE", "title", hostile(edit, "title"), "text", hostile(edit, "text"),
                        "commitments", commitmentKey, "party", police.id().toString()), List.of(),
                redirect -> "/manage/progress/updates/" + update));
        post(writes.get(edit).request().get());
        post(request("/manage/progress/updates/" + update + "/publish", params(), List.of(), r -> r));
    }

    /** The year's joint follow-up: every verdict explained in hostile words, signed and published. */
    private void writeFollowUp() throws Exception {
        followUp = post(request("/manage/promises/" + promise + "/followups",
                params("year", Integer.toString(year), "kind", "YEAR_END"), List.of(), r -> r));
        String save = "/manage/promises/{id}/followups/{followUp}";
        register(save, () -> request(followUp, followUpParams(save), List.of(), redirect -> followUp));
        post(writes.get(save).request().get());
        String publish = "/manage/promises/{id}/followups/{followUp}/publish";
        register(publish, () -> {
            readyToPublishFollowUp(save);
            return request(followUp + "/publish", params("publisherName", hostile(publish, "publisherName")),
                    List.of(), redirect -> promisePath());
        });
        post(writes.get(publish).request().get());
        assertThat(jdbc.sql("select published_revision from follow_up where id = ?").param(followUpId())
                .query(Integer.class).single()).as("published").isNotNull();
    }

    private long followUpId() {
        return Long.parseLong(followUp.substring(followUp.lastIndexOf('/') + 1));
    }

    /** Every row not fulfilled, with a reason and a hostile explanation; at the version the follow-up has now. */
    private MultiValueMap<String, String> followUpParams(String endpoint) {
        var params = params("version", jdbc.sql("select version from follow_up where id = ?").param(followUpId())
                .query(Integer.class).single().toString());
        var c = content();
        for (int i = 0; i < c.commitments().size() + c.goals().size(); i++) {
            params.add("rows[" + i + "].verdict", "NOT_FULFILLED");
            params.add("rows[" + i + "].reason", "OTHER");
            params.add("rows[" + i + "].explanation", hostile(endpoint, "rows[" + i + "].explanation"));
        }
        return params;
    }

    /** Verdicts not yet published, signed by every party: each use of the publish form publishes anew. */
    private void readyToPublishFollowUp(String save) {
        try {
            if (!jdbc.sql("select unpublished_changes from follow_up where id = ?").param(followUpId())
                    .query(Boolean.class).single()) {
                post(request(followUp, followUpParams(save), List.of(), r -> r));
            }
            signForEveryParty(followUp + "/sign");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeIncidents() throws Exception {
        String upload = "/manage/situation/imports";
        register(upload, () -> {
            String source = hostile(upload, "source");
            String type = hostile(upload, "file");
            String items = """
                    [{"id": %d, "datetime": "%s 10:00:00 +02:00", "name": %s, "summary": %s, "url": %s,
                      "type": %s, "location": {"name": "Sotenäs", "gps": "58.40,11.30"}}]"""
                    .formatted(System.nanoTime(), LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(3),
                            json.writeValueAsString(type), json.writeValueAsString(type),
                            json.writeValueAsString("javascript:alert(1)"), json.writeValueAsString(type));
            return request(upload, params("organisation", municipality.id().toString(), "format", "polisen-events",
                            "mapping", "", "source", source),
                    List.of(new MockMultipartFile("file", "handelser.json", "application/json",
                            items.getBytes(StandardCharsets.UTF_8))), redirect -> redirect);
        });
        var request = writes.get(upload).request().get();
        incidentSource = request.params().getFirst("source").strip();
        incidentCategory = incidentCategoryOf(request.files().getFirst());
        awaitJob(jobOf(post(request)));

        // A police.uk file whose rows are refused carries their raw text into the rejections' CSV.
        String rows = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n"
                + "=HYPERLINK(\"http://x\"),2019-13,=1+1,+1,-1,@x,\"" + PAYLOADS[0].replace("\"", "\"\"")
                + "\",E1,E1,Klotter,,\n";
        rejectingJob = jobOf(post(request(upload, params("organisation", municipality.id().toString(),
                "format", "police-uk", "mapping", "", "source", "fientlig-uk-" + year), List.of(new MockMultipartFile(
                "file", "uk.csv", "text/csv", rows.getBytes(StandardCharsets.UTF_8))), r -> r)));
        awaitJob(rejectingJob);
    }

    private String incidentCategoryOf(MockMultipartFile file) throws Exception {
        return json.readTree(file.getBytes()).get(0).get("type").asString().strip();
    }

    private static long jobOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void awaitJob(long id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String state = jdbc.sql("select state from import_job where id = ?").param(id).query(String.class).single();
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import job " + id + " did not finish");
    }

    private void writeLagesbild() throws Exception {
        String save = "/manage/situation/lagesbild/{municipalityId}/{year}";
        String path = "/manage/situation/lagesbild/" + municipality.id().value() + "/" + year;
        register(save, () -> request(path, params("analysis", hostile(save, "analysis"), "shownPublicly", "true",
                "version", Integer.toString(lagesbildVersion())), List.of(), redirect -> path));
        post(writes.get(save).request().get());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String pin = "/manage/situation/lagesbild/pin";
        register(pin, () -> request(pin, params("municipalityId", municipality.id().toString(),
                "year", Integer.toString(year), "kind", "CHART", "title", hostile(pin, "title"),
                "category", incidentCategory, "source", incidentSource, "granularity", "week",
                "from", today.minusDays(30).toString(), "to", today.toString()), List.of(), redirect -> path));
        post(writes.get(pin).request().get());
        String pinMap = "/manage/situation/lagesbild/pin-map";
        register(pinMap, () -> request(pinMap, params("municipalityId", municipality.id().toString(),
                "year", Integer.toString(year), "title", hostile(pinMap, "title"), "query", "view=58.4,11.3,12"),
                List.of(), redirect -> path));
        post(writes.get(pinMap).request().get());
    }

    private int lagesbildVersion() {
        return jdbc.sql("select coalesce(max(version), -1) from lagesbild where municipality_id = ? and lagesbild_year = ?")
                .params(municipality.id().value(), year).query(Integer.class).single();
    }

    private void writePlaceReport() throws Exception {
        String categories = "/manage/situation/reports/categories";
        register(categories, () -> request(categories, params("organisation", municipality.id().toString(),
                // A category's name may not hold a slash (it would split the list), so its markup is unclosed.
                "name", hostile(categories, "name").replace("/", "")), List.of(), redirect -> redirect));
        var added = writes.get(categories).request().get();
        String category = added.params().getFirst("name").strip();
        post(added);
        String create = "/manage/situation/reports/new";
        register(create, () -> request(create, reportParams(create, category), List.of(), redirect -> redirect));
        post(writes.get(create).request().get());
        String id = jdbc.sql("select id from place_report where organisation_id = ? order by reported_at desc")
                .param(municipality.id().value()).query(String.class).list().getFirst();
        String edit = "/manage/situation/reports/{id}/edit";
        register(edit, () -> request("/manage/situation/reports/" + id + "/edit", reportParams(edit, category),
                List.of(), redirect -> "/manage/situation/reports/" + id + "/edit"));
        post(writes.get(edit).request().get());
    }

    private MultiValueMap<String, String> reportParams(String endpoint, String category) {
        return params("organisation", municipality.id().toString(), "municipality", municipality.scbCode(),
                "placeName", hostile(endpoint, "placeName"), "categories", category,
                "date", LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1).toString(), "partOfDay", "kvall",
                "text", hostile(endpoint, "text"));
    }

    /** A resident's report through the public form, published and answered by a moderator. */
    private void writeCitizenReport() throws Exception {
        String form = "/kommun/{slug}/rapportera";
        String path = "/kommun/" + municipality.slug() + "/rapportera";
        register(form, () -> request(path, params("key", java.util.UUID.randomUUID().toString(), "category", "annat",
                "description", hostile(form, "description"), "placeInWords", hostile(form, "placeInWords"),
                "email", "hostil@example.se"), List.of(), redirect -> redirect));
        post(writes.get(form).request().get());
        citizenReport = jdbc.sql("select max(id) from citizen_report where municipality_code = ?")
                .param(municipality.scbCode()).query(Long.class).single();
        String publish = "/manage/citizen-reports/{id}/publish";
        register(publish, () -> request("/manage/citizen-reports/" + citizenReport + "/publish",
                params("text", hostile(publish, "text")), List.of(), redirect -> redirect));
        post(writes.get(publish).request().get());
        String answer = "/manage/citizen-reports/{id}/answer";
        register(answer, () -> request("/manage/citizen-reports/" + citizenReport + "/answer", params("status",
                "avslutad", "answer", hostile(answer, "answer"), "closedReason", hostile(answer, "closedReason")),
                List.of(), redirect -> redirect));
        post(writes.get(answer).request().get());
        // Characters no form lets in, as text stored before they were refused may hold them: Open311 and the feed
        // must still be well-formed.
        jdbc.sql("update citizen_report set published_text = replace(published_text, 'HOSTIL', ?) where id = ?")
                .params(XML_FORBIDDEN + "HOSTIL", citizenReport).update();
    }

    // ---- the public surfaces ----

    private String promisePath() {
        return "/kommun/" + municipality.slug() + "/medborgarlofte/" + year;
    }

    /** Every public page that may show text of the records written above, by the pattern it is served under. */
    private Map<String, List<String>> pages() {
        String page = promisePath();
        String slug = municipality.slug();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("/", List.of("/", "/?lang=en"));
        pages.put("/medborgarloften/{year}", List.of("/medborgarloften/" + year));
        pages.put("/medborgarloften", List.of("/medborgarloften", "/medborgarloften?ar=" + year + "&lang=en"));
        pages.put("/kommun", List.of("/kommun"));
        pages.put("/kommun/{slug}", List.of("/kommun/" + slug, "/kommun/" + slug + "?lang=en"));
        pages.put("/kommun/{slug}/medborgarlofte/{year}", List.of(page, page + "?utskrift=1", page + "?lang=en"));
        pages.put("/kommun/{slug}/medborgarlofte/{year}/version/{number}", List.of(page + "/version/1",
                page + "/version/2", page + "/version/2?utskrift=1", page + "/version/2?lang=en"));
        pages.put("/widget/kommun/{slug}/medborgarlofte/{year:\\d+}", List.of("/widget" + page,
                "/widget" + page + "?lang=en"));
        pages.put("/widget/kommun/{slug}/medborgarlofte/{year:\\d+}.html", List.of("/widget" + page + ".html"));
        pages.put("/kommun/{slug}/lagesbild/{year}", List.of("/kommun/" + slug + "/lagesbild/" + year));
        pages.put("/kommun/{slug}/prenumerera", List.of("/kommun/" + slug + "/prenumerera"));
        pages.put("/kommun/{slug}/medborgarlofte/{year}/prenumerera", List.of(page + "/prenumerera"));
        pages.put("/kommun/{slug}/medborgarlofte/{year}/rapport", List.of(page + "/rapport", page + "/rapport?lang=en"));
        pages.put("/kommun/{slug}/dialog", List.of("/kommun/" + slug + "/dialog", "/kommun/" + slug + "/dialog?lang=en"));
        pages.put("/kommun/{slug}/dialog/{id:\\d{1,18}}", List.of("/kommun/" + slug + "/dialog/" + meeting,
                "/kommun/" + slug + "/dialog/" + meeting + "?lang=en"));
        pages.put("/kommun/{slug}/rapportera", List.of("/kommun/" + slug + "/rapportera"));
        pages.put("/kommun/{slug}/rapporter", List.of("/kommun/" + slug + "/rapporter",
                "/kommun/" + slug + "/rapporter?lang=en"));
        pages.put("/kommun/{slug}/rapporter/{id}", List.of("/kommun/" + slug + "/rapporter/" + citizenReport,
                "/kommun/" + slug + "/rapporter/" + citizenReport + "?lang=en"));
        pages.put("/enkat/{token}", List.of("/enkat/" + surveyToken, "/enkat/" + surveyToken + "?lang=en"));
        pages.put("/enkat/{token}/tack", List.of("/enkat/" + surveyToken + "/tack"));
        pages.put(SURVEY_RESULTS, List.of(surveyResultsPath(), surveyResultsPath() + "?lang=en"));
        return pages;
    }

    private Map<String, List<String>> feeds() {
        return Map.of("/flode.atom", List.of("/flode.atom"),
                "/kommun/{slug}/rapporter.atom", List.of("/kommun/" + municipality.slug() + "/rapporter.atom"),
                "/kommun/{slug}/flode.atom", List.of("/kommun/" + municipality.slug() + "/flode.atom"),
                "/kommun/{slug}/medborgarlofte/{year:\\d{4}}/flode.atom", List.of(promisePath() + "/flode.atom"));
    }

    private Map<String, List<String>> api() {
        String base = "/api/promises/" + promise;
        return Map.of("/api/promises", List.of("/api/promises"), "/api/promises/{id}", List.of(base),
                "/api/promises/{id}/revisions", List.of(base + "/revisions"),
                "/api/promises/{id}/revisions/{number}", List.of(base + "/revisions/1", base + "/revisions/2"),
                BULK_JSON_LINES, List.of(BULK_JSON_LINES));
    }

    /** Open311's service requests, as JSON and as XML. */
    private Map<String, List<String>> open311() {
        String one = "/open311/v2/requests/" + citizenReport;
        String all = "/open311/v2/requests";
        String filter = "?jurisdiction_id=" + municipality.scbCode() + "&service_request_id=" + citizenReport;
        return Map.of(all + ".{format}", List.of(all + ".json" + filter, all + ".xml" + filter),
                "/open311/v2/requests/{id}.{format}", List.of(one + ".json", one + ".xml"));
    }

    private static final String SHARE_IMAGE = "/kommun/{slug}/medborgarlofte/{year:\\d{4}}/delningsbild.png";
    private static final String BULK_JSON_LINES = "/api/bulk/medborgarloften.jsonl";
    /** Read with the other CSV files, in {@link #everyCsvNeutralisesCellsThatStartLikeAFormula}. */
    private static final String BULK_CSV = "/api/bulk/medborgarloften.csv";
    private static final String REPORT_PDF = "/kommun/{slug}/medborgarlofte/{year}/rapport.pdf";
    private static final String CALENDAR = "/kommun/{slug}/dialog.ics";

    @Test
    void theCalendarCarriesHostileTextAsEscapedTextOfAValidFile() throws Exception {
        String body = mvc.perform(get("/kommun/" + municipality.slug() + "/dialog.ics")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(body));
        List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(
                net.fortuna.ical4j.model.Component.VEVENT);
        String title = jdbc.sql("select title from dialogue_meeting where id = ?").param(meeting).query(String.class)
                .single();
        assertThat(events).anySatisfy(e -> assertThat(e.getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
                .orElseThrow().getValue()).isEqualTo(title));
        assertThat(title).contains("<b class=INJ>");
    }

    private static final String SURVEY_RESULTS = "/kommun/{slug}/trygghetsundersokning/{year}";

    private String surveyResultsPath() {
        return "/kommun/" + municipality.slug() + "/trygghetsundersokning/" + year;
    }

    @Test
    void theSurveyResultsJsonGivesTheTextBackAsData() throws Exception {
        MvcResult result = mvc.perform(get(surveyResultsPath() + ".json")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Set<String> strings = new LinkedHashSet<>();
        collectStrings(json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), strings);
        assertThat(strings).anySatisfy(s -> assertThat(s).contains("HOSTIL", "<b class=INJ"));
    }

    @Test
    void everyPublicSurfaceIsReadHereOrSaysWhyItCarriesNoRecordText() {
        Set<String> checked = new TreeSet<>();
        checked.addAll(pages().keySet());
        checked.addAll(feeds().keySet());
        checked.addAll(api().keySet());
        checked.addAll(open311().keySet());
        checked.add(SHARE_IMAGE);
        checked.add(BULK_CSV);
        checked.add(REPORT_PDF);
        checked.add(CALENDAR);
        checked.add(SURVEY_RESULTS + ".json");
        checked.add(SURVEY_RESULTS + ".csv");
        Set<String> uncovered = new TreeSet<>();
        for (String surface : publicSurfaces()) {
            if (!checked.contains(surface) && !WITHOUT_RECORD_TEXT.containsKey(surface)) {
                uncovered.add(surface);
            }
        }
        assertThat(uncovered).as("public GET surfaces neither read by this test nor listed as without record text")
                .isEmpty();
        assertThat(publicSurfaces()).as("the listed surfaces exist").containsAll(checked);
    }

    @Test
    void everyTextFieldOfEveryFormThatWritesPublicRecordsIsWrittenHostile() {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        Set<String> unaccounted = new TreeSet<>();
        formFields().forEach((endpoint, fields) -> {
            if (NOT_PUBLIC.containsKey(endpoint)) {
                return;
            }
            if (!written.containsKey(endpoint)) {
                unaccounted.add(endpoint);
                return;
            }
            for (String field : fields) {
                if (!written.get(endpoint).contains(field) && !NOT_TEXT.containsKey(field)) {
                    missing.computeIfAbsent(endpoint, e -> new TreeSet<>()).add(field);
                }
            }
        });
        assertThat(unaccounted).as("form endpoints neither written hostile here nor listed as not public").isEmpty();
        assertThat(missing).as("text fields not written hostile").isEmpty();
    }

    @Test
    void noPublicPageCarriesAnInjectedElementOrAttribute() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (var answer : read(pages()).entrySet()) {
            List<String> found = injections(html(answer.getValue().getContentAsString()));
            if (!found.isEmpty()) {
                problems.put(answer.getKey(), found);
            }
        }
        assertThat(problems).isEmpty();
        String page = mvc.perform(get(promisePath())).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the promise page shows the hostile text, as text").contains("HOSTIL");
        Document lagesbild = html(mvc.perform(get("/kommun/" + municipality.slug() + "/lagesbild/" + year))
                .andReturn().getResponse().getContentAsString());
        assertThat(lagesbild.text()).as("the public lägesbild shows the hostile text, as text").contains("HOSTIL");
        Document survey = html(mvc.perform(get(surveyResultsPath())).andReturn().getResponse().getContentAsString());
        assertThat(survey.select("figure.survey-quote blockquote").text())
                .as("the survey's quote shows the hostile text, as text").contains("HOSTIL", "<b class=INJ");
    }

    @Test
    void thePromisesPictureIsAlwaysOneOfItsStoredPictures() throws Exception {
        Document first = html(mvc.perform(get(promisePath() + "/version/1")).andReturn().getResponse()
                .getContentAsString());
        assertThat(first.select("figure.promise-image img")).as("the uploaded picture").hasSize(1);
        for (var answer : read(pages()).entrySet()) {
            Document page = html(answer.getValue().getContentAsString());
            assertThat(page.select("figure.promise-image img")).as(answer.getKey())
                    .allSatisfy(img -> assertThat(img.attr("src")).matches("/bilder/[0-9a-f]{64}"));
        }
    }

    @Test
    void feedsAreWellFormedAtomAndCarryTheTextAsText() throws Exception {
        for (var answer : read(feeds()).entrySet()) {
            String address = answer.getKey();
            String xml = answer.getValue().getContentAsString(StandardCharsets.UTF_8);
            assertThat(AtomRules.problems(xml)).as(address).isEmpty();
            var root = AtomRules.parse(xml).getDocumentElement();
            assertThat(elementsOutsideAtom(root)).as(address + ": elements that are not Atom's").isEmpty();
            assertThat(xml).as(address).doesNotContain("\uFFFF").doesNotContain("\u0001");
            if (!address.equals("/flode.atom") || xml.contains("HOSTIL")) {
                assertThat(root.getTextContent()).as(address).contains("<b class=INJ", "\uFFFD\uFFFDHOSTIL");
            }
        }
    }

    @Test
    void theShareImageIsDrawnWhateverItsText() throws Exception {
        MvcResult result = mvc.perform(get(promisePath() + "/delningsbild.png")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))).isNotNull();
    }

    @Test
    void theReportPdfCarriesTheTextAsTextAndLinksNowhereElse() throws Exception {
        MvcResult result = mvc.perform(get(promisePath() + "/rapport.pdf")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("<b class=INJ", "HOSTIL");
            assertThat(pdf.getDocumentCatalog().getOpenAction()).isNull();
            for (var page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).startsWith("http");
                    } else {
                        assertThat(annotation).isInstanceOf(
                                PDAnnotationLink.class);
                    }
                }
            }
        }
    }

    @Test
    void theFollowUpsExplanationsAreShownAsTextWhereverTheFollowUpIs() throws Exception {
        List<String> explanations = publishedExplanations();
        assertThat(explanations).isNotEmpty().allSatisfy(e -> assertThat(e).contains("HOSTIL"));
        Document report = html(mvc.perform(get(promisePath() + "/rapport")).andReturn().getResponse()
                .getContentAsString());
        assertThat(report.select("section#followup").text()).as("the report").contains(explanations.stream()
                .map(e -> e.strip().replaceAll("\\s+", " ")).toList());
        try (var pdf = Loader.loadPDF(mvc.perform(get(promisePath() + "/rapport.pdf")).andReturn().getResponse()
                .getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).as("the report PDF").contains(explanations.stream()
                    .map(e -> e.replaceAll("\\s+", "")).toList());
        }
        JsonNode document = json.readTree(mvc.perform(get("/api/promises/" + promise)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> given = new ArrayList<>();
        document.get("followUp").get("items").forEach(item -> given.add(item.get("explanation").asString()));
        assertThat(given).as("the open data, as written").isEqualTo(explanations);
    }

    /** The explanations of the follow-up as the promise's revisions published it. */
    private List<String> publishedExplanations() {
        var revisions = published.revisions(new PromiseId(promise));
        return PublishedFollowUp.latest(revisions, Integer.MAX_VALUE).orElseThrow().items().stream()
                .map(PublishedFollowUp.Item::explanation).toList();
    }

    @Test
    void theApiIsValidJsonAndKeepsEveryTextAsData() throws Exception {
        Set<String> strings = new LinkedHashSet<>();
        String schema = PromiseSchema.served(mvc);
        for (var answer : read(api()).entrySet()) {
            String address = answer.getKey();
            String body = answer.getValue().getContentAsString(StandardCharsets.UTF_8);
            // JSON Lines: each line a document of its own.
            for (String document : address.endsWith(".jsonl") ? body.split("\n") : new String[]{body}) {
                collectStrings(json.readTree(document), strings);
            }
            if (!address.equals("/api/promises")) {
                PromiseSchema.assertConforms(schema, body);
            }
        }
        Set<String> stripped = new LinkedHashSet<>();
        strings.forEach(s -> stripped.add(s.strip()));
        Set<String> lost = new TreeSet<>();
        for (String text : promiseTexts) {
            if (!stripped.contains(text.strip())) {
                lost.add(text);
            }
        }
        assertThat(lost).as("texts of the promise that the API does not give back as written").isEmpty();
    }

    @Test
    void open311KeepsTheReportsTextAsDataInJsonAndWellFormedXml() throws Exception {
        for (var answer : read(open311()).entrySet()) {
            String address = answer.getKey();
            String body = answer.getValue().getContentAsString(StandardCharsets.UTF_8);
            String text;
            String forbidden;
            if (address.contains(".json")) {
                // JSON may carry any character as data (the control escaped); the reader gets the text as stored.
                Set<String> strings = new LinkedHashSet<>();
                collectStrings(json.readTree(body), strings);
                text = String.join("\n", strings);
                forbidden = XML_FORBIDDEN;
            } else {
                assertThat(body).as(address).doesNotContain("\uFFFF").doesNotContain("\u0001");
                forbidden = "\uFFFD\uFFFD";
                var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Node root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        answer.getValue().getContentAsByteArray())).getDocumentElement();
                assertThat(root.getNodeName()).isEqualTo("service_requests");
                text = root.getTextContent();
            }
            // The published text, the answer, the reason and the place, as data: markup unparsed.
            assertThat(text).as(address).contains(forbidden + "HOSTIL", "<b class=INJ");
            assertThat(text.split("HOSTIL", -1)).as(address).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyCsvNeutralisesCellsThatStartLikeAFormula() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        Map<String, String> downloads = Map.of(
                "audit", "/manage/accounts/audit/export",
                "rejections", "/manage/situation/imports/" + rejectingJob + "/rejections.csv",
                "week", "/manage/situation/reports/week.csv?organisation=" + municipality.id().value()
                        + "&week=" + today.minusDays(1).format(java.time.format.DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8));
        downloads = new LinkedHashMap<>(downloads);
        downloads.put("bulk", BULK_CSV);
        downloads.put("survey", surveyResultsPath() + ".csv");
        downloads.put("survey for staff", jdbc.sql("select '/manage/surveys/' || id || '/results.csv' from survey"
                + " where open_token = ?").param(surveyToken).query(String.class).single());
        assertThat(csvDownloads()).as("every CSV download is checked here").isEqualTo(new TreeSet<>(List.of(
                "/manage/accounts/audit/export", "/manage/situation/imports/{id}/rejections.csv",
                "/manage/situation/reports/week.csv", BULK_CSV, SURVEY_RESULTS + ".csv",
                "/manage/surveys/{id}/results.csv")));
        Map<String, List<String>> formulas = new LinkedHashMap<>();
        downloads.forEach((name, address) -> {
            try {
                MvcResult result = mvc.perform(get(address).with(admin())).andReturn();
                assertThat(result.getResponse().getStatus()).as(address).isEqualTo(200);
                String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
                assertThat(csv).as(name + " carries hostile text").contains("INJ");
                // The open data's CSV is RFC 4180 (commas) for programs; staff downloads are for Swedish Excel.
                CSVFormat format = name.equals("bulk") ? CSVFormat.RFC4180
                        : CSVFormat.EXCEL.builder().setDelimiter(';').get();
                for (CSVRecord record : format.parse(new StringReader(csv))) {
                    for (String cell : record) {
                        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                            formulas.computeIfAbsent(name, n -> new ArrayList<>()).add(cell.substring(0,
                                    Math.min(cell.length(), 30)));
                        }
                    }
                }
            } catch (Exception e) {
                throw new AssertionError(address, e);
            }
        });
        assertThat(formulas).as("cells a spreadsheet would read as a formula").isEmpty();
    }

    @Test
    void overLongTextIsKeptWholeOrRefusedAtItsField() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> forms = formFields();
        for (Write write : writes.values()) {
            for (String field : textFields(write, forms)) {
                String shape = field.replaceAll("\\[\\d+]", "[]");
                if (shape.endsWith(".key") || shape.equals("imageSha")) {
                    continue;
                }
                Request request = write.request().get();
                request.params().set(field, LONG);
                MvcResult result = perform(request);
                int status = result.getResponse().getStatus();
                String where = write.pattern() + " " + field;
                if (status >= 500) {
                    problems.add(where + ": " + status);
                } else if (status >= 300 && status < 400 && refusedAt(result, field)) {
                    continue;
                } else if (status >= 300 && status < 400) {
                    String back = request.readBack().apply(result.getResponse().getRedirectedUrl());
                    String shown = mvc.perform(get(back).with(admin())).andReturn().getResponse().getContentAsString();
                    if (!html(shown).text().contains(LONG.strip())
                            && !shown.contains(org.springframework.web.util.HtmlUtils.htmlEscape(LONG).strip())) {
                        problems.add(where + ": saved, but not whole");
                    }
                } else {
                    Document page = html(result.getResponse().getContentAsString());
                    String id = FieldErrors.id(field);
                    if (page.select("[id^=" + id + "][id$=-error], #error-summary a[href^=#" + id + "]").isEmpty()) {
                        problems.add(where + ": refused (" + status + ") without a message at the field");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void bidirectionalControlsAndNoncharactersAreRefusedInEveryField() throws Exception {
        List<String> accepted = new ArrayList<>();
        Map<String, Set<String>> forms = formFields();
        for (Write write : writes.values()) {
            List<String> fields = textFields(write, forms);
            if (fields.isEmpty()) {
                continue;
            }
            String field = fields.getFirst();
            for (char c : (BIDI + NONCHARACTERS).toCharArray()) {
                Request again = write.request().get();
                again.params().set(field, "Tryggare " + c + "centrum");
                MvcResult result = perform(again);
                if (result.getResponse().getStatus() != 400) {
                    accepted.add(write.pattern() + " " + field + " U+" + Integer.toHexString(c).toUpperCase());
                }
            }
        }
        assertThat(accepted).as("bidirectional controls and noncharacters accepted").isEmpty();
    }

    /** Whether the answer, a redirect, carries a refusal of this field for the page it leads to. */
    private static boolean refusedAt(MvcResult result, String field) {
        List<Object> flashed = new ArrayList<>();
        for (Object value : result.getFlashMap().values()) {
            if (value instanceof Collection<?> many) {
                flashed.addAll(many);
            } else {
                flashed.add(value);
            }
        }
        return flashed.stream().anyMatch(v -> v instanceof se.lofte.shared.Problem p && field.equals(p.field()));
    }

    /** The fields of a write's form that carry text, as its request names them ({@code goals[0].text}). */
    private static List<String> textFields(Write write, Map<String, Set<String>> forms) {
        Set<String> text = forms.getOrDefault(write.pattern(), Set.of());
        return write.request().get().params().keySet().stream()
                .filter(f -> text.contains(f.replaceAll("\\[\\d+]", "[]")))
                .filter(f -> !NOT_TEXT.containsKey(f.replaceAll("\\[\\d+]", "[]")))
                .toList();
    }

    // ---- what a page must never hold ----

    private static List<String> injections(Document page) {
        List<String> found = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (element.hasClass("INJ")) {
                found.add("element with class INJ: " + element.tagName());
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase();
                String value = attribute.getValue().strip().toLowerCase();
                if (key.startsWith("on")) {
                    found.add(element.tagName() + " has " + key);
                }
                if ((key.equals("href") || key.equals("src") || key.equals("action") || key.endsWith(":href")
                        || key.equals("formaction")) && value.startsWith("javascript:")) {
                    found.add(element.tagName() + " " + key + "=" + value);
                }
            }
            if (element.tagName().equals("script") && (!element.attr("src").startsWith("/")
                    || !element.data().isBlank())) {
                found.add("script not of the site: " + element.outerHtml());
            }
            if (element.tagName().equals("img") && element.attr("src").equals("x")) {
                found.add("injected img");
            }
        }
        return found;
    }

    private static List<String> elementsOutsideAtom(org.w3c.dom.Element root) {
        List<String> found = new ArrayList<>();
        var all = root.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (!"http://www.w3.org/2005/Atom".equals(node.getNamespaceURI())) {
                found.add(node.getNodeName());
            }
        }
        return found;
    }

    private static void collectStrings(JsonNode node, Set<String> strings) {
        if (node.isString()) {
            strings.add(node.asString());
        }
        for (JsonNode child : node) {
            collectStrings(child, strings);
        }
    }

    // ---- discovery from the application's own mappings ----

    /** Every GET path that anyone may read: pages, feeds, images and the open API. */
    private Set<String> publicSurfaces() {
        Set<String> surfaces = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/manage") && !pattern.startsWith("/api/docs")
                        && !pattern.startsWith("/api/openapi") && !pattern.startsWith("/v3/")
                        && !pattern.startsWith("/swagger")) {
                    surfaces.add(pattern);
                }
            }
        });
        RouterFunction<?> routerFunction = routes.getRouterFunction();
        if (routerFunction != null) {
            routerFunction.accept(new RoutePaths(surfaces));
        }
        return surfaces;
    }

    /** The CSV downloads: handlers that set a {@code text/csv} answer are named {@code *.csv} or {@code export}. */
    private Set<String> csvDownloads() {
        Set<String> csv = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.endsWith(".csv") || pattern.endsWith("/export")) {
                    csv.add(pattern);
                }
            }
        });
        return csv;
    }

    /** Every state-changing endpoint with the text fields its handler binds. */
    private Map<String, Set<String>> formFields() {
        Map<String, Set<String>> forms = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.contains(RequestMethod.POST) && !methods.contains(RequestMethod.PUT)
                    && !methods.contains(RequestMethod.PATCH)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                forms.computeIfAbsent(pattern, p -> new TreeSet<>()).addAll(fieldsOf(method));
            }
        });
        return forms;
    }

    private static Set<String> fieldsOf(HandlerMethod method) {
        Set<String> fields = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            ModelAttribute modelAttribute = parameter.getParameterAnnotation(ModelAttribute.class);
            // The signed-in staff member is resolved from the session, never bound from the request.
            if (parameter.hasParameterAnnotation(PathVariable.class) || type == Ui.class || type == StaffMember.class) {
                continue;
            }
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (Map.class.isAssignableFrom(type)) {
                    fields.add("*");
                } else if (org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(type)) {
                    fields.add(name);
                } else if (carriesText(type, parameter.getGenericParameterType())) {
                    fields.add(name);
                }
            } else if (modelAttribute != null || type.getName().startsWith("se.lofte.")) {
                addFields("", type, fields);
            }
        }
        return fields;
    }

    private static boolean carriesText(Class<?> type, Type generic) {
        if (type == String.class) {
            return true;
        }
        return Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }

    private static void addFields(String prefix, Class<?> type, Set<String> fields) {
        Map<String, Type> members = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.put(component.getName(), component.getGenericType());
            }
        } else {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    members.put(field.getName(), field.getGenericType());
                }
            }
        }
        members.forEach((name, generic) -> {
            Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
            if (carriesText(raw, generic)) {
                fields.add(prefix + name);
            } else if (Collection.class.isAssignableFrom(raw) && generic instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.getName().startsWith("se.lofte.")) {
                addFields(prefix + name + "[].", element, fields);
            }
        });
    }

    /** Collects the GET paths of the functional routes. */
    private record RoutePaths(Set<String> paths) implements RouterFunctions.Visitor {
        @Override
        public void startNested(RequestPredicate predicate) {
        }

        @Override
        public void endNested(RequestPredicate predicate) {
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            predicate.accept(new RequestPredicates.Visitor() {
                @Override
                public void method(Set<org.springframework.http.HttpMethod> methods) {
                }

                @Override
                public void path(String pattern) {
                    paths.add(pattern);
                }

                @Override
                public void pathExtension(String extension) {
                }

                @Override
                public void header(String name, String value) {
                }

                @Override
                public void param(String name, String value) {
                }

                @Override
                public void version(String version) {
                }

                @Override
                public void startAnd() {
                }

                @Override
                public void and() {
                }

                @Override
                public void endAnd() {
                }

                @Override
                public void startOr() {
                }

                @Override
                public void or() {
                }

                @Override
                public void endOr() {
                }

                @Override
                public void startNegate() {
                }

                @Override
                public void endNegate() {
                }

                @Override
                public void unknown(RequestPredicate predicate) {
                }
            });
        }

        @Override
        public void resources(Function<org.springframework.web.servlet.function.ServerRequest,
                java.util.Optional<org.springframework.core.io.Resource>> lookupFunction) {
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
        }
    }

    // ---- requests ----

    private void register(String pattern, Supplier<Request> request) {
        writes.put(pattern, new Write(pattern, request));
    }

    private static Request request(String path, MultiValueMap<String, String> params, List<MockMultipartFile> files,
                                   Function<String, String> readBack) {
        return new Request(path, params, files, readBack);
    }

    private static MultiValueMap<String, String> params(String... pairs) {
        var params = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    /** Every address of the surfaces read once, each required to answer 200 OK: its answer by address, in order. */
    private Map<String, MockHttpServletResponse> read(Map<String, List<String>> surfaces) throws Exception {
        Map<String, MockHttpServletResponse> answers = new LinkedHashMap<>();
        for (List<String> addresses : surfaces.values()) {
            for (String address : addresses) {
                MockHttpServletResponse answer = mvc.perform(get(address)).andReturn().getResponse();
                assertThat(answer.getStatus()).as(address).isEqualTo(200);
                answers.put(address, answer);
            }
        }
        return answers;
    }

    private MvcResult perform(Request request) throws Exception {
        MockMultipartHttpServletRequestBuilder builder = multipart(request.path());
        request.files().forEach(builder::file);
        builder.params(request.params());
        return mvc.perform(builder.with(csrf()).with(admin())).andReturn();
    }

    /** Posts and expects the save to go through: a redirect, whose address is returned. */
    private String post(Request request) throws Exception {
        MvcResult result = perform(request);
        assertThat(result.getResponse().getStatus()).as(request.path() + ": "
                + html(result.getResponse().getContentAsString()).select(".error-summary, .error-message")
                .text()).isBetween(300, 399);
        return result.getResponse().getRedirectedUrl();
    }

    private PromiseContent content() {
        return management.find(new PromiseId(promise), staff.member("admin")).orElseThrow().content();
    }

    private MultiValueMap<String, String> formAsShown() throws Exception {
        Document page = html(mvc.perform(get("/manage/promises/" + promise + "/edit").with(admin()))
                .andReturn().getResponse().getContentAsString());
        var form = (FormElement) page.selectFirst("form[action=/manage/promises/" + promise + "/edit]");
        assertThat(form).as(page.title() + " " + page.select("h1, .error-summary").text()).isNotNull();
        var params = new LinkedMultiValueMap<String, String>();
        // The text of revision 2 holds characters no form lets in; the editor would have to remove them.
        form.formData().forEach(pair -> params.add(pair.key(), pair.value().chars()
                .filter(c -> !se.lofte.shared.ControlCharacters.isControl((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()));
        params.remove("_csrf");
        params.set("action", "save");
        return params;
    }

    /**
     * The page parsed as a browser would. jsoup takes U+FFFF for the end of its input, where a browser reads on
     * past it (a parse error, kept as a character); the page is read with it as U+FFFD so that nothing after
     * such a character goes unchecked.
     */
    private static Document html(String page) {
        return org.jsoup.Jsoup.parse(page.replace('\uFFFF', '\uFFFD'));
    }

    private static byte[] png() {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
