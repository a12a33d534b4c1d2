package se.lofte.citizenreports.open311;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiTokens;
import se.lofte.accounts.Role;
import se.lofte.accounts.StaffMember;
import se.lofte.accounts.TokenIssue;
import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReportModeration;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.citizenreports.Submission;
import se.lofte.organisations.Organisation;
import se.lofte.organisations.Organisations;
import se.lofte.situation.reports.ReportPlaces;
import se.lofte.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Open311 GeoReport v2 endpoints read as the specification (wiki.open311.org/GeoReport_v2) describes
 * them, field by field, in JSON and in XML parsed with a real parser: the discovery document, the services and a
 * service definition, a request posted with an API key and read back once a moderator published and closed it,
 * the filters, and every refusal in the specification's error form with its HTTP status. No answer sets a
 * cookie.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Open311IntegrationTests {

    /** GET Service Requests: the elements of a request, in the specification's order. */
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes",
            "service_name", "service_code", "description", "agency_responsible", "service_notice",
            "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
            "long", "media_url");
    private static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description",
            "metadata", "type", "keywords", "group");
    /** W3C date-time with seconds and an offset, as the specification requires of every date-time it answers. */
    private static final Pattern W3C = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})");
    private static final List<String> CODES = List.of("storande-trafik", "narkotika", "nedskrapning", "belysning",
            "skadegorelse", "otrygg-plats", "annat");

    // The district of the reports below, whatever areas other tests drew for Bengtsfors in a shared database.
    @RegisterExtension
    final ReportPlaces area = new ReportPlaces().area("bengtsfors", "Open311-området", 12.20, 59.12, 12.26, 59.16);
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestStaff staff;
    @Autowired
    Organisations organisations;
    @Autowired
    CitizenReports reports;
    @Autowired
    CitizenReportModeration moderation;
    @Autowired
    JdbcClient jdbc;

    Organisation bengtsfors;
    StaffMember moderator;
    String apiKey;
    String keyWithoutScope;

    @BeforeEach
    void aClientWithAKeyAndAModerator() {
        bengtsfors = organisations.municipalityBySlug("bengtsfors").orElseThrow();
        moderator = staff.member("open311.moderator", bengtsfors.id(), Role.EDITOR);
        StaffMember admin = staff.member("admin");
        apiKey = ((TokenIssue.Issued) tokens.issue(admin, "Felanmälningsappen", bengtsfors.id(),
                Set.of(ApiScope.REPORTS_WRITE), LocalDate.now().plusDays(30))).secret();
        keyWithoutScope = ((TokenIssue.Issued) tokens.issue(admin, "Läsaren", bengtsfors.id(),
                Set.of(ApiScope.PROMISES_READ), LocalDate.now().plusDays(30))).secret();
    }

    @Test
    void theDiscoveryDocumentNamesTheSpecificationTheEndpointAndItsFormats() throws Exception {
        JsonNode discovery = json("/open311/v2/discovery.json");
        assertThat(names(discovery)).containsExactly("changeset", "contact", "key_service", "endpoints");
        assertThat(discovery.get("changeset").asString()).matches(W3C);
        assertThat(discovery.get("contact").asString()).isNotBlank();
        assertThat(discovery.get("key_service").asString()).contains("reports:write");
        JsonNode endpoint = discovery.get("endpoints").get(0);
        assertThat(discovery.get("endpoints").size()).isEqualTo(1);
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).isEqualTo("http://localhost:8080/open311/v2");
        assertThat(endpoint.get("type").asString()).isEqualTo("production");
        assertThat(endpoint.get("formats").isArray()).isTrue();
        assertThat(endpoint.get("formats").values()).map(JsonNode::asString)
                .containsExactly("application/json", "text/xml");

        Element xml = xml("/open311/v2/discovery.xml");
        assertThat(xml.getTagName()).isEqualTo("discovery");
        assertThat(childNames(xml)).containsExactly("changeset", "contact", "key_service", "endpoints");
        Element xmlEndpoint = only(child(xml, "endpoints"), "endpoint");
        assertThat(childNames(xmlEndpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(children(child(xmlEndpoint, "formats"), "format")).map(Element::getTextContent)
                .containsExactly("application/json", "text/xml");
        assertThat(text(xmlEndpoint, "url")).isEqualTo(endpoint.get("url").asString());
    }

    @Test
    void theServicesAreTheSevenCategoriesInSwedish() throws Exception {
        JsonNode services = json("/open311/v2/services.json");
        assertThat(services.isArray()).isTrue();
        assertThat(services.values()).map(s -> s.get("service_code").asString()).containsExactlyElementsOf(CODES);
        for (JsonNode service : services) {
            assertThat(names(service)).containsExactlyElementsOf(SERVICE_FIELDS);
            assertThat(service.get("service_name").asString()).isNotBlank();
            assertThat(service.get("description").asString()).isNotBlank();
            assertThat(service.get("metadata").isBoolean()).isTrue();
            assertThat(service.get("metadata").asBoolean()).isFalse();
            assertThat(service.get("type").asString()).isEqualTo("realtime");
            assertThat(service.get("keywords").asString()).isNotBlank();
            assertThat(service.get("group").asString()).isNotBlank();
        }
        assertThat(services.get(0).get("service_name").asString()).isEqualTo("Störande trafik");
        assertThat(services.get(2).get("service_name").asString()).isEqualTo("Nedskräpning");

        Element xml = xml("/open311/v2/services.xml?jurisdiction_id=1460");
        assertThat(xml.getTagName()).isEqualTo("services");
        List<Element> list = children(xml, "service");
        assertThat(list).hasSize(7);
        for (int i = 0; i < list.size(); i++) {
            Element service = list.get(i);
            assertThat(childNames(service)).containsExactlyElementsOf(SERVICE_FIELDS);
            for (String field : SERVICE_FIELDS) {
                assertThat(text(service, field)).as(field).isEqualTo(services.get(i).get(field).asString());
            }
        }

        String english = mvc.perform(get("/open311/v2/services.json").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(english).get(0).get("service_name").asString()).isEqualTo("Disturbing traffic");
    }

    @Test
    void aServiceDefinitionHasTheCodeAndNoAttributes() throws Exception {
        JsonNode definition = json("/open311/v2/services/belysning.json");
        assertThat(definition.isObject()).isTrue();
        assertThat(names(definition)).containsExactly("service_code", "attributes");
        assertThat(definition.get("service_code").asString()).isEqualTo("belysning");
        assertThat(definition.get("attributes").isArray()).isTrue();
        assertThat(definition.get("attributes").size()).isZero();

        Element xml = xml("/open311/v2/services/otrygg-plats.xml");
        assertThat(xml.getTagName()).isEqualTo("service_definition");
        assertThat(childNames(xml)).containsExactly("service_code", "attributes");
        assertThat(text(xml, "service_code")).isEqualTo("otrygg-plats");
        assertThat(childNames(child(xml, "attributes"))).isEmpty();
    }

    @Test
    void aPostedRequestIsStoredOnceAndReadBackFieldByFieldOncePublished() throws Exception {
        String description = "Gatlampan vid busshållplatsen på Storgatan har varit släckt i en vecka "
                + UUID.randomUUID();
        MvcResult posted = mvc.perform(submission(description, "json").param("lat", "59.1385")
                .param("long", "12.2236").param("address_string", "Storgatan 5, Bengtsfors")
                .param("email", "boende@example.se").param("first_name", "Namn").param("phone", "070-1234567")
                .param("device_id", "abc")).andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(201);
        assertThat(posted.getResponse().getContentType()).startsWith("application/json");
        JsonNode answer = json.readTree(posted.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.isArray()).isTrue();
        assertThat(answer.size()).isEqualTo(1);
        assertThat(names(answer.get(0))).containsExactly("service_request_id", "service_notice", "account_id");
        String id = answer.get(0).get("service_request_id").asString();
        assertThat(id).matches("\\d+");
        assertThat(answer.get(0).get("service_notice").asString()).isNotBlank();
        assertThat(answer.get(0).get("account_id").isNull()).isTrue();
        assertThat(posted.getResponse().getHeader("Set-Cookie")).isNull();

        // The same submission sent again (the answer lost on the way) names the same request and stores nothing.
        JsonNode again = json.readTree(mvc.perform(submission(description, "json").param("lat", "59.1385")
                        .param("long", "12.2236").param("address_string", "Storgatan 5, Bengtsfors")
                        .param("email", "boende@example.se")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.get(0).get("service_request_id").asString()).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from citizen_report where original_text = ?").param(description)
                .query(Long.class).single()).isEqualTo(1);

        // Not public before a moderator publishes it.
        assertThat(mvc.perform(get("/open311/v2/requests/" + id + ".json")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        CitizenReportId reportId = new CitizenReportId(Long.parseLong(id));
        assertThat(moderation.publish(moderator, reportId, "Gatlampan vid busshållplatsen på Storgatan är släckt."))
                .isEmpty();

        JsonNode open = json("/open311/v2/requests.json?jurisdiction_id=1460&service_request_id=" + id).get(0);
        assertThat(names(open)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(open.get("service_request_id").asString()).isEqualTo(id);
        assertThat(open.get("status").asString()).isEqualTo("open");
        assertThat(open.get("status_notes").isNull()).isTrue();
        assertThat(open.get("service_name").asString()).isEqualTo("Belysning");
        assertThat(open.get("service_code").asString()).isEqualTo("belysning");
        assertThat(open.get("description").asString()).isEqualTo("Gatlampan vid busshållplatsen på Storgatan är släckt.");
        assertThat(open.get("agency_responsible").asString()).isEqualTo(bengtsfors.name());
        assertThat(open.get("service_notice").isNull()).isTrue();
        assertThat(open.get("requested_datetime").asString()).matches(W3C);
        assertThat(open.get("updated_datetime").asString()).matches(W3C);
        assertThat(open.get("expected_datetime").isNull()).isTrue();
        assertThat(open.get("address").asString()).isEqualTo("Storgatan 5, Bengtsfors");
        assertThat(open.get("address_id").isNull()).isTrue();
        assertThat(open.get("zipcode").isNull()).isTrue();
        assertThat(open.get("lat").isNumber()).isTrue();
        assertThat(open.get("lat").asDouble()).isEqualTo(59.1385);
        assertThat(open.get("long").asDouble()).isEqualTo(12.2236);
        assertThat(open.get("media_url").isNull()).isTrue();
        // Nothing of the person: neither the e-mail address nor the name or phone the client sent.
        assertThat(open.toString()).doesNotContain("boende@example.se", "Namn", "070-1234567");

        assertThat(moderation.answer(moderator, reportId, ReportStatus.AVSLUTAD, "Lampan är utbytt.",
                "Åtgärdat av gatuenheten.")).isEmpty();
        JsonNode closed = json("/open311/v2/requests/" + id + ".json");
        assertThat(closed.isArray()).isTrue();
        assertThat(closed.get(0).get("status").asString()).isEqualTo("closed");
        assertThat(closed.get(0).get("status_notes").asString()).contains("Lampan är utbytt.", "Åtgärdat av gatuenheten.");
        OffsetDateTime requested = OffsetDateTime.parse(closed.get(0).get("requested_datetime").asString());
        OffsetDateTime updated = OffsetDateTime.parse(closed.get(0).get("updated_datetime").asString());
        assertThat(updated).isAfterOrEqualTo(requested);

        Element xml = xml("/open311/v2/requests/" + id + ".xml");
        assertThat(xml.getTagName()).isEqualTo("service_requests");
        Element request = only(xml, "request");
        assertThat(childNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
        for (String field : REQUEST_FIELDS) {
            JsonNode value = closed.get(0).get(field);
            if (value.isNull()) {
                assertThat(child(request, field).hasChildNodes()).as(field + " empty").isFalse();
            } else if (value.isNumber()) {
                assertThat(Double.parseDouble(text(request, field))).as(field).isEqualTo(value.asDouble());
            } else {
                assertThat(text(request, field)).as(field).isEqualTo(value.asString());
            }
        }
        assertThat(text(request, "requested_datetime")).matches(W3C);

        // POST in XML answers in XML, in the same form.
        MvcResult xmlPost = mvc.perform(submission("Mörk gångväg bakom skolan " + UUID.randomUUID(), "xml")
                .param("address_string", "Gångvägen bakom skolan")).andReturn();
        assertThat(xmlPost.getResponse().getStatus()).isEqualTo(201);
        assertThat(xmlPost.getResponse().getContentType()).startsWith("text/xml");
        Element received = parse(xmlPost.getResponse().getContentAsByteArray());
        assertThat(received.getTagName()).isEqualTo("service_requests");
        Element one = only(received, "request");
        assertThat(childNames(one)).containsExactly("service_request_id", "service_notice", "account_id");
        assertThat(text(one, "service_request_id")).matches("\\d+");
        assertThat(child(one, "account_id").hasChildNodes()).isFalse();
    }

    @Test
    void aPublishedPhotoIsAnAbsoluteMediaUrlThatServesTheCleanedJpeg() throws Exception {
        var sent = reports.submit(new NewReport("1460", ReportCategory.SKADEGORELSE, "Klotter på busskuren.",
                59.14, 12.22, null, null, png(), null, UUID.randomUUID().toString()), null);
        CitizenReportId id = ((Submission.Received) sent).id();
        assertThat(moderation.publish(moderator, id, "Klotter på busskuren.")).isEmpty();

        JsonNode request = json("/open311/v2/requests/" + id.value() + ".json").get(0);
        String mediaUrl = request.get("media_url").asString();
        assertThat(mediaUrl).isEqualTo("http://localhost:8080/open311/v2/media/" + id.value() + ".jpg");
        MvcResult photo = mvc.perform(get(mediaUrl.substring("http://localhost:8080".length()))).andReturn();
        assertThat(photo.getResponse().getStatus()).isEqualTo(200);
        assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.getResponse().getContentAsByteArray()))).isNotNull();
        assertThat(mvc.perform(get("/open311/v2/media/999999999.jpg")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theFiltersSelectByServiceStatusDateAndJurisdiction() throws Exception {
        CitizenReportId litter = published(ReportCategory.NEDSKRAPNING, "Skräp vid stationen.");
        CitizenReportId unsafe = published(ReportCategory.OTRYGG_PLATS, "Mörk passage vid stationen.");
        assertThat(moderation.answer(moderator, unsafe, ReportStatus.ATGARDAD, "Ny belysning är uppsatt.", null))
                .isEmpty();
        String ours = litter.value() + "," + unsafe.value();

        assertThat(ids("/open311/v2/requests.json?service_request_id=" + ours)).containsExactlyInAnyOrder(
                Long.toString(litter.value()), Long.toString(unsafe.value()));
        assertThat(ids("/open311/v2/requests.json?jurisdiction_id=1460&service_code=nedskrapning"))
                .contains(Long.toString(litter.value())).doesNotContain(Long.toString(unsafe.value()));
        assertThat(ids("/open311/v2/requests.json?service_code=nedskrapning,otrygg-plats&status=closed"))
                .contains(Long.toString(unsafe.value())).doesNotContain(Long.toString(litter.value()));
        assertThat(ids("/open311/v2/requests.json?status=open")).contains(Long.toString(litter.value()))
                .doesNotContain(Long.toString(unsafe.value()));
        // Bengtsfors' reports are not Åmål's.
        assertThat(ids("/open311/v2/requests.json?jurisdiction_id=1492")).doesNotContain(
                Long.toString(litter.value()), Long.toString(unsafe.value()));
        // A window around now holds them, one that ended yesterday does not; an unencoded + arrives as a space.
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        assertThat(ids(get("/open311/v2/requests.json").param("start_date", now.minusHours(1).toString().replace('+', ' '))
                .param("end_date", now.plusHours(1).toString()))).contains(Long.toString(litter.value()));
        assertThat(ids(get("/open311/v2/requests.json").param("start_date", now.minusDays(5).toString())
                .param("end_date", now.minusDays(1).toString()))).doesNotContain(Long.toString(litter.value()));

        Element xml = xml("/open311/v2/requests.xml?service_request_id=" + ours);
        assertThat(children(xml, "request")).hasSize(2)
                .allSatisfy(r -> assertThat(childNames(r)).containsExactlyElementsOf(REQUEST_FIELDS));
    }

    @Test
    void aClientPollingARequestGets304UntilAModeratorChangesIt() throws Exception {
        CitizenReportId id = published(ReportCategory.BELYSNING, "Lampan vid busshållplatsen är trasig.");
        String path = "/open311/v2/requests/" + id.value() + ".json";
        MvcResult first = mvc.perform(get(path)).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.getResponse().getHeader("Vary")).contains("Accept-Language");

        MvcResult again = mvc.perform(get(path).header("If-None-Match", etag)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
        // The English words are another document, with its own validator.
        assertThat(mvc.perform(get(path).header("If-None-Match", etag).header("Accept-Language", "en"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(moderation.answer(moderator, id, ReportStatus.ATGARDAD, "Lampan är bytt.", null)).isEmpty();
        MvcResult changed = mvc.perform(get(path).header("If-None-Match", etag)).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).contains("Lampan är bytt.");
    }

    @Test
    void everyRefusalIsInTheSpecificationsErrorFormWithItsStatus() throws Exception {
        List<Refusal> refusals = List.of(
                new Refusal(f -> get("/open311/v2/requests." + f).param("service_code", "parkering"), 400, "parkering"),
                new Refusal(f -> get("/open311/v2/services/parkering." + f), 404, "parkering"),
                new Refusal(f -> get("/open311/v2/requests." + f).param("start_date", "i fredags"), 400, "start_date"),
                new Refusal(f -> get("/open311/v2/requests." + f).param("end_date", "2026-13-45T00:00:00Z"), 400,
                        "end_date"),
                new Refusal(f -> get("/open311/v2/requests." + f).param("start_date", "2026-01-01T00:00:00Z")
                        .param("end_date", "2026-06-01T00:00:00Z"), 400, "90"),
                new Refusal(f -> get("/open311/v2/requests." + f).param("status", "pending"), 400, "status"),
                new Refusal(f -> get("/open311/v2/requests." + f).param("jurisdiction_id", "9999"), 404, "9999"),
                new Refusal(f -> get("/open311/v2/requests/999999999." + f), 404, "999999999"),
                new Refusal(f -> get("/open311/v2/requests/abc." + f), 404, "abc"),
                new Refusal(f -> submission("Lampan är trasig.", f, "api_key", "")
                        .param("address_string", "Torget"), 403, "api_key"),
                new Refusal(f -> submission("Lampan är trasig.", f, "api_key", keyWithoutScope)
                        .param("address_string", "Torget"), 403, "api_key"),
                new Refusal(f -> submission("Lampan är trasig.", f, "service_code", "gatuhål")
                        .param("address_string", "Torget"), 400, "gatuhål"),
                new Refusal(f -> submission("Lampan är trasig.", f), 400, "address_string"),
                new Refusal(f -> submission("Lampan är trasig.", f).param("lat", "norr").param("long", "12.2"), 400,
                        "lat"),
                new Refusal(f -> submission("Lampan är trasig.", f).param("address_string", "Torget")
                        .param("media_url", "http://example.com/bild.jpg"), 400, "media_url"),
                new Refusal(f -> submission("Lampan är trasig.", f, "jurisdiction_id", "")
                        .param("address_string", "Torget"), 400, "jurisdiction_id"),
                new Refusal(f -> submission("Grannen 19121212-1212 släcker lampan.", f)
                        .param("address_string", "Torget"), 400, "personnummer"));
        for (Refusal refusal : refusals) {
            MvcResult asJson = mvc.perform(refusal.request().apply("json")).andReturn();
            String where = asJson.getRequest().getMethod() + " " + asJson.getRequest().getRequestURI() + " "
                    + asJson.getRequest().getParameterMap().keySet();
            assertThat(asJson.getResponse().getStatus()).as(where).isEqualTo(refusal.status());
            assertThat(asJson.getResponse().getContentType()).as(where).startsWith("application/json");
            JsonNode errors = json.readTree(asJson.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(errors.isArray()).as(where).isTrue();
            assertThat(errors.size()).as(where).isGreaterThanOrEqualTo(1);
            for (JsonNode error : errors) {
                assertThat(names(error)).as(where).containsExactly("code", "description");
                assertThat(error.get("code").isIntegralNumber()).as(where).isTrue();
                assertThat(error.get("code").asInt()).as(where).isEqualTo(refusal.status());
            }
            assertThat(errors.toString()).as(where).contains(refusal.said());

            MvcResult asXml = mvc.perform(refusal.request().apply("xml")).andReturn();
            assertThat(asXml.getResponse().getStatus()).as(where).isEqualTo(refusal.status());
            assertThat(asXml.getResponse().getContentType()).as(where).startsWith("text/xml");
            Element root = parse(asXml.getResponse().getContentAsByteArray());
            assertThat(root.getTagName()).isEqualTo("errors");
            List<Element> each = children(root, "error");
            assertThat(each).hasSameSizeAs(errors.values().stream().toList());
            for (int i = 0; i < each.size(); i++) {
                assertThat(childNames(each.get(i))).containsExactly("code", "description");
                assertThat(Integer.parseInt(text(each.get(i), "code"))).isEqualTo(refusal.status());
                assertThat(text(each.get(i), "description")).isEqualTo(errors.get(i).get("description").asString());
            }
            assertThat(asXml.getResponse().getHeader("Set-Cookie")).isNull();
        }

        // A format the API does not have is refused in XML, the format the specification requires.
        MvcResult csv = mvc.perform(get("/open311/v2/services.csv")).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(400);
        Element error = only(parse(csv.getResponse().getContentAsByteArray()), "error");
        assertThat(text(error, "code")).isEqualTo("400");
        assertThat(text(error, "description")).contains("csv");
    }

    private CitizenReportId published(ReportCategory category, String text) {
        var sent = reports.submit(new NewReport("1460", category, text, 59.13, 12.23, "Stationen", null, null, null,
                UUID.randomUUID().toString()), null);
        CitizenReportId id = ((Submission.Received) sent).id();
        assertThat(moderation.publish(moderator, id, text)).isEmpty();
        return id;
    }

    /** A POST with a valid key, Bengtsfors and "belysning"; {@code changes} are name-value pairs put over them. */
    private MockHttpServletRequestBuilder submission(String description, String format, String... changes) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", apiKey);
        form.put("jurisdiction_id", "1460");
        form.put("service_code", "belysning");
        form.put("description", description);
        for (int i = 0; i < changes.length; i += 2) {
            form.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return request;
    }

    /** A refused request in a format, its status and a word its description must hold. */
    private record Refusal(Function<String, MockHttpServletRequestBuilder> request, int status, String said) {
    }

    private List<String> ids(String path) throws Exception {
        return ids(get(path));
    }

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        return json(request).values().stream().map(r -> r.get("service_request_id").asString()).toList();
    }

    private JsonNode json(String path) throws Exception {
        return json(get(path));
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        assertThat(result.getResponse().getHeader("Set-Cookie")).as("no cookie").isNull();
        assertThat(result.getRequest().getSession(false)).as("no session").isNull();
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Element xml(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/xml");
        assertThat(result.getResponse().getHeader("Set-Cookie")).as("no cookie").isNull();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return parse(result.getResponse().getContentAsByteArray());
    }

    /** A real, namespace-aware parser that refuses doctypes, as a careful client would. */
    static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static List<String> names(JsonNode object) {
        assertThat(object.isObject()).isTrue();
        return new ArrayList<>(object.propertyNames());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                assertThat(element.getTagName()).as("child of " + parent.getTagName()).isEqualTo(name);
                elements.add(element);
            } else {
                assertThat(node.getNodeType()).as("only elements in " + parent.getTagName()).isEqualTo(Node.TEXT_NODE);
                assertThat(node.getTextContent()).isBlank();
            }
        }
        return elements;
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                names.add(element.getTagName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getTagName());
    }

    private static Element only(Element parent, String name) {
        List<Element> list = children(parent, name);
        assertThat(list).hasSize(1);
        return list.getFirst();
    }

    /** The text of a leaf element: no child elements, only characters. */
    private static String text(Element parent, String name) {
        Element leaf = child(parent, name);
        assertThat(childNames(leaf)).as(name + " is a leaf").isEmpty();
        return leaf.getTextContent();
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
