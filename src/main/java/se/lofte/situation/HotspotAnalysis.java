package se.lofte.situation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.GiBin;
import se.lofte.analysis.GridHotspots;
import se.lofte.analysis.SegmentHotspots;
import se.lofte.places.PlacePrecision;

/**
 * Getis-Ord Gi* hotspots of the incidents a staff member sees on the map ({@link SituationMap}, the same view
 * and filter), in square cells or on the street segments in their view. Only incidents with an exact or a street-segment position take part (a
 * segment incident without its own position at the middle of its street, as the map draws it); those known
 * only by their area are counted and named as left out, never placed at their area's centre.
 */
@Component
public class HotspotAnalysis {

    /** Below this many incidents the cells would mostly be chance: the page says so instead of drawing them. */
    public static final int MIN_INCIDENTS = 30;
    /** More incidents than this are not read; the newest are used and the page says so. */
    public static final int INCIDENT_LIMIT = 200_000;
    /** A finer grid over the area makes the page slow and the cells too small to read; the field says so. */
    public static final long MAX_CELLS = 250_000;

    /**
     * What was analysed and found. {@code cells} is empty when too few incidents were used ({@link #tooFew}),
     * or when the grid would have more than {@link #MAX_CELLS} cells ({@code gridCells} says how many).
     */
    public record Outcome(int used, long areaOnly, long matching, boolean capped, long gridCells,
                          GridHotspots.Result result) {

        public boolean tooFew() {
            return used < MIN_INCIDENTS;
        }

        public boolean tooManyCells() {
            return gridCells > MAX_CELLS;
        }

        /** The cells hot or cold at 90 % confidence or more, hot first, each side by its z farthest from 0. */
        public List<GridHotspots.Cell> significant() {
            return result.cells().stream().filter(c -> c.confidence() > 0).sorted(GiBin.STRONGEST_FIRST).toList();
        }
    }

    /**
     * What was analysed and found on street segments: {@code streets} is every street segment in the viewer's
     * view with its figures, in the order {@link SituationMap#segments} gives them; empty when too few incidents
     * were used or fewer than 3 segments are in view ({@code segmentsInView} says how many).
     */
    public record SegmentOutcome(int used, long areaOnly, long matching, boolean capped, int segmentsInView,
                                 int unsnapped, List<Street> streets) {

        public SegmentOutcome {
            streets = List.copyOf(streets);
        }

        public boolean tooFew() {
            return used < MIN_INCIDENTS;
        }

        /** Gi* needs at least 3 locations to compare. */
        public boolean tooFewSegments() {
            return segmentsInView < 3;
        }

        /** The streets hot or cold at 90 % confidence or more, hot first, each side by its z farthest from 0. */
        public List<Street> significant() {
            return streets.stream().filter(s -> s.figures().confidence() > 0)
                    .sorted(Comparator.comparing(Street::figures, GiBin.STRONGEST_FIRST)).toList();
        }

        public long hot(int percent) {
            return streets.stream().filter(s -> s.figures().hot(percent)).count();
        }

        public long cold(int percent) {
            return streets.stream().filter(s -> s.figures().cold(percent)).count();
        }
    }

    /**
     * The incidents an analysis uses: {@code exact}, those with an exact or a street-segment position;
     * {@code areaOnly}, those known only by their area, left out; {@code matching}, all the filter matched that
     * could be drawn, of which the newest were read ({@code capped} when not all).
     */
    public record Selection(List<SituationMap.Point> exact, long areaOnly, long matching, boolean capped) {

        public Selection {
            exact = List.copyOf(exact);
        }

        public int used() {
            return exact.size();
        }

        double[] latitudes() {
            return exact.stream().mapToDouble(SituationMap.Point::latitude).toArray();
        }

        double[] longitudes() {
            return exact.stream().mapToDouble(SituationMap.Point::longitude).toArray();
        }
    }

    /** A street segment of the view with its Gi* figures. */
    public record Street(SituationMap.Shape segment, SegmentHotspots.Segment figures) {
    }

    private final SituationMap map;

    HotspotAnalysis(SituationMap map) {
        this.map = map;
    }

    /**
     * The incidents of the filter that the member sees, read once for every figure of the page: those with an
     * exact or a street-segment position (the newest {@link #INCIDENT_LIMIT}), and how many are known only by
     * their area.
     */
    public Selection select(StaffMember member, SituationMap.Filter filter) {
        SituationMap.Points points = map.points(member, filter, INCIDENT_LIMIT);
        return new Selection(exact(points), map.counts(member, filter).areaOnly(), points.drawable(),
                points.capped());
    }

    /** Gi* of the selected incidents on cells of {@code cell} metres with a band of {@code band} metres. */
    public Outcome analyse(Selection incidents, double cell, double band) {
        double[] latitudes = incidents.latitudes();
        double[] longitudes = incidents.longitudes();
        long gridCells = GridHotspots.cells(latitudes, longitudes, cell);
        GridHotspots.Result result = incidents.used() < MIN_INCIDENTS || gridCells > MAX_CELLS
                ? new GridHotspots.Result(List.of())
                : GridHotspots.giStar(latitudes, longitudes, cell, band);
        return new Outcome(incidents.used(), incidents.areaOnly(), incidents.matching(), incidents.capped(),
                gridCells, result);
    }

    /**
     * Gi* of the selected incidents on the street segments in the member's view: each incident snapped to its
     * nearest segment within {@code snap} metres, every segment a location at its midpoint, neighbours within
     * {@code band} metres ({@link SegmentHotspots}).
     */
    public SegmentOutcome analyseSegments(StaffMember member, Selection incidents, double snap, double band) {
        List<SituationMap.Shape> segments = streets(member);
        if (incidents.used() < MIN_INCIDENTS || segments.size() < 3) {
            return new SegmentOutcome(incidents.used(), incidents.areaOnly(), incidents.matching(),
                    incidents.capped(), segments.size(), 0, List.of());
        }
        SegmentHotspots.Result result = SegmentHotspots.giStarWgs84(
                segments.stream().map(SituationMap.Shape::geometry).toList(), incidents.latitudes(),
                incidents.longitudes(), snap, band);
        List<Street> streets = new ArrayList<>(segments.size());
        for (SegmentHotspots.Segment figures : result.segments()) {
            streets.add(new Street(segments.get(figures.index()), figures));
        }
        return new SegmentOutcome(incidents.used(), incidents.areaOnly(), incidents.matching(), incidents.capped(),
                segments.size(), result.unsnapped(), streets);
    }

    /**
     * The incidents with an exact or a street-segment position: the only ones a spatial analysis may place.
     * Those known by their area alone would stand at the area's centre.
     */
    private static List<SituationMap.Point> exact(SituationMap.Points points) {
        return points.points().stream()
                .filter(p -> p.precision() == PlacePrecision.POINT || p.precision() == PlacePrecision.SEGMENT)
                .toList();
    }

    /** The street segments in the member's view that are lines, as snapping needs them. */
    List<SituationMap.Shape> streets(StaffMember member) {
        return map.segments(member).stream().filter(s -> isLine(s.geometry())).toList();
    }

    private static boolean isLine(Geometry geometry) {
        return geometry instanceof Lineal && !geometry.isEmpty();
    }
}
