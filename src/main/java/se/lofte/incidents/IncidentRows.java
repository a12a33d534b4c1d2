package se.lofte.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.incidents.Incidents.Count;
import se.lofte.incidents.Incidents.Covered;
import se.lofte.incidents.Incidents.Drawable;
import se.lofte.incidents.Incidents.GroupCount;
import se.lofte.incidents.Incidents.Grouping;
import se.lofte.incidents.Incidents.Located;
import se.lofte.incidents.Incidents.Page;
import se.lofte.incidents.Incidents.Reported;
import se.lofte.incidents.Incidents.ReportedIncident;
import se.lofte.incidents.Incidents.Row;
import se.lofte.incidents.Incidents.Window;
import se.lofte.organisations.OrganisationId;
import se.lofte.places.PlaceIndex;
import se.lofte.places.PlacePrecision;
import se.lofte.places.PlacedIncidents;
import se.lofte.shared.Dates;
import se.lofte.shared.Sha256;

/**
 * The incident table: the one class that reads and writes it, so that what an incident is (its dedup key, its
 * place, what "known to the day" means) is decided in one place. Everything else asks {@link Incidents}, the
 * import pipeline stores through {@link #storeStaged}, and places keep incidents in step through
 * {@link PlacedIncidents}. Place names for lists come from joins with {@code area} and {@code street_segment}.
 *
 * <p>The SQL runs unchanged on H2 (PostgreSQL mode) and PostgreSQL. Periods for counts are computed in Java
 * and joined as a {@code VALUES} table of [start, end) instants, rather than bucketed with SQL date functions:
 * H2's {@code date_trunc('week', …)} starts weeks on Sunday while PostgreSQL's starts them on Monday, and
 * {@code at time zone} converts differently in the two. SQL still does all the counting, with the
 * {@code starts_at} index.
 */
@Repository
class IncidentRows implements PlacedIncidents {

    /** Incidents re-placed per batch: a box holding a million incidents never holds more than this in memory. */
    static final int PLACEMENT_BATCH = 1000;

    /**
     * An incident is known to the day when it has no end or its span is at most a day. Others (police.uk gives
     * only the month) count only in windows that hold whole months, and are reported as left out of the rest.
     */
    private static final String KNOWN_TO_THE_DAY = "(i.ends_at is null or i.ends_at <= i.starts_at + interval '1' day)";
    private static final String DAY_KNOWN = "(" + KNOWN_TO_THE_DAY + " or b.whole_months = 1)";
    private static final String COUNTS = "count(case when " + DAY_KNOWN + " then 1 end) as counted,"
            + " count(case when not " + DAY_KNOWN + " then 1 end) as left_out";

    /**
     * Incidents that can be drawn: a position or a street segment, and a precision that allows drawing.
     * AREA incidents carry a position too (the police API's municipality centre), which must never be shown.
     */
    private static final String DRAWABLE = "i.place_precision in (:drawablePrecisions)"
            + " and ((i.latitude is not null and i.longitude is not null) or i.segment_id is not null)";
    private static final Map<String, Object> DRAWABLE_PARAMETERS = Map.of("drawablePrecisions",
            List.of(PlacePrecision.POINT.name(), PlacePrecision.SEGMENT.name()));

    private static final String INCIDENT_COLUMNS = "insert into incident (organisation_id, source, source_id,"
            + " dedup_key, category, starts_at, ends_at, place_precision, latitude, longitude, place_name,"
            + " municipality_code, area_id, segment_id, description, url, import_job_id)"
            + " select :organisation, :source, s.source_id, s.dedup_key, s.category, s.starts_at, s.ends_at,"
            + " s.place_precision, s.latitude, s.longitude, s.place_name, s.municipality_code, s.area_id,"
            + " s.segment_id, s.description, s.url, :job";

    /**
     * The new incidents: the rows whose dedup key the source does not have yet. Within one file every row has a
     * key of its own ({@link DedupKeys} numbers repeated ids and contents), so only keys already stored are
     * duplicates; should two rows of a file ever share a key, the unique constraint fails the job rather than
     * keep one of them silently. Duplicates are the rows staged minus the rows inserted. Portable form (H2).
     *
     * <p>The rows go in in time order. H2 never updates a page in place: every page a transaction changes is
     * written anew at the next store, about once a second. Rows in file order (random in time) touch a page of
     * every index ordered by {@code starts_at} (five of the seven) with nearly every row, so each store
     * rewrote nearly the whole of those indexes, and a 200,000-row import grew the file to 1.6 GB for 58 MB
     * of live data (480 MB in time order, where those indexes only grow at their end).
     */
    private static final String STORE_STAGED = INCIDENT_COLUMNS
            + " from import_staging s where s.reason is null"
            + " and not exists (select 1 from incident i where i.source = :source and i.dedup_key = s.dedup_key)"
            + " order by s.starts_at, s.line";

    /**
     * The same on PostgreSQL: the unique constraint drops every row whose key the source already has. A
     * concurrent import of the same source waits for the other's commit and then skips its rows, where the
     * portable form would fail on the constraint.
     */
    private static final String STORE_STAGED_POSTGRES = INCIDENT_COLUMNS
            + " from import_staging s where s.reason is null"
            + " on conflict (source, dedup_key) do nothing";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final PlaceIndex index;

    IncidentRows(JdbcClient jdbc, JdbcTemplate batches, PlaceIndex index) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.index = index;
    }

    // --- imports ---

    /**
     * Moves the staged rows of an import job that the source does not have yet into the table; returns how many
     * went in. On PostgreSQL a store as large as the table rebuilds the secondary indexes after it
     * ({@link IndexRebuild}).
     */
    long storeStaged(ImportJob job, boolean postgres, long staged) {
        IndexRebuild rebuild = postgres ? IndexRebuild.dropIfWorthIt(jdbc, staged) : null;
        long inserted = jdbc.sql(postgres ? STORE_STAGED_POSTGRES : STORE_STAGED)
                .param("organisation", job.organisation().value())
                .param("source", job.source()).param("job", job.id()).update();
        if (rebuild != null) {
            rebuild.rebuild();
        }
        return inserted;
    }

    // --- place reports ---

    /** One incident per category of the report, with source id {@code <report id>/<category>}. */
    void insertReported(String source, Reported report) {
        for (String category : report.categories()) {
            String sourceId = report.reportId() + "/" + category;
            jdbc.sql("insert into incident (organisation_id, source, source_id, dedup_key, category, starts_at, ends_at,"
                            + " place_precision, latitude, longitude, place_name, municipality_code, area_id, segment_id,"
                            + " description) values (:organisation, :source, :sourceId, :dedup, :category, :startsAt,"
                            + " :endsAt, :precision, :latitude, :longitude, :placeName, :municipality, :area, :segment,"
                            + " :description)")
                    .param("organisation", report.organisation().value()).param("source", source)
                    .param("sourceId", sourceId).param("dedup", Sha256.hex(sourceId)).param("category", category)
                    .param("startsAt", report.startsAt()).param("endsAt", report.endsAt())
                    .param("precision", report.precision().name()).param("latitude", report.latitude())
                    .param("longitude", report.longitude()).param("placeName", report.placeName())
                    .param("municipality", report.municipalityCode()).param("area", report.areaId())
                    .param("segment", report.segmentId()).param("description", report.description())
                    .update();
        }
    }

    void deleteReported(String source, String reportId) {
        jdbc.sql("delete from incident where source = ? and source_id like ?").params(source, reportId + "/%").update();
    }

    List<ReportedIncident> reported(String source, OrganisationId organisation, OffsetDateTime from,
                                    OffsetDateTime until) {
        return jdbc.sql("select source_id, place_name, category from incident where source = :source"
                        + " and organisation_id = :organisation and starts_at >= :from and starts_at < :to")
                .param("source", source).param("organisation", organisation.value())
                .param("from", from).param("to", until)
                .query(IncidentRows::reportedIncident)
                .list();
    }

    /** The reports' incidents the filter keeps, each with the report it belongs to. */
    List<ReportedIncident> reported(IncidentScope scope, IncidentFilter filter) {
        Where where = Where.of(scope, filter);
        return jdbc.sql("select i.source_id, i.place_name, i.category from incident i where " + where.sql())
                .params(where.parameters())
                .query(IncidentRows::reportedIncident)
                .list();
    }

    /** A report's incident row: its source id is the report's id, a slash and the incident's category. */
    private static ReportedIncident reportedIncident(ResultSet rs, int rowNum) throws SQLException {
        String sourceId = rs.getString("source_id");
        return new ReportedIncident(sourceId.substring(0, sourceId.indexOf('/')), rs.getString("place_name"),
                rs.getString("category"));
    }

    // --- lists and the map ---

    /** The distinct values of {@code column} (category or source) among the incidents in scope, in SQL order. */
    List<String> distinct(String column, IncidentScope scope) {
        if (!column.equals("category") && !column.equals("source")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct i." + column + " from incident i where " + scope.condition("i")
                        + " order by i." + column)
                .params(scope.parameters()).query(String.class).list();
    }

    Drawable drawable(IncidentScope scope, IncidentFilter filter, int limit) {
        Where where = Where.of(scope, filter).and(DRAWABLE, DRAWABLE_PARAMETERS);
        long total = jdbc.sql("select count(*) from incident i where " + where.sql())
                .params(where.parameters()).query(Long.class).single();
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("limit", limit);
        List<Located> found = jdbc.sql("""
                        select i.id, i.latitude, i.longitude, i.segment_id, i.category, i.starts_at,
                               i.place_precision, i.source, coalesce(i.place_name, s.name, a.name) as place
                        from incident i
                        left join street_segment s on s.id = i.segment_id
                        left join area a on a.id = i.area_id
                        where %s
                        order by i.starts_at desc, i.id desc
                        limit :limit""".formatted(where.sql()))
                .params(parameters)
                .query((rs, n) -> new Located(rs.getLong("id"), nullableDouble(rs, "latitude"),
                        nullableDouble(rs, "longitude"), rs.getObject("segment_id", Long.class),
                        rs.getString("category"), rs.getObject("starts_at", OffsetDateTime.class),
                        PlacePrecision.valueOf(rs.getString("place_precision")), rs.getString("source"),
                        rs.getString("place")))
                .list();
        return new Drawable(found, total);
    }

    List<GroupCount> countBy(Grouping grouping, IncidentScope scope, IncidentFilter filter) {
        Where where = Where.of(scope, filter);
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("areaPrecision", PlacePrecision.AREA.name());
        String key;
        String label;
        String groupBy;
        String join;
        String order;
        switch (grouping) {
            case CATEGORY -> {
                key = label = groupBy = order = "i.category";
                join = "";
            }
            case MUNICIPALITY -> {
                key = label = groupBy = order = "i.municipality_code";
                join = "";
            }
            case AREA -> {
                key = "a.id";
                label = "a.name";
                groupBy = "a.id, a.name";
                join = " join area a on a.id = i.area_id";
                order = "a.name, a.id";
            }
            default -> throw new IllegalArgumentException(grouping.name());
        }
        return jdbc.sql("""
                        select %s as group_key, %s as group_label, count(*) as incidents,
                               sum(case when i.place_precision = :areaPrecision then 1 else 0 end) as area_only
                        from incident i%s
                        where %s
                        group by %s
                        order by incidents desc, %s""".formatted(key, label, join, where.sql(), groupBy, order))
                .params(parameters)
                .query((rs, n) -> new GroupCount(rs.getString("group_key"), rs.getString("group_label"),
                        rs.getLong("incidents"), rs.getLong("area_only")))
                .list();
    }

    Page page(IncidentScope scope, IncidentFilter filter, int page, int pageSize) {
        Where where = Where.of(scope, filter);
        long total = jdbc.sql("select count(*) from incident i where " + where.sql())
                .params(where.parameters()).query(Long.class).single();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(page, 1), pages);
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("limit", pageSize);
        parameters.put("offset", (long) (current - 1) * pageSize);
        List<Row> rows = jdbc.sql("""
                        select i.id, i.starts_at, i.ends_at, i.category, i.place_precision, i.source, i.url,
                               coalesce(i.place_name, s.name, a.name) as place, i.municipality_code
                        from incident i
                        left join street_segment s on s.id = i.segment_id
                        left join area a on a.id = i.area_id
                        where %s
                        order by i.starts_at desc, i.id desc
                        limit :limit offset :offset""".formatted(where.sql()))
                .params(parameters)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class), rs.getString("category"),
                        rs.getString("place"), rs.getString("municipality_code"),
                        PlacePrecision.valueOf(rs.getString("place_precision")), rs.getString("source"),
                        rs.getString("url")))
                .list();
        return new Page(rows, current, pages, total);
    }

    /** The street segments incidents in scope were snapped to. */
    Set<Long> snappedSegments(IncidentScope scope) {
        return Set.copyOf(jdbc.sql("select distinct i.segment_id from incident i where i.segment_id is not null and "
                        + scope.condition("i"))
                .params(scope.parameters()).query(Long.class).list());
    }

    // --- counts over time ---

    /** The count in each window, in the windows' order. */
    List<Count> count(List<Window> windows, IncidentFilter filter, IncidentScope scope) {
        Map<Integer, Count> byIndex = new HashMap<>();
        var query = new Windowed(windows, Where.of(scope, filter));
        jdbc.sql("select b.idx, " + COUNTS + " from " + query.from() + " where " + query.where()
                        + " group by b.idx")
                .params(query.parameters())
                .query((rs, row) -> byIndex.put(rs.getInt("idx"), new Count(rs.getLong("counted"),
                        rs.getLong("left_out"))))
                .list();
        List<Count> result = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            result.add(byIndex.getOrDefault(i, Count.NONE));
        }
        return result;
    }

    /**
     * The days each source covers per municipality: one scan grouped by both, with the first and last start of
     * the incidents known to the day and of those known only to the month kept apart and turned into Swedish
     * days here (a month-known incident covers the whole month it starts in, as it counts in that month).
     */
    List<Covered> coverage(IncidentFilter filter, IncidentScope scope) {
        Where where = Where.of(scope, filter);
        return jdbc.sql("""
                        select i.source, i.municipality_code,
                               min(case when %1$s then i.starts_at end) as first_day,
                               max(case when %1$s then i.starts_at end) as last_day,
                               min(case when not %1$s then i.starts_at end) as first_month,
                               max(case when not %1$s then i.starts_at end) as last_month
                        from incident i
                        where %2$s
                        group by i.source, i.municipality_code
                        order by i.source, i.municipality_code""".formatted(KNOWN_TO_THE_DAY, where.sql()))
                .params(where.parameters())
                .query((rs, n) -> {
                    LocalDate firstMonth = swedishDay(rs.getObject("first_month", OffsetDateTime.class));
                    LocalDate lastMonth = swedishDay(rs.getObject("last_month", OffsetDateTime.class));
                    LocalDate first = earlier(swedishDay(rs.getObject("first_day", OffsetDateTime.class)),
                            firstMonth == null ? null : firstMonth.withDayOfMonth(1));
                    LocalDate last = later(swedishDay(rs.getObject("last_day", OffsetDateTime.class)),
                            lastMonth == null ? null : lastMonth.with(TemporalAdjusters.lastDayOfMonth()));
                    return new Covered(rs.getString("source"), rs.getString("municipality_code"), first, last);
                })
                .list();
    }

    private static LocalDate swedishDay(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(Dates.SWEDEN).toLocalDate();
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The counts per category in each window, categories with the most in the first window first. */
    Map<String, long[]> countByCategory(List<Window> windows, IncidentFilter filter, IncidentScope scope, int limit) {
        Map<String, long[]> byCategory = new HashMap<>();
        var query = new Windowed(windows, Where.of(scope, filter));
        jdbc.sql("select b.idx, i.category, " + COUNTS + " from " + query.from() + " where " + query.where()
                        + " group by b.idx, i.category")
                .params(query.parameters())
                .query((rs, row) -> byCategory.computeIfAbsent(rs.getString("category"),
                        c -> new long[windows.size()])[rs.getInt("idx")] = rs.getLong("counted"))
                .list();
        Map<String, long[]> sorted = new LinkedHashMap<>();
        byCategory.entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(n -> n > 0))
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    // --- places ---

    @Override
    public int placeAgainWithin(Envelope box) {
        if (box.isNull()) {
            return 0;
        }
        record Placed(long id, double latitude, double longitude, Long areaId, Long segmentId) {
        }
        int changed = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Placed> rows = jdbc.sql("select id, latitude, longitude, area_id, segment_id from incident"
                            + " where place_precision in ('POINT', 'SEGMENT') and latitude between ? and ?"
                            + " and longitude between ? and ? and id > ? order by id fetch first " + PLACEMENT_BATCH
                            + " rows only")
                    .params(box.getMinY(), box.getMaxY(), box.getMinX(), box.getMaxX(), after)
                    .query((rs, row) -> new Placed(rs.getLong("id"), rs.getDouble("latitude"),
                            rs.getDouble("longitude"), rs.getObject("area_id", Long.class),
                            rs.getObject("segment_id", Long.class)))
                    .list();
            if (rows.isEmpty()) {
                return changed;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Placed row : rows) {
                PlaceIndex.Placement placement = index.place(row.latitude(), row.longitude());
                if (!Objects.equals(placement.areaId(), row.areaId())
                        || !Objects.equals(placement.segmentId(), row.segmentId())) {
                    updates.add(new Object[]{id(placement.areaId()), id(placement.segmentId()), row.id()});
                }
            }
            if (!updates.isEmpty()) {
                batches.batchUpdate("update incident set area_id = ?, segment_id = ? where id = ?", updates);
            }
            changed += updates.size();
            after = rows.getLast().id();
        }
    }

    @Override
    public int placeInMunicipalityArea(String scbCode, Long areaId) {
        if (areaId == null) {
            return jdbc.sql("update incident set area_id = null where place_precision = 'AREA'"
                    + " and municipality_code = ? and area_id is not null").param(scbCode).update();
        }
        return jdbc.sql("update incident set area_id = ? where place_precision = 'AREA' and municipality_code = ?"
                        + " and (area_id is null or area_id <> ?)")
                .params(areaId, scbCode, areaId).update();
    }

    @Override
    public void leaveArea(long areaId) {
        jdbc.sql("update incident set area_id = null where area_id = ?").param(areaId).update();
    }

    @Override
    public void leaveSegment(long segmentId) {
        jdbc.sql("update incident set segment_id = null where segment_id = ?").param(segmentId).update();
    }

    @Override
    public List<Long> count(Collection<Long> areaIds, Collection<Long> segmentIds, String category,
                            OffsetDateTime from, List<OffsetDateTime> ends) {
        if (ends.isEmpty()) {
            return List.of();
        }
        // One count per end in one scan: a goal's monthly series over several years is one query, not dozens.
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < ends.size(); i++) {
            counts.append(i == 0 ? "" : ", ").append("coalesce(sum(case when i.starts_at < :to").append(i)
                    .append(" then 1 else 0 end), 0)");
        }
        String sql = "select " + counts + " from incident i where i.starts_at >= :from and i.starts_at < :last"
                + (category == null ? "" : " and i.category = :category")
                + " and (i.area_id in (:areas) or i.segment_id in (:segments))";
        var statement = jdbc.sql(sql).param("from", from).param("areas", idsOrNone(areaIds))
                .param("segments", idsOrNone(segmentIds))
                .param("last", ends.stream().max(OffsetDateTime::compareTo).orElseThrow());
        for (int i = 0; i < ends.size(); i++) {
            statement = statement.param("to" + i, ends.get(i));
        }
        if (category != null) {
            statement = statement.param("category", category);
        }
        return statement.query((rs, row) -> {
            List<Long> each = new ArrayList<>(ends.size());
            for (int i = 1; i <= ends.size(); i++) {
                each.add(rs.getLong(i));
            }
            return List.copyOf(each);
        }).single();
    }

    /** An incident's own position and when it started. */
    record Positioned(double latitude, double longitude, OffsetDateTime startsAt) {
    }

    /**
     * The incidents in scope that the filter keeps, known to the day, with a position of their own (precision
     * POINT or SEGMENT, never an AREA incident's stand-in position) inside the WGS84 box, and placed in none of
     * these areas and street segments.
     */
    List<Positioned> positionedOutside(IncidentFilter filter, Set<Long> areaIds, Set<Long> segmentIds,
                                       IncidentScope scope, Envelope box) {
        Map<String, Object> more = new HashMap<>(DRAWABLE_PARAMETERS);
        more.put("minLat", box.getMinY());
        more.put("maxLat", box.getMaxY());
        more.put("minLon", box.getMinX());
        more.put("maxLon", box.getMaxX());
        more.put("outsideAreas", idsOrNone(areaIds));
        more.put("outsideSegments", idsOrNone(segmentIds));
        Where where = Where.of(scope, filter).and("i.place_precision in (:drawablePrecisions)"
                + " and i.latitude between :minLat and :maxLat and i.longitude between :minLon and :maxLon"
                + " and " + KNOWN_TO_THE_DAY
                + " and (i.area_id is null or i.area_id not in (:outsideAreas))"
                + " and (i.segment_id is null or i.segment_id not in (:outsideSegments))", more);
        return jdbc.sql("select i.latitude, i.longitude, i.starts_at from incident i where " + where.sql())
                .params(where.parameters())
                .query((rs, row) -> new Positioned(rs.getDouble("latitude"), rs.getDouble("longitude"),
                        rs.getObject("starts_at", OffsetDateTime.class)))
                .list();
    }

    /** A WHERE condition on {@code incident i} with its named parameters. */
    private record Where(String sql, Map<String, Object> parameters) {

        static Where of(IncidentScope scope, IncidentFilter filter) {
            Where where = new Where(scope.condition("i"), scope.parameters())
                    .andWhenGiven(filter.category(), "i.category = :category", "category")
                    .andWhenGiven(filter.source(), "i.source = :source", "source")
                    .andWhenGiven(filter.from(), "i.starts_at >= :fromTime", "fromTime")
                    .andWhenGiven(filter.until(), "i.starts_at < :untilTime", "untilTime")
                    .andWhenGiven(filter.municipalityCode(), "i.municipality_code = :municipality", "municipality");
            if (filter.areaIds() == null) {
                return where;
            }
            return where.and("(i.area_id in (:placeAreas) or i.segment_id in (:placeSegments))",
                    Map.of("placeAreas", idsOrNone(filter.areaIds()), "placeSegments", idsOrNone(filter.segmentIds())));
        }

        /** A filter value left out (null) narrows nothing; a given one binds its condition's one parameter. */
        private Where andWhenGiven(Object value, String condition, String parameter) {
            return value == null ? this : and(condition, Map.of(parameter, value));
        }

        Where and(String condition, Map<String, Object> more) {
            Map<String, Object> parameters = new HashMap<>(this.parameters);
            parameters.putAll(more);
            return new Where(sql + " and " + condition, parameters);
        }
    }

    /** The FROM and WHERE of a count over windows, with their named parameters. */
    private record Windowed(String from, String where, Map<String, Object> parameters) {

        Windowed(List<Window> windows, Where where) {
            this(values(windows), where.sql(), parameters(windows, where));
        }

        private static String values(List<Window> windows) {
            if (windows.isEmpty()) {
                throw new IllegalArgumentException("Nothing to count: no periods");
            }
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < windows.size(); i++) {
                values.append(i == 0 ? "" : ", ").append("(").append(i)
                        .append(", cast(:s").append(i).append(" as timestamp with time zone)")
                        .append(", cast(:e").append(i).append(" as timestamp with time zone), ")
                        .append(windows.get(i).holdsMonthKnown() ? 1 : 0).append(")");
            }
            return "(values " + values + ") as b(idx, s, e, whole_months)"
                    + " join incident i on i.starts_at >= b.s and i.starts_at < b.e";
        }

        private static Map<String, Object> parameters(List<Window> windows, Where where) {
            Map<String, Object> parameters = new HashMap<>(where.parameters());
            for (int i = 0; i < windows.size(); i++) {
                parameters.put("s" + i, windows.get(i).start());
                parameters.put("e" + i, windows.get(i).end());
            }
            return parameters;
        }
    }

    /** An empty list becomes an id no row has: {@code in ()} is not SQL. */
    private static List<Long> idsOrNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
    }

    private static SqlParameterValue id(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
