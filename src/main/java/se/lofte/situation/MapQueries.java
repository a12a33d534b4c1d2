package se.lofte.situation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.lofte.places.PlacePrecision;
import se.lofte.shared.Dates;
import se.lofte.situation.SituationMap.Count;
import se.lofte.situation.SituationMap.Filter;
import se.lofte.situation.SituationMap.Point;
import se.lofte.situation.SituationMap.Points;
import se.lofte.situation.SituationMap.Shape;

/** The SQL behind {@link SituationMap}: every query starts from what the viewer's scope lets them see. */
@Repository
class MapQueries {

    private static final Logger log = LoggerFactory.getLogger(MapQueries.class);

    /**
     * Area outlines are drawn at city scale at most: ~5 m (in degrees) of simplification is invisible there
     * and keeps a municipality's border from sending tens of thousands of vertices to the browser.
     */
    private static final double AREA_SIMPLIFICATION_DEGREES = 0.00005;

    /** Segment ids per {@code in (...)} list, well below the bind-parameter limits of both databases. */
    private static final int IDS_PER_QUERY = 1000;

    enum Grouping {
        CATEGORY("i.category", "i.category", "i.category", "", "i.category"),
        MUNICIPALITY("i.municipality_code", "i.municipality_code", "i.municipality_code", "",
                "i.municipality_code"),
        AREA("a.id", "a.name", "a.id, a.name", " join area a on a.id = i.area_id", "a.name, a.id");

        private final String key;
        private final String label;
        private final String groupBy;
        private final String join;
        private final String order;

        Grouping(String key, String label, String groupBy, String join, String order) {
            this.key = key;
            this.label = label;
            this.groupBy = groupBy;
            this.join = join;
            this.order = order;
        }
    }

    /** A table row before the municipality code (used where no better place name is known) is named. */
    record RawRow(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String category, String place,
                  String municipalityCode, PlacePrecision precision, String source, String url) {
    }

    record RawRows(List<RawRow> rows, int page, int pages, long total) {
    }

    /** A WHERE condition on {@code incident i} with its named parameters. */
    private record Where(String sql, Map<String, Object> parameters) {

        static Where of(SituationAccess.Scope scope, Filter filter) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>(scope.parameters());
            conditions.add(scope.condition("i"));
            if (filter.category() != null) {
                conditions.add("i.category = :category");
                parameters.put("category", filter.category());
            }
            if (filter.source() != null) {
                conditions.add("i.source = :source");
                parameters.put("source", filter.source());
            }
            if (filter.from() != null) {
                conditions.add("i.starts_at >= :fromTime");
                parameters.put("fromTime", filter.from().atStartOfDay(Dates.SWEDEN).toOffsetDateTime());
            }
            if (filter.to() != null) {
                conditions.add("i.starts_at < :untilTime");
                parameters.put("untilTime",
                        filter.to().plusDays(1).atStartOfDay(Dates.SWEDEN).toOffsetDateTime());
            }
            return new Where(String.join(" and ", conditions), parameters);
        }

        Where and(String condition, Map<String, Object> more) {
            Map<String, Object> parameters = new HashMap<>(this.parameters);
            parameters.putAll(more);
            return new Where(sql + " and " + condition, parameters);
        }
    }

    /**
     * Incidents that can be drawn: a position or a street segment, and a precision that allows drawing.
     * AREA incidents carry a position too (the police API's municipality centre), which must never be shown.
     */
    private static final String DRAWABLE = "i.place_precision in (:drawablePrecisions)"
            + " and ((i.latitude is not null and i.longitude is not null) or i.segment_id is not null)";
    private static final Map<String, Object> DRAWABLE_PARAMETERS = Map.of("drawablePrecisions",
            List.of(PlacePrecision.POINT.name(), PlacePrecision.SEGMENT.name()));

    private final JdbcClient jdbc;
    private final GeometryFactory geometries = new GeometryFactory(new PrecisionModel(), 4326);

    MapQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The distinct values of {@code column} (category or source) among visible incidents, sorted. */
    List<String> distinct(String column, SituationAccess.Scope scope) {
        if (!column.equals("category") && !column.equals("source")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct i." + column + " from incident i where " + scope.condition("i"))
                .params(scope.parameters()).query(String.class).list().stream()
                .collect(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER), TreeSet::add, TreeSet::addAll)
                .stream().toList();
    }

    Points points(SituationAccess.Scope scope, Filter filter, int limit) {
        Where where = Where.of(scope, filter).and(DRAWABLE, DRAWABLE_PARAMETERS);
        long drawable = jdbc.sql("select count(*) from incident i where " + where.sql())
                .params(where.parameters()).query(Long.class).single();
        record Found(long id, Double latitude, Double longitude, Long segmentId, String category,
                     OffsetDateTime startsAt, PlacePrecision precision, String source, String place) {
        }
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("limit", limit);
        List<Found> found = jdbc.sql("""
                        select i.id, i.latitude, i.longitude, i.segment_id, i.category, i.starts_at,
                               i.place_precision, i.source, coalesce(i.place_name, s.name, a.name) as place
                        from incident i
                        left join street_segment s on s.id = i.segment_id
                        left join area a on a.id = i.area_id
                        where %s
                        order by i.starts_at desc, i.id desc
                        limit :limit""".formatted(where.sql()))
                .params(parameters)
                .query((rs, n) -> new Found(rs.getLong("id"), nullableDouble(rs, "latitude"),
                        nullableDouble(rs, "longitude"), nullableLong(rs, "segment_id"), rs.getString("category"),
                        rs.getObject("starts_at", OffsetDateTime.class),
                        PlacePrecision.valueOf(rs.getString("place_precision")), rs.getString("source"),
                        rs.getString("place")))
                .list();
        Map<Long, Coordinate> middles = segmentMiddles(found.stream()
                .filter(f -> f.latitude() == null || f.longitude() == null).map(Found::segmentId).toList());
        List<Point> points = new ArrayList<>(found.size());
        for (Found f : found) {
            Coordinate at = f.latitude() != null && f.longitude() != null
                    ? new Coordinate(f.longitude(), f.latitude()) : middles.get(f.segmentId());
            if (at != null) {
                points.add(new Point(f.id(), at.y, at.x, f.category(), f.startsAt(), f.precision(), f.source(),
                        f.place()));
            }
        }
        return new Points(points, drawable, limit);
    }

    List<Count> countBy(Grouping grouping, SituationAccess.Scope scope, Filter filter) {
        Where where = Where.of(scope, filter);
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("areaPrecision", PlacePrecision.AREA.name());
        return jdbc.sql("""
                        select %s as group_key, %s as group_label, count(*) as incidents,
                               sum(case when i.place_precision = :areaPrecision then 1 else 0 end) as area_only
                        from incident i%s
                        where %s
                        group by %s
                        order by incidents desc, %s""".formatted(grouping.key, grouping.label, grouping.join,
                        where.sql(), grouping.groupBy, grouping.order))
                .params(parameters)
                .query((rs, n) -> new Count(rs.getString("group_key"), rs.getString("group_label"),
                        rs.getLong("incidents"), rs.getLong("area_only")))
                .list();
    }

    RawRows rows(SituationAccess.Scope scope, Filter filter, int page, int pageSize) {
        Where where = Where.of(scope, filter);
        long total = jdbc.sql("select count(*) from incident i where " + where.sql())
                .params(where.parameters()).query(Long.class).single();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(page, 1), pages);
        Map<String, Object> parameters = new HashMap<>(where.parameters());
        parameters.put("limit", pageSize);
        parameters.put("offset", (long) (current - 1) * pageSize);
        List<RawRow> rows = jdbc.sql("""
                        select i.id, i.starts_at, i.ends_at, i.category, i.place_precision, i.source, i.url,
                               coalesce(i.place_name, s.name, a.name) as place, i.municipality_code
                        from incident i
                        left join street_segment s on s.id = i.segment_id
                        left join area a on a.id = i.area_id
                        where %s
                        order by i.starts_at desc, i.id desc
                        limit :limit offset :offset""".formatted(where.sql()))
                .params(parameters)
                .query((rs, n) -> new RawRow(rs.getLong("id"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getObject("ends_at", OffsetDateTime.class), rs.getString("category"),
                        rs.getString("place"), rs.getString("municipality_code"),
                        PlacePrecision.valueOf(rs.getString("place_precision")), rs.getString("source"),
                        rs.getString("url")))
                .list();
        return new RawRows(rows, current, pages, total);
    }

    /** The areas of the organisations and municipalities in scope, outlines simplified for drawing. */
    List<Shape> areas(SituationAccess.Scope scope) {
        return jdbc.sql("select a.id, a.name, a.kind, a.geometry_wkt from area a where " + scope.condition("a")
                        + " order by a.name, a.id")
                .params(scope.parameters())
                .query((rs, n) -> shape(rs, rs.getString("kind"), true))
                .list().stream().filter(s -> s.geometry() != null).toList();
    }

    /**
     * Street segments carry no municipality: those of the organisations in scope, and those a visible
     * incident was snapped to.
     */
    List<Shape> segments(SituationAccess.Scope scope) {
        String condition = scope.everything() ? "1 = 1"
                : "(s.organisation_id in (:scopeOrganisations) or exists (select 1 from incident i"
                + " where i.segment_id = s.id and " + scope.condition("i") + "))";
        return jdbc.sql("select s.id, s.name, s.geometry_wkt from street_segment s where " + condition
                        + " order by s.name, s.id")
                .params(scope.parameters())
                .query((rs, n) -> shape(rs, "segment", false))
                .list().stream().filter(s -> s.geometry() != null).toList();
    }

    private Shape shape(ResultSet rs, String kind, boolean simplify) throws SQLException {
        long id = rs.getLong("id");
        Geometry geometry = read(id, rs.getString("geometry_wkt"));
        if (geometry != null && simplify) {
            geometry = TopologyPreservingSimplifier.simplify(geometry, AREA_SIMPLIFICATION_DEGREES);
        }
        return new Shape(id, rs.getString("name"), kind, geometry);
    }

    /** The point halfway along each segment, for segment incidents stored without a position. */
    private Map<Long, Coordinate> segmentMiddles(List<Long> ids) {
        Set<Long> distinct = new TreeSet<>(ids.stream().filter(Objects::nonNull).toList());
        Map<Long, Coordinate> middles = new LinkedHashMap<>();
        List<Long> all = List.copyOf(distinct);
        for (int start = 0; start < all.size(); start += IDS_PER_QUERY) {
            List<Long> chunk = all.subList(start, Math.min(all.size(), start + IDS_PER_QUERY));
            jdbc.sql("select id, geometry_wkt from street_segment where id in (:ids)").param("ids", chunk)
                    .query(rs -> {
                        Geometry line = read(rs.getLong("id"), rs.getString("geometry_wkt"));
                        if (line instanceof Lineal && !line.isEmpty()) {
                            var indexed = new LengthIndexedLine(line);
                            middles.put(rs.getLong("id"), indexed.extractPoint(
                                    (indexed.getStartIndex() + indexed.getEndIndex()) / 2));
                        }
                    });
        }
        return middles;
    }

    /** Stored geometry was checked when imported; one that still cannot be read is left off the map, not fatal. */
    private Geometry read(long id, String wkt) {
        try {
            return new WKTReader(geometries).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            log.warn("Geometry of place {} cannot be read and is not drawn: {}", id, e.getMessage());
            return null;
        }
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
