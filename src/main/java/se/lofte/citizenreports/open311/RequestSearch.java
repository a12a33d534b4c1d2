package se.lofte.citizenreports.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;

import se.lofte.citizenreports.CitizenReportId;
import se.lofte.citizenreports.ReportCategory;
import se.lofte.citizenreports.ReportQuery;
import se.lofte.citizenreports.ReportStatus;
import se.lofte.shared.Dates;

/**
 * The filters of GET Service Requests, read as the specification has them: {@code service_request_id} a comma
 * list that overrides every other filter but the jurisdiction; {@code service_code} and {@code status} comma
 * lists; {@code start_date} and {@code end_date} W3C date-times with an offset, at most {@value #WINDOW_DAYS}
 * days apart and the most recent {@value #WINDOW_DAYS} days when neither is given; at most {@value #LIMIT}
 * requests. Anything it cannot read is refused with 400 naming the parameter, never read as "no filter".
 */
final class RequestSearch {

    static final int LIMIT = 1000;
    static final int WINDOW_DAYS = 90;
    private static final Duration WINDOW = Duration.ofDays(WINDOW_DAYS);

    private RequestSearch() {
    }

    /** The query for these parameters (each null when not given), {@code now} ending the default window. */
    static ReportQuery query(String municipalityCode, String ids, String serviceCodes, String startDate,
                             String endDate, String statuses, Instant now) {
        if (present(ids)) {
            return new ReportQuery(municipalityCode, ids(ids), Set.of(), Set.of(), null, null, LIMIT);
        }
        Instant start = present(startDate) ? date("start_date", startDate) : null;
        Instant end = present(endDate) ? date("end_date", endDate) : null;
        if (start != null && end != null && end.isBefore(start)) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "end_date", "open311.error.dateOrder");
        }
        if (start != null && end != null && Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "start_date", "open311.error.dateWindow",
                    Integer.toString(WINDOW_DAYS));
        }
        if (end == null) {
            end = start == null || start.plus(WINDOW).isAfter(now) ? now : start.plus(WINDOW);
        }
        if (start == null) {
            start = end.minus(WINDOW);
        }
        return new ReportQuery(municipalityCode, List.of(), categories(serviceCodes), statuses(statuses), start, end,
                LIMIT);
    }

    /**
     * A W3C date-time (the ISO 8601 subset the specification names) with its offset, or a day, read as its start
     * in Swedish time. A {@code +} left unencoded in a query string arrives as a space, so a space before the
     * offset is read as the plus it was.
     */
    static Instant date(String parameter, String text) {
        String value = text.strip().replace(' ', '+');
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(Dates.SWEDEN).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, parameter, "open311.error.date", parameter);
        }
    }

    private static List<CitizenReportId> ids(String text) {
        List<CitizenReportId> ids = new ArrayList<>();
        for (String id : text.split(",")) {
            if (!id.strip().matches("\\d{1,18}")) {
                throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "service_request_id", "open311.error.requestId");
            }
            ids.add(new CitizenReportId(Long.parseLong(id.strip())));
        }
        if (ids.size() > LIMIT) {
            throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "service_request_id", "open311.error.tooManyIds",
                    Integer.toString(LIMIT));
        }
        return ids;
    }

    static Set<ReportCategory> categories(String text) {
        if (!present(text)) {
            return Set.of();
        }
        Set<ReportCategory> categories = EnumSet.noneOf(ReportCategory.class);
        for (String code : text.split(",")) {
            categories.add(ReportCategory.ofCode(code.strip()).orElseThrow(() -> Open311Refusal.of(
                    HttpStatus.BAD_REQUEST, "service_code", "open311.error.serviceCode", code.strip())));
        }
        return categories;
    }

    private static Set<ReportStatus> statuses(String text) {
        if (!present(text)) {
            return Set.of();
        }
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        for (String word : text.split(",")) {
            statuses.addAll(switch (word.strip()) {
                case "open" -> Open311Status.OPEN;
                case "closed" -> Open311Status.CLOSED;
                default -> throw Open311Refusal.of(HttpStatus.BAD_REQUEST, "status", "open311.error.status");
            });
        }
        return statuses;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
