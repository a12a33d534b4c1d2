package se.lofte.situation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.incidents.IncidentFilter;
import se.lofte.incidents.IncidentScope;
import se.lofte.incidents.Incidents;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.places.PlacePrecision;
import se.lofte.shared.Dates;
import se.lofte.shared.Typed;

/**
 * What the situation map and its table show one staff member: the incidents of their own municipalities
 * ({@link SituationAccess#viewOf}, named by {@link #view}), narrowed by a {@link Filter}, as points to draw, as counts and as
 * rows, and the areas and street segments to draw beside them. Incidents known only by their area
 * ({@link PlacePrecision#AREA}) are counted and listed but never returned as points.
 */
@Component
public class SituationMap {

    /** Which incidents to show; a null (or blank) part does not narrow. {@code from} and {@code to} are inclusive days. */
    public record Filter(String category, String source, LocalDate from, LocalDate to) {

        public Filter {
            category = Typed.orNull(category);
            source = Typed.orNull(source);
        }

        public static Filter everything() {
            return new Filter(null, null, null, null);
        }

        /** The incidents of these days, whole Swedish days. */
        IncidentFilter incidents() {
            return IncidentFilter.of(category, source).between(
                    from == null ? null : Dates.startOf(from),
                    to == null ? null : Dates.startOf(to.plusDays(1)));
        }
    }

    /** An incident drawn on the map: at its own position, or for a segment without one, at the segment's middle. */
    public record Point(long id, double latitude, double longitude, String category, OffsetDateTime startsAt,
                        PlacePrecision precision, String source, String place) {
    }

    /**
     * The newest incidents that can be drawn, at most {@code limit}; {@code drawable} is how many the filter
     * matches in all, so {@link #capped()} says when some were left out.
     */
    public record Points(List<Point> points, long drawable, int limit) {

        public Points {
            points = List.copyOf(points);
        }

        public boolean capped() {
            return drawable > points.size();
        }
    }

    /** An area (polygon) or a street segment (line) to draw, in WGS84 longitude/latitude. */
    public record Shape(long id, String name, String kind, Geometry geometry) {
    }

    /** How many incidents fall in one group; {@code areaOnly} of them are known only by their area. */
    public record Count(String key, String label, long incidents, long areaOnly) {
    }

    /** The filter's incidents counted in all, per category, per municipality and per area. */
    public record Counts(long total, long areaOnly, List<Count> byCategory, List<Count> byMunicipality,
                         List<Count> byArea) {

        public Counts {
            byCategory = List.copyOf(byCategory);
            byMunicipality = List.copyOf(byMunicipality);
            byArea = List.copyOf(byArea);
        }
    }

    /** One incident as a table row; {@code place} is the best name known for where it happened. */
    public record Row(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String category, String place,
                      PlacePrecision precision, String source, String url) {
    }

    /** One page of the filter's incidents, newest first. Pages count from 1. */
    public record Rows(List<Row> rows, int page, int pages, long total) {

        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /** The categories and sources among the incidents one may see, for the filter's choices. */
    public record Choices(List<String> categories, List<String> sources) {

        public Choices {
            categories = List.copyOf(categories);
            sources = List.copyOf(sources);
        }
    }

    private final Incidents incidents;
    private final MapQueries queries;
    private final SituationAccess access;
    private final Organisations organisations;

    SituationMap(Incidents incidents, MapQueries queries, SituationAccess access, Organisations organisations) {
        this.incidents = incidents;
        this.queries = queries;
        this.access = access;
        this.organisations = organisations;
    }

    /** What the map shows the member, to be named on the page. */
    public ViewScope view(StaffMember member) {
        return access.viewOf(member);
    }

    private IncidentScope scope(StaffMember member) {
        return access.viewOf(member).incidents();
    }

    public Choices choices(StaffMember member) {
        var scope = scope(member);
        return new Choices(caseInsensitive(incidents.categories(scope)), caseInsensitive(incidents.sources(scope)));
    }

    public Points points(StaffMember member, Filter filter, int limit) {
        Incidents.Drawable drawable = incidents.drawable(scope(member), filter.incidents(), limit);
        Map<Long, Coordinate> middles = queries.segmentMiddles(drawable.incidents().stream()
                .filter(i -> i.latitude() == null || i.longitude() == null).map(Incidents.Located::segmentId).toList());
        List<Point> points = new ArrayList<>(drawable.incidents().size());
        for (Incidents.Located i : drawable.incidents()) {
            Coordinate at = i.latitude() != null && i.longitude() != null
                    ? new Coordinate(i.longitude(), i.latitude()) : middles.get(i.segmentId());
            if (at != null) {
                points.add(new Point(i.id(), at.y, at.x, i.category(), i.startsAt(), i.precision(), i.source(),
                        i.place()));
            }
        }
        return new Points(points, drawable.total(), limit);
    }

    public Counts counts(StaffMember member, Filter filter) {
        var scope = scope(member);
        List<Count> byCategory = countBy(Incidents.Grouping.CATEGORY, scope, filter);
        Map<String, String> municipalities = municipalityNames();
        List<Count> byMunicipality = countBy(Incidents.Grouping.MUNICIPALITY, scope, filter).stream()
                .map(c -> new Count(c.key(), c.key() == null ? null : municipalities.getOrDefault(c.key(), c.key()),
                        c.incidents(), c.areaOnly()))
                .toList();
        return new Counts(byCategory.stream().mapToLong(Count::incidents).sum(),
                byCategory.stream().mapToLong(Count::areaOnly).sum(), byCategory, byMunicipality,
                countBy(Incidents.Grouping.AREA, scope, filter));
    }

    public Rows rows(StaffMember member, Filter filter, int page, int pageSize) {
        var found = incidents.page(scope(member), filter.incidents(), page, pageSize);
        Map<String, String> municipalities = found.rows().stream().anyMatch(r -> r.place() == null)
                ? municipalityNames() : Map.of();
        List<Row> rows = found.rows().stream().map(r -> new Row(r.id(), r.startsAt(), r.endsAt(), r.category(),
                        r.place() != null ? r.place()
                                : r.municipalityCode() == null ? null
                                : municipalities.getOrDefault(r.municipalityCode(), r.municipalityCode()),
                        r.precision(), r.source(), r.url()))
                .toList();
        return new Rows(rows, found.page(), found.pages(), found.total());
    }

    public List<Shape> areas(StaffMember member) {
        return queries.areas(scope(member));
    }

    public List<Shape> segments(StaffMember member) {
        return queries.segments(scope(member));
    }

    private List<Count> countBy(Incidents.Grouping grouping, IncidentScope scope, Filter filter) {
        return incidents.countBy(grouping, scope, filter.incidents()).stream()
                .map(c -> new Count(c.key(), c.label(), c.incidents(), c.areaOnly())).toList();
    }

    /** Sorted as people read, not as the database does; values differing only in case are shown once. */
    private static List<String> caseInsensitive(List<String> values) {
        Set<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sorted.addAll(values);
        return List.copyOf(sorted);
    }

    private Map<String, String> municipalityNames() {
        Map<String, String> names = new HashMap<>();
        organisations.all(OrganisationKind.MUNICIPALITY).stream().filter(o -> o.scbCode() != null)
                .forEach(o -> names.put(o.scbCode(), o.name()));
        return names;
    }
}
