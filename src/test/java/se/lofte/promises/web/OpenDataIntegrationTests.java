package se.lofte.promises.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.measures.MeasureFixtures;
import se.lofte.measures.MeasureManagement;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PromiseFixtures;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PromiseManagement;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedVerdicts;
import se.lofte.promises.Theme;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.PublicChanges;
import se.lofte.testing.PromiseSchema;
import se.lofte.testing.Reactions;
import se.lofte.testing.TestStaff;
import se.lofte.testing.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * The open data as those who build on it meet it: every promise document validates against the schema the site
 * serves (and one of the wrong shape does not), the bulk downloads hold every published promise and nothing
 * unpublished, answer conditional requests, set no cookie, say their licence and keep spreadsheets from reading
 * a cell as a formula. The promises here are of every kind the API shows: with numeric and qualitative goals,
 * a picture, a measure, several revisions, an extension, beside the 2019 promise every database starts with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataIntegrationTests {

    private static final String JSONL = "/api/bulk/medborgarloften.jsonl";
    private static final String CSV = "/api/bulk/medborgarloften.csv";
    private static final String LICENCE = "<https://creativecommons.org/publicdomain/zero/1.0/>; rel=\"license\"";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    PromiseManagement promises;
    @Autowired
    MeasureManagement measures;
    @Autowired
    Organisations organisations;
    @Autowired
    TestStaff staff;
    @Autowired
    PublishedPromises published;
    @Autowired
    PublishedVerdicts verdicts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicChanges changes;
    @Autowired
    JsonMapper json;
    @Autowired
    LofteProperties properties;

    private Organisation police;
    private Organisation municipality;
    private StaffMember editor;

    @BeforeEach
    void parties() {
        police = organisations.all(OrganisationKind.LOCAL_POLICE_AREA).getFirst();
        municipality = organisations.municipalityBySlug("tanum").orElseThrow();
        staff.member("opendata.editor", police.id(), Role.EDITOR, Role.SIGNATORY);
        editor = staff.member("opendata.editor", municipality.id(), Role.EDITOR, Role.SIGNATORY);
    }

    @Test
    void everyPublishedPromiseAndEachOfItsRevisionsConformsToTheServedSchema() throws Exception {
        var pictured = publish(content(TestYears.next(), "Med bild", picture()));
        var revised = publish(content(TestYears.next(), "Tre versioner", null));
        republish(revised, c -> PromiseFixtures.withTitle(c, "Tre versioner, andra"));
        republish(revised, c -> PromiseFixtures.withTitle(c, "Tre versioner, tredje"));
        int extendedYear = TestYears.next();
        var extended = publish(content(extendedYear, "Förlängt", null));
        promises.extend(extended, editor);
        signAndPublish(extended);
        var measured = publish(content(2016, "Med insats", null));
        var logged = measures.log(measured, MeasureFixtures.trafficControl(
                new MeasureFixtures.Parties(police, municipality), LocalDate.of(2016, 3, 1), "20", "fordon"), editor);
        assertThat(logged.problems()).isEmpty();

        String schema = PromiseSchema.served(mvc);
        Set<Long> listed = new LinkedHashSet<>();
        JSON.readTree(body(mvc.perform(get("/api/promises")).andReturn().getResponse()))
                .forEach(p -> listed.add(p.get("id").asLong()));
        assertThat(listed).contains(1L, pictured.value(), revised.value(), extended.value(), measured.value());
        for (long id : listed) {
            mvc.perform(get("/api/promises/{id}", id)).andExpect(PromiseSchema.conforms(mvc));
            var all = mvc.perform(get("/api/promises/{id}/revisions", id)).andExpect(PromiseSchema.conforms(mvc))
                    .andReturn().getResponse();
            for (JsonNode revision : JSON.readTree(body(all))) {
                mvc.perform(get("/api/promises/{id}/revisions/{n}", id, revision.get("revision").asInt()))
                        .andExpect(PromiseSchema.conforms(mvc));
            }
        }
        String lines = body(mvc.perform(get(JSONL)).andReturn().getResponse());
        PromiseSchema.assertConforms(schema, lines);
        assertThat(ids(lines)).as("the JSON Lines hold the promises the API lists").isEqualTo(Set.copyOf(listed));

        JsonNode third = document(revised);
        assertThat(third.get("revision").asInt()).isEqualTo(3);
        assertThat(third.get("changes")).isNotEmpty();
        assertThat(document(extended).get("end").asString()).isEqualTo((extendedYear + 1) + "-12-31");
        assertThat(document(extended).get("revision").asInt()).isEqualTo(2);
        assertThat(document(pictured).get("$schema").asString())
                .isEqualTo("http://localhost:8080/api/schemas/medborgarlofte-1.json");
    }

    @Test
    void aDocumentOfTheWrongShapeIsRejected() throws Exception {
        String schema = PromiseSchema.served(mvc);
        JsonNode seed = JSON.readTree(body(mvc.perform(get("/api/promises/1")).andReturn().getResponse()));
        assertThat(PromiseSchema.problems(schema, seed)).isEmpty();

        ObjectNode wrongType = (ObjectNode) seed.deepCopy();
        wrongType.put("revision", "första");
        assertThat(PromiseSchema.problems(schema, wrongType)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("revision"));

        ObjectNode missing = (ObjectNode) seed.deepCopy();
        missing.remove("title");
        assertThat(PromiseSchema.problems(schema, missing)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("title"));

        ObjectNode badDate = (ObjectNode) seed.deepCopy();
        badDate.put("start", "15 februari 2019");
        assertThat(PromiseSchema.problems(schema, badDate)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("start"));

        ObjectNode badGoal = (ObjectNode) seed.deepCopy();
        ((ObjectNode) badGoal.get("goals").get(0).get("numeric")).put("target", "fem");
        assertThat(PromiseSchema.problems(schema, badGoal)).isNotEmpty();

        assertThat(PromiseSchema.metaSchemaProblems(schema)).as("a valid draft 2020-12 schema").isEmpty();
    }

    @Test
    void theSchemaIsServedAtItsOwnAddressAsSchemaJsonAndCachedLikeTheApi() throws Exception {
        var response = mvc.perform(get(PromiseSchema.PATH)).andReturn().getResponse();
        JsonNode schema = JSON.readTree(body(response));

        assertThat(response.getContentType()).startsWith("application/schema+json");
        assertThat(schema.get("$id").asString()).isEqualTo("http://localhost:8080" + PromiseSchema.PATH);
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("description").asString()).contains("CC0 1.0", "followUp");
        assertThat(schema.get("properties").has("followUp")).isTrue();
        assertThat(schema.get("required").toString()).doesNotContain("\"followUp\"");
        assertThat(response.getHeader(HttpHeaders.LINK)).isEqualTo(LICENCE);
        String etag = response.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("public");
        assertThat(mvc.perform(get(PromiseSchema.PATH).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn()
                .getResponse().getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get("/api/promises/1")).andReturn().getResponse().getHeader(HttpHeaders.LINK))
                .isEqualTo(LICENCE);
    }

    /**
     * Link checkers, {@code curl -I} and harvesters ask with HEAD before they download; the open data needs no
     * token for that either, whether or not the page cache holds the answer.
     */
    @Test
    void everyOpenDataAddressAnswersHeadWithoutAToken() throws Exception {
        for (String path : List.of(JSONL, CSV, PromiseSchema.PATH, "/api/promises", "/api/promises/1",
                "/api/promises/1/revisions", "/api/promises/1/revisions/1", "/api/promises/integrity")) {
            var response = mvc.perform(head(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as("HEAD " + path).isEqualTo(200);
            assertThat(response.getHeader(HttpHeaders.LINK)).as("HEAD " + path).isEqualTo(LICENCE);
        }
        assertThat(mvc.perform(head("/api/tokens")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theBulkDownloadsHoldEveryPublishedPromiseAndNothingUnpublished() throws Exception {
        var published = publish(content(TestYears.next(), "Publicerat " + System.nanoTime(), null));
        String unpublishedTitle = "Aldrig publicerat " + System.nanoTime();
        var draft = promises.create(content(TestYears.next(), unpublishedTitle, null), editor);
        assertThat(draft.saved()).isTrue();
        String laterEdit = "Ändrat men inte publicerat " + System.nanoTime();
        var version = promises.find(published, editor).orElseThrow().version();
        var current = promises.find(published, editor).orElseThrow().content();
        assertThat(promises.update(published, version, PromiseFixtures.withTitle(current, laterEdit), editor).saved()).isTrue();

        String lines = body(mvc.perform(get(JSONL)).andReturn().getResponse());
        String csv = body(mvc.perform(get(CSV)).andReturn().getResponse());
        Set<Long> listed = new LinkedHashSet<>();
        JSON.readTree(body(mvc.perform(get("/api/promises")).andReturn().getResponse()))
                .forEach(p -> listed.add(p.get("id").asLong()));

        assertThat(ids(lines)).isEqualTo(listed).contains(published.value()).doesNotContain(draft.id().value());
        assertThat(lines).doesNotContain(unpublishedTitle, laterEdit);
        List<CSVRecord> rows = csv(csv);
        assertThat(rows.stream().map(r -> Long.parseLong(r.get("promise_id"))).collect(java.util.stream.Collectors
                .toSet())).isEqualTo(listed);
        assertThat(csv).doesNotContain(unpublishedTitle, laterEdit);

        List<CSVRecord> mine = rows.stream().filter(r -> r.get("promise_id").equals(Long.toString(published.value())))
                .toList();
        assertThat(mine).extracting(r -> r.get("item")).containsExactly("commitment", "commitment", "goal", "goal");
        CSVRecord goal = mine.get(2);
        assertThat(goal.get("municipality_code")).isEqualTo(municipality.scbCode());
        assertThat(goal.get("municipality")).isEqualTo(municipality.name());
        assertThat(goal.get("police_area")).isEqualTo(police.name());
        assertThat(goal.get("url")).startsWith("http://localhost:8080/kommun/tanum/medborgarlofte/");
        assertThat(goal.get("target")).isEqualTo("20");
        assertThat(goal.get("unit")).isEqualTo("kontroller");
        assertThat(goal.get("direction")).isEqualTo("INCREASE");
        assertThat(goal.get("party")).isEqualTo(police.name());
        assertThat(mine.get(3).get("party")).as("a joint goal").isEmpty();
        assertThat(mine.get(0).get("number")).isEqualTo("1");
        assertThat(mine.get(0).get("item_title")).isEqualTo("Fler trafikkontroller");
        assertThat(mine).extracting(r -> r.get("theme")).containsExactly("TRAFFIC", "", "", "");

        // The API has the theme where staff tagged one, and no member at all where none is stated.
        JsonNode commitments = document(published).get("commitments");
        assertThat(commitments.get(0).get("theme").asString()).isEqualTo("TRAFFIC");
        assertThat(commitments.get(1).has("theme")).isFalse();
        mvc.perform(get("/api/promises/{id}", published.value())).andExpect(PromiseSchema.conforms(mvc));
    }

    @Test
    void aCsvCellThatStartsLikeAFormulaIsNeutralised() throws Exception {
        var formulas = publish(PromiseFixtures.withTitle(content(TestYears.next(), "x", null), "=HYPERLINK(\"http://example.com\")"));
        List<CSVRecord> rows = csv(body(mvc.perform(get(CSV)).andReturn().getResponse()));

        List<CSVRecord> mine = rows.stream().filter(r -> r.get("promise_id").equals(Long.toString(formulas.value())))
                .toList();
        assertThat(mine).isNotEmpty().allSatisfy(r -> assertThat(r.get("title"))
                .isEqualTo("'=HYPERLINK(\"http://example.com\")"));
        assertThat(mine.get(1).get("item_title")).isEqualTo("'+46 kontroller i veckan");
        assertThat(mine.get(1).get("text")).isEqualTo("'@belysning och -minus");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
            }
        }
    }

    @Test
    void theBulkDownloadsAnswerConditionalRequestsUntilAPublicationChangesThem() throws Exception {
        for (String path : List.of(JSONL, CSV)) {
            // What a publication sets off (its goals computed apart) moves the version on too: not mid-check.
            Reactions.settle(jdbc);
            var first = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(first.getStatus()).isEqualTo(200);
            assertThat(first.getContentType()).startsWith(path.equals(CSV) ? "text/csv" : "application/jsonl");
            assertThat(first.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\""
                    + path.substring(path.lastIndexOf('/') + 1) + "\"");
            assertThat(first.getHeader(HttpHeaders.LINK)).isEqualTo(LICENCE);
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).startsWith("public");
            assertThat(first.getHeader(HttpHeaders.SET_COOKIE)).isNull();
            assertThat(first.getCookies()).isEmpty();
            String etag = first.getHeader(HttpHeaders.ETAG);
            String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
            assertThat(etag).isNotBlank();
            assertThat(lastModified).isNotBlank();

            var unchanged = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
            assertThat(unchanged.getStatus()).isEqualTo(304);
            assertThat(unchanged.getContentAsByteArray()).isEmpty();
            assertThat(unchanged.getHeader(HttpHeaders.SET_COOKIE)).isNull();
            assertThat(mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)).andReturn()
                    .getResponse().getStatus()).isEqualTo(304);
            assertThat(mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, "gestern, irgendwann")).andReturn()
                    .getResponse().getStatus()).as("a date that cannot be read asks for the file").isEqualTo(200);

            String marker = "Nytt efter den förra kopian " + System.nanoTime();
            var added = publish(content(TestYears.next(), marker, null));
            var changed = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
            assertThat(changed.getStatus()).as("a publication makes the copy out of date").isEqualTo(200);
            assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
            assertThat(body(changed)).contains(marker);
            assertThat(body(changed)).contains(Long.toString(added.value()));
        }
    }

    @Test
    void pagesOfAFewPromisesAddUpToTheSameFiles() throws Exception {
        publish(content(TestYears.next(), "Ett av flera", null));
        publish(content(TestYears.next(), "Ett annat av flera", null));
        var pagesOfTwo = new BulkDownloads(published, verdicts, organisations, changes, json, properties, 2);
        for (String path : List.of(JSONL, CSV)) {
            String whole = body(mvc.perform(get(path)).andReturn().getResponse());
            var request = new MockHttpServletRequest("GET", path);
            var response = new MockHttpServletResponse();
            if (path.equals(JSONL)) {
                pagesOfTwo.jsonLines(new ServletWebRequest(request, response), response);
            } else {
                pagesOfTwo.csv(new ServletWebRequest(request, response), response);
            }
            assertThat(body(response)).as(path).isEqualTo(whole);
        }
    }

    @Test
    void theOpenApiDescriptionHasTheNewEndpointsAndTheLicence() throws Exception {
        JsonNode api = JSON.readTree(body(mvc.perform(get("/api/openapi")).andReturn().getResponse()));

        assertThat(api.get("paths").has(JSONL)).isTrue();
        assertThat(api.get("paths").has(CSV)).isTrue();
        assertThat(api.get("paths").has(PromiseSchema.PATH)).isTrue();
        assertThat(api.get("info").get("license").get("url").asString())
                .isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(api.get("paths").get(CSV).toString()).contains("promise_id", "municipality_code", "apostrophe",
                "theme");
        JsonNode theme = api.get("components").get("schemas").get("CommitmentJson").get("properties").get("theme");
        assertThat(theme.get("enum").toString()).contains("TRAFFIC", "PUBLIC_VIOLENCE");
    }

    // ---- promises of every kind, published through the staff's own service ----

    /**
     * The complete promise with this title and picture, whose commitment c1 is tagged with a theme and c2 starts
     * like spreadsheet formulas, which the CSV must defuse.
     */
    private PromiseContent content(int year, String title, PromiseContent.Image image) {
        var c = PromiseFixtures.withCommitmentTheme(PromiseFixtures.complete(
                promises.parties(List.of(police.id(), municipality.id())), year), 0, Theme.TRAFFIC);
        var formulas = new PromiseContent.Commitment("c2", "+46 kontroller i veckan", "@belysning och -minus",
                List.of(c.parties().get(1).id()), List.of());
        return new PromiseContent(c.parties(), c.start(), c.end(), title, c.lead(), c.situation(),
                List.of(c.commitments().getFirst(), formulas), c.goals(), c.focusPlaces(), c.focusPlaceRefs(),
                c.followUp(), c.followAlong(), c.signatories(), image);
    }

    private PromiseContent.Image picture() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        var stored = promises.storeImage(out.toByteArray());
        assertThat(stored.problem()).isNull();
        return new PromiseContent.Image(stored.sha256(), stored.contentType(), "Kungsgatan en kväll",
                "Kungsgatan i centrum.", "Foto: Tanums kommun");
    }

    private PromiseId publish(PromiseContent content) {
        var saved = promises.create(content, editor);
        assertThat(saved.problems()).isEmpty();
        signAndPublish(saved.id());
        return saved.id();
    }

    private void republish(PromiseId id, UnaryOperator<PromiseContent> change) {
        var view = promises.find(id, editor).orElseThrow();
        assertThat(promises.update(id, view.version(), change.apply(view.content()), editor).problems()).isEmpty();
        signAndPublish(id);
    }

    private void signAndPublish(PromiseId id) {
        promises.sign(id, police.id(), editor);
        promises.sign(id, municipality.id(), editor);
        promises.publish(id, editor, "Öppen Data");
    }

    private JsonNode document(PromiseId id) throws Exception {
        return JSON.readTree(body(mvc.perform(get("/api/promises/{id}", id.value())).andReturn().getResponse()));
    }

    private static Set<Long> ids(String lines) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                ids.add(JSON.readTree(line).get("id").asLong());
            }
        }
        return ids;
    }

    private static List<CSVRecord> csv(String csv) throws IOException {
        assertThat(csv).as("no byte order mark").doesNotStartWith("\uFEFF");
        assertThat(csv.substring(0, csv.indexOf("\r\n")).split(",")).as("the header row")
                .containsExactlyElementsOf(BulkDownloads.CSV_COLUMNS);
        return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords());
    }

    private static String body(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
