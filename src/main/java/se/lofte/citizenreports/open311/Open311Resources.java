package se.lofte.citizenreports.open311;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.PublicReport;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.shared.Dates;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.SiteAddress;

import static se.lofte.citizenreports.open311.Open311Node.decimal;
import static se.lofte.citizenreports.open311.Open311Node.fields;
import static se.lofte.citizenreports.open311.Open311Node.text;

/**
 * The resources of GeoReport v2 as documents, element by element in the specification's order and names, so
 * that the JSON and the XML of each are the same values. Service names, descriptions and notices are the
 * site's own words in the client's language (Swedish unless it asks for English); a request's text is the
 * report as staff published it, never what the resident first wrote.
 */
@Component
class Open311Resources {

    /** The version of the API as described here: a client that cached the discovery document reads it again. */
    static final String CHANGESET = "2026-12-07T00:00:00+01:00";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String ROOT = "/open311/v2/";

    /** W3C date-time with the offset Swedish time has at that moment, to the second. */
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final MessageSource messages;
    private final SiteAddress site;

    Open311Resources(MessageSource messages, LofteProperties properties) {
        this.messages = messages;
        this.site = properties.site();
    }

    Open311Document discovery(Locale locale, List<Open311Format> formats) {
        return new Open311Document("discovery", fields()
                .text("changeset", CHANGESET)
                .text("contact", t("open311.discovery.contact", locale, site.base()))
                .text("key_service", t("open311.discovery.keyService", locale))
                .put("endpoints", new Open311Node.Items("endpoint", List.of(fields()
                        .text("specification", SPECIFICATION)
                        .text("url", site.absolute(ROOT.substring(0, ROOT.length() - 1)))
                        .text("changeset", CHANGESET)
                        .text("type", "production")
                        .put("formats", new Open311Node.Items("format",
                                formats.stream().<Open311Node>map(f -> text(f.discoveryType())).toList()))
                        .build())))
                .build());
    }

    Open311Document services(Locale locale) {
        return new Open311Document("services", new Open311Node.Items("service",
                Arrays.stream(ReportCategory.values()).<Open311Node>map(c -> service(c, locale)).toList()));
    }

    /** Every service is realtime: a request gets its id at once. None asks for attributes beyond the common ones. */
    private Open311Node service(ReportCategory category, Locale locale) {
        return fields()
                .text("service_code", category.code())
                .text("service_name", serviceName(category, locale))
                .text("description", t("open311.service." + category.code() + ".description", locale))
                .put("metadata", new Open311Node.Flag(false))
                .text("type", "realtime")
                .text("keywords", t("open311.service." + category.code() + ".keywords", locale))
                .text("group", t("open311.service." + category.code() + ".group", locale))
                .build();
    }

    Open311Document definition(ReportCategory category) {
        return new Open311Document("service_definition", fields()
                .text("service_code", category.code())
                .put("attributes", new Open311Node.Items("attribute", List.of()))
                .build());
    }

    /**
     * Service requests as GET answers them. {@code agencies} names the agency responsible by municipality code:
     * the municipality, which receives the report with the police.
     */
    Open311Document requests(List<PublicReport> reports, Map<String, String> agencies, Locale locale) {
        return new Open311Document("service_requests", new Open311Node.Items("request",
                reports.stream().<Open311Node>map(r -> request(r, agencies.get(r.municipalityCode()), locale))
                        .toList()));
    }

    private Open311Node request(PublicReport report, String agency, Locale locale) {
        return fields()
                .text("service_request_id", Long.toString(report.id().value()))
                .text("status", Open311Status.of(report.status()))
                .text("status_notes", statusNotes(report))
                .text("service_name", serviceName(report.category(), locale))
                .text("service_code", report.category().code())
                .text("description", report.text())
                .text("agency_responsible", agency)
                .text("service_notice", null)
                .text("requested_datetime", w3c(report.receivedAt()))
                .text("updated_datetime", w3c(report.updatedAt()))
                .text("expected_datetime", null)
                .text("address", report.placeInWords())
                .text("address_id", null)
                .text("zipcode", null)
                .put("lat", decimal(report.latitude()))
                .put("long", decimal(report.longitude()))
                .text("media_url", report.hasPhoto() ? site.absolute(mediaPath(report.id())) : null)
                .build();
    }

    /** The staff's answer and, once closed, the reason it was closed; none while there is neither. */
    private static String statusNotes(PublicReport report) {
        String notes = Stream.of(report.answer(), report.closedReason()).filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
        return notes.isEmpty() ? null : notes;
    }

    /** What POST answers: the new request's id, a notice of what happens next, and no account. */
    Open311Document received(CitizenReportId id, Locale locale) {
        return new Open311Document("service_requests", new Open311Node.Items("request", List.of(fields()
                .text("service_request_id", Long.toString(id.value()))
                .text("service_notice", t("open311.received.notice", locale))
                .text("account_id", null)
                .build())));
    }

    /** The specification's error form: one error per problem, each with the HTTP status as its code. */
    static String mediaPath(CitizenReportId id) {
        return ROOT + "media/" + id.value() + ".jpg";
    }

    private String serviceName(ReportCategory category, Locale locale) {
        return t("open311.service." + category.code() + ".name", locale);
    }

    static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Dates.SWEDEN)
                .toOffsetDateTime());
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
