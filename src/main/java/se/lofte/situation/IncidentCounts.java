package se.lofte.situation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.shared.Dates;
import se.lofte.situation.SituationAccess.Scope;

/**
 * Incident counts, aggregated in SQL that runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
 *
 * <p>Periods are computed in Java and joined as a {@code VALUES} table of [start, end) instants, rather than
 * bucketed with SQL date functions: H2's {@code date_trunc('week', …)} starts weeks on Sunday while
 * PostgreSQL's starts them on Monday, and {@code at time zone} converts differently in the two, so SQL
 * bucketing would give different weeks on the two databases. Java gives exact Swedish-time boundaries
 * (summer time included) and ISO weeks; SQL still does all the counting, with the {@code starts_at} index.
 *
 * <p>An incident is known to the day when it has no end or its span is at most a day. Others (police.uk
 * gives only the month) count only in periods flagged as whole months, and are reported as left out of
 * the rest.
 */
@Repository
public class IncidentCounts {
    private static final String DAY_KNOWN = "(i.ends_at is null or i.ends_at <= i.starts_at + interval '1' day"
            + " or b.whole_months = 1)";

    private final JdbcClient jdbc;

    IncidentCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counted and left-out incidents in one period. */
    public record Count(long counted, long leftOut) {
        static final Count NONE = new Count(0, 0);
    }

    /** A period and whether incidents known only to the month count in it. */
    public record Window(Period period, boolean holdsMonthKnown) {
    }

    /** The count in each window, in the windows' order, for incidents in scope that match the filter. */
    public List<Count> count(List<Window> windows, TrendFilter filter, Scope scope) {
        Map<Integer, Count> byIndex = new HashMap<>();
        var query = new Query(windows, filter, scope);
        jdbc.sql("select b.idx, " + COUNTS + " from " + query.from() + " where " + query.where() + " group by b.idx")
                .params(query.params)
                .query((rs, row) -> byIndex.put(rs.getInt("idx"), new Count(rs.getLong("counted"), rs.getLong("left_out"))))
                .list();
        List<Count> result = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            result.add(byIndex.getOrDefault(i, Count.NONE));
        }
        return result;
    }

    /** The counts per category in each window, categories with the most in the first window first. */
    public Map<String, long[]> countByCategory(List<Window> windows, TrendFilter filter, Scope scope, int limit) {
        Map<String, long[]> byCategory = new HashMap<>();
        var query = new Query(windows, filter, scope);
        jdbc.sql("select b.idx, i.category, " + COUNTS + " from " + query.from() + " where " + query.where()
                        + " group by b.idx, i.category")
                .params(query.params)
                .query((rs, row) -> byCategory.computeIfAbsent(rs.getString("category"), c -> new long[windows.size()])
                        [rs.getInt("idx")] = rs.getLong("counted"))
                .list();
        Map<String, long[]> sorted = new LinkedHashMap<>();
        byCategory.entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(n -> n > 0))
                .sorted(java.util.Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static final String COUNTS = "count(case when " + DAY_KNOWN + " then 1 end) as counted,"
            + " count(case when not " + DAY_KNOWN + " then 1 end) as left_out";

    /** The FROM and WHERE of a count: windows, scope and filter, with their named parameters. */
    private static final class Query {
        final Map<String, Object> params = new HashMap<>();
        private final StringBuilder values = new StringBuilder();
        private final StringBuilder where = new StringBuilder();

        Query(List<Window> windows, TrendFilter filter, Scope scope) {
            if (windows.isEmpty()) {
                throw new IllegalArgumentException("Nothing to count: no periods");
            }
            for (int i = 0; i < windows.size(); i++) {
                Window w = windows.get(i);
                values.append(i == 0 ? "" : ", ").append("(").append(i)
                        .append(", cast(:s").append(i).append(" as timestamp with time zone)")
                        .append(", cast(:e").append(i).append(" as timestamp with time zone), ")
                        .append(w.holdsMonthKnown() ? 1 : 0).append(")");
                params.put("s" + i, startOf(w.period().from()));
                params.put("e" + i, startOf(w.period().to().plusDays(1)));
            }
            where.append(scope.condition("i"));
            params.putAll(scope.parameters());
            if (filter.category() != null) {
                where.append(" and i.category = :category");
                params.put("category", filter.category());
            }
            if (filter.source() != null) {
                where.append(" and i.source = :source");
                params.put("source", filter.source());
            }
            if (filter.place() != null) {
                where.append(" and ").append(placeCondition(filter.place()));
                params.put("place", filter.place().kind() == PlaceKind.MUNICIPALITY ? filter.place().key()
                        : Long.parseLong(filter.place().key()));
            }
        }

        String from() {
            return "(values " + values + ") as b(idx, s, e, whole_months)"
                    + " join incident i on i.starts_at >= b.s and i.starts_at < b.e";
        }

        String where() {
            return where.toString();
        }
    }

    private static String placeCondition(PlaceChoice place) {
        return switch (place.kind()) {
            case MUNICIPALITY -> "i.municipality_code = :place";
            case AREA -> "i.area_id = :place";
            case SEGMENT -> "i.segment_id = :place";
            case FOCUS_PLACE -> "(i.area_id in (select p.area_id from focus_place_part p where p.focus_place_id = :place"
                    + " and p.area_id is not null) or i.segment_id in (select p.segment_id from focus_place_part p"
                    + " where p.focus_place_id = :place and p.segment_id is not null))";
        };
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Dates.SWEDEN).toOffsetDateTime();
    }

    /**
     * The inhabitants of a place where they are known: an area's population, a municipality's from its area
     * of kind MUNICIPALITY, a focus place's as the sum over its areas when it has only areas and all are
     * known. Null otherwise (street segments have none).
     */
    public Integer population(PlaceChoice place, Scope scope) {
        if (place == null) {
            return null;
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        return switch (place.kind()) {
            case MUNICIPALITY -> {
                params.put("code", place.key());
                yield jdbc.sql("select max(a.population) from area a where a.kind = 'MUNICIPALITY'"
                        + " and a.municipality_code = :code and " + scope.condition("a")).params(params)
                        .query(Integer.class).optional().orElse(null);
            }
            case AREA -> {
                params.put("id", Long.parseLong(place.key()));
                yield jdbc.sql("select a.population from area a where a.id = :id and " + scope.condition("a"))
                        .params(params).query(Integer.class).optional().orElse(null);
            }
            case SEGMENT -> null;
            case FOCUS_PLACE -> {
                params.put("id", Long.parseLong(place.key()));
                var row = jdbc.sql("select count(*) as parts, count(a.population) as known, sum(a.population) as total"
                                + " from focus_place_part p left join area a on a.id = p.area_id"
                                + " where p.focus_place_id = :id")
                        .params(params)
                        .query((rs, n) -> new long[]{rs.getLong("parts"), rs.getLong("known"), rs.getLong("total")})
                        .single();
                yield row[0] > 0 && row[0] == row[1] && row[2] <= Integer.MAX_VALUE ? (int) row[2] : null;
            }
        };
    }

    public List<String> categories(Scope scope) {
        return jdbc.sql("select distinct i.category from incident i where " + scope.condition("i")
                        + " order by i.category fetch first 500 rows only")
                .params(scope.parameters()).query(String.class).list();
    }

    public List<String> sources(Scope scope) {
        return jdbc.sql("select distinct i.source from incident i where " + scope.condition("i") + " order by i.source")
                .params(scope.parameters()).query(String.class).list();
    }

    public List<PlaceOption> areas(Scope scope) {
        return jdbc.sql("select a.id, a.name from area a where " + scope.condition("a") + " order by a.name, a.id")
                .params(scope.parameters())
                .query((rs, n) -> new PlaceOption(new PlaceChoice(PlaceKind.AREA, rs.getString("id")), rs.getString("name")))
                .list();
    }

    /** At most 1,000: a street export can hold many more segments than a select can offer. */
    public List<PlaceOption> segments(Scope scope) {
        return jdbc.sql("select s.id, s.name from street_segment s where " + organisationCondition(scope, "s")
                        + " order by s.name, s.id fetch first 1000 rows only")
                .params(scope.parameters())
                .query((rs, n) -> new PlaceOption(new PlaceChoice(PlaceKind.SEGMENT, rs.getString("id")), rs.getString("name")))
                .list();
    }

    public List<PlaceOption> focusPlaces(Scope scope) {
        return jdbc.sql("select f.id, f.name from focus_place f where " + organisationCondition(scope, "f")
                        + " order by f.name, f.id")
                .params(scope.parameters())
                .query((rs, n) -> new PlaceOption(new PlaceChoice(PlaceKind.FOCUS_PLACE, rs.getString("id")),
                        rs.getString("name")))
                .list();
    }

    /** Street segments and focus places have no municipality: they are seen by their organisation's staff. */
    private static String organisationCondition(Scope scope, String alias) {
        return scope.everything() ? "1 = 1" : alias + ".organisation_id in (:scopeOrganisations)";
    }
}
