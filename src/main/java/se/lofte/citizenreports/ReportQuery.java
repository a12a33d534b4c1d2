package se.lofte.citizenreports;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which published reports to list: a null municipality, empty ids, categories or statuses mean any; {@code from}
 * and {@code to} bound the time received (inclusive, null for open); at most {@code limit}, newest first.
 */
public record ReportQuery(String municipalityCode, List<CitizenReportId> ids, Set<ReportCategory> categories,
                          Set<ReportStatus> statuses, Instant from, Instant to, int limit) {

    public ReportQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Every published report of a municipality, newest first, at most {@code limit}. */
    public static ReportQuery of(String municipalityCode, int limit) {
        return new ReportQuery(municipalityCode, List.of(), Set.of(), Set.of(), null, null, limit);
    }
}
