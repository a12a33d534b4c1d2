package se.lofte.citizenreports.open311;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.PublicReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportQuery;
import se.lofte.citizenreports.Submission;

/**
 * Open311 GeoReport v2 under {@value Open311Resources#ROOT}: the discovery document, the services (the report
 * categories), the published reports as service requests, and new requests posted by clients with an API
 * token. Every answer comes in the format the resource's extension names; every refusal in the
 * specification's error form ({@link Open311Errors}). It has its own filter chain
 * ({@link Open311SecurityConfiguration}): no session, no cookie, no CSRF token.
 */
@RestController
class Open311Api {

    private static final String V2 = Open311Resources.ROOT;
    /** Readers of published reports may keep an answer this long; a moderation shows within it. */
    private static final CacheControl READ = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final Open311Resources resources;
    private final Jurisdictions jurisdictions;
    private final Open311Submissions submissions;
    private final CitizenReports reports;
    private final JsonMapper json;
    private final Clock clock;

    Open311Api(Open311Resources resources, Jurisdictions jurisdictions, Open311Submissions submissions,
               CitizenReports reports, JsonMapper json, Clock clock) {
        this.resources = resources;
        this.jurisdictions = jurisdictions;
        this.submissions = submissions;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(V2 + "discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest request) {
        Open311Format answer = format(format);
        return ok(answer, resources.discovery(Open311Errors.locale(request), Arrays.asList(Open311Format.values())));
    }

    @GetMapping(V2 + "services.{format}")
    ResponseEntity<String> services(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    HttpServletRequest request) {
        Open311Format answer = format(format);
        jurisdictions.municipality(jurisdiction);
        return ok(answer, resources.services(Open311Errors.locale(request)));
    }

    @GetMapping(V2 + "services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format answer = format(format);
        jurisdictions.municipality(jurisdiction);
        ReportCategory category = ReportCategory.ofCode(code).orElseThrow(() -> Open311Refusal.of(
                HttpStatus.NOT_FOUND, "service_code", "open311.error.serviceNotFound", code));
        return ok(answer, resources.definition(category));
    }

    @GetMapping(V2 + "requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCodes,
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @RequestParam(name = "end_date", required = false) String endDate,
                                    @RequestParam(name = "status", required = false) String status,
                                    HttpServletRequest request) {
        Open311Format answer = format(format);
        String municipality = jurisdictions.municipality(jurisdiction).orElse(null);
        ReportQuery query = RequestSearch.query(municipality, ids, serviceCodes, startDate, endDate, status,
                clock.instant());
        return ok(answer, requests(reports.publicReports(query), request));
    }

    @GetMapping(V2 + "requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
                                   @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                   HttpServletRequest request) {
        Open311Format answer = format(format);
        Optional<String> municipality = jurisdictions.municipality(jurisdiction);
        Optional<PublicReport> report = id.matches("\\d{1,18}")
                ? reports.publicReport(new CitizenReportId(Long.parseLong(id))) : Optional.empty();
        PublicReport found = report.filter(r -> municipality.map(r.municipalityCode()::equals).orElse(true))
                .orElseThrow(() -> Open311Refusal.of(HttpStatus.NOT_FOUND, "service_request_id",
                        "open311.error.requestNotFound", id));
        return ok(answer, requests(List.of(found), request));
    }

    /**
     * POST Service Request, form-encoded as the specification has it. The answer is an array of one request even
     * when the client sent the same submission before: then it names the request stored the first time.
     */
    @PostMapping(V2 + "requests.{format}")
    ResponseEntity<String> submit(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
                                  @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                  HttpServletRequest request) {
        Open311Format answer = format(format);
        Submission.Received received = submissions.submit(form.toSingleValueMap(), idempotencyKey);
        return ResponseEntity.status(HttpStatus.CREATED).contentType(answer.mediaType())
                .body(resources.received(received.id(), Open311Errors.locale(request)).write(answer, json));
    }

    /** The photo of a published report, as cleaned when it was received: the requests' {@code media_url}. */
    @GetMapping(V2 + "media/{id}.jpg")
    ResponseEntity<byte[]> media(@PathVariable String id) {
        return (id.matches("\\d{1,18}") ? reports.publicPhoto(new CitizenReportId(Long.parseLong(id)))
                : Optional.<byte[]>empty())
                .map(photo -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(READ).body(photo))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Open311Document requests(List<PublicReport> found, HttpServletRequest request) {
        Map<String, String> agencies = jurisdictions.names(found.stream().map(PublicReport::municipalityCode)
                .distinct().toList());
        return resources.requests(found, agencies, Open311Errors.locale(request));
    }

    /**
     * The document with a strong validator made from its bytes: Spring answers a matching {@code If-None-Match}
     * with 304 and no body, so a client polling for changes (a city system, FixMyStreet) downloads a list again
     * only when a report in it changed. The words follow {@code Accept-Language}, so caches must key on it.
     */
    private ResponseEntity<String> ok(Open311Format format, Open311Document document) {
        String body = document.write(format, json);
        return ResponseEntity.ok().contentType(format.mediaType()).cacheControl(READ)
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .eTag(DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8))).body(body);
    }

    private static Open311Format format(String extension) {
        return Open311Format.of(extension).orElseThrow(() -> Open311Refusal.of(HttpStatus.BAD_REQUEST, "format",
                "open311.error.format", extension));
    }
}
