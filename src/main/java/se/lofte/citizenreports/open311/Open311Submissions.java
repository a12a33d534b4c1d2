package se.lofte.citizenreports.open311;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiToken;
import se.lofte.accounts.ApiTokens;
import se.lofte.citizenreports.CitizenReports;
import se.lofte.citizenreports.NewReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.Submission;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Sha256;
import se.lofte.shared.Typed;

/**
 * A POST Service Request read into a report. What the specification lets a client send and Löfte does not
 * keep: {@code media_url} is refused (a photo is only taken through the form, where it is cleaned of its
 * position before anyone sees it; Löfte fetches nothing from addresses it is given), and the reporter's
 * name, phone, device and account ({@code first_name}, {@code last_name}, {@code phone}, {@code device_id},
 * {@code account_id}, {@code address_id}) are ignored: reports are about places, not people. The e-mail
 * address is kept only to send status mails.
 */
@Component
class Open311Submissions {

    /** How NewReport's fields are called in the specification, to name them in a refusal. */
    private static final Map<String, String> PARAMETERS = Map.of("municipalityCode", "jurisdiction_id",
            "category", "service_code", "description", "description", "latitude", "lat", "longitude", "long",
            "placeInWords", "address_string", "email", "email", "photo", "media_url");

    private final ApiTokens tokens;
    private final Jurisdictions jurisdictions;
    private final CitizenReports reports;
    private final Clock clock;

    Open311Submissions(ApiTokens tokens, Jurisdictions jurisdictions, CitizenReports reports, Clock clock) {
        this.tokens = tokens;
        this.jurisdictions = jurisdictions;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Stores the request once. The same submission sent again by the same client (its answer lost on the
     * way) names the request stored the first time: with an {@code Idempotency-Key} header, the key says which
     * submission it is; without one, the submission's own fields do.
     *
     * @throws Open311Refusal 403 without a valid key of the scope {@code reports:write}, 404 for an unknown
     *                        jurisdiction, 400 for anything missing or refused in the report
     */
    Submission.Received submit(Map<String, String> form, String idempotencyKey) {
        ApiToken token = Optional.ofNullable(form.get("api_key")).flatMap(tokens::authenticate)
                .filter(t -> t.scopes().contains(ApiScope.REPORTS_WRITE))
                .orElseThrow(() -> Open311Refusal.of(HttpStatus.FORBIDDEN, "api_key", "open311.error.apiKey"));
        String municipality = jurisdictions.municipality(form.get("jurisdiction_id")).orElseThrow(() ->
                Open311Refusal.of(HttpStatus.BAD_REQUEST, "jurisdiction_id", "open311.error.jurisdictionMissing"));
        String code = Typed.orNull(form.get("service_code"));
        if (code == null) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "service_code", "open311.error.serviceCodeMissing");
        }
        ReportCategory category = ReportCategory.ofCode(code).orElseThrow(() -> Open311Refusal.of(
                HttpStatus.BAD_REQUEST, "service_code", "open311.error.serviceCode", code));
        if (Typed.orNull(form.get("media_url")) != null) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "media_url", "open311.error.mediaUrl");
        }
        Double latitude = coordinate(form, "lat", 90);
        Double longitude = coordinate(form, "long", 180);
        String address = Typed.orNull(form.get("address_string"));
        if ((latitude == null || longitude == null) && address == null) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "lat", "open311.error.location");
        }
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
        String description = Typed.orNull(form.get("description"));
        String email = Typed.orNull(form.get("email"));
        String submission = submissionKey(token, idempotencyKey, LocalDate.now(clock.withZone(Dates.SWEDEN)),
                municipality, code, latitude, longitude, address, description, email);
        NewReport report = new NewReport(municipality, category, description, latitude, longitude, address, null,
                null, email, submission);
        return switch (reports.submit(report, "open311:" + token.principalName())) {
            case Submission.Received received -> received;
            case Submission.Refused refused -> throw new Open311Refusal(overLimit(refused)
                    ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST,
                    refused.problems().stream().map(Open311Submissions::named).toList());
        };
    }

    /**
     * The reports module's limits per client and per e-mail address ({@code lofte.citizen-reports.*}): the
     * client may try again later, which HTTP says with 429 rather than 400.
     */
    private static boolean overLimit(Submission.Refused refused) {
        return refused.problems().stream().anyMatch(p -> p.code().startsWith("cr.problem.tooMany"));
    }

    /** A refusal of the reports module, said of the specification's parameter rather than the record's field. */
    private static Problem named(Problem problem) {
        return new Problem(PARAMETERS.getOrDefault(problem.field(), problem.field()), problem.code(), problem.args());
    }

    /**
     * Unique per submission and client: the key a client gave, or the digest of what it sent that day (Swedish
     * time). A resend whose answer was lost comes within minutes, so the day holds it; the same words about the
     * same place sent on another day are a new report (the problem came back). Two residents who send the same
     * words about the same place through one client on one day are counted once, which is what the moderators
     * would do with such a duplicate anyway; a client that must keep them apart sends an Idempotency-Key.
     */
    static String submissionKey(ApiToken token, String idempotencyKey, Object... fields) {
        String key = idempotencyKey != null && !idempotencyKey.isBlank() ? "key\u0000" + idempotencyKey.strip()
                : "fields\u0000" + String.join("\u0000", java.util.Arrays.stream(fields).map(String::valueOf)
                .toList());
        return "open311:" + token.id().value() + ":" + Sha256.hex(key);
    }

    private static Double coordinate(Map<String, String> form, String name, double bound) {
        String text = Typed.orNull(form.get(name));
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || Math.abs(value) > bound) {
                throw Open311Refusal.of(HttpStatus.BAD_REQUEST, name, "open311.error.coordinate", name);
            }
            return value;
        } catch (NumberFormatException e) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, name, "open311.error.coordinate", name);
        }
    }
}
