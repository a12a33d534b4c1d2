package se.lofte.situation;

import java.util.List;

import org.springframework.stereotype.Component;

import se.lofte.accounts.StaffMember;
import se.lofte.analysis.GridHotspots;
import se.lofte.places.PlacePrecision;

/**
 * Getis-Ord Gi* hotspots of the incidents a staff member sees on the map ({@link SituationMap}, the same view
 * and filter), in square cells. Only incidents with an exact or a street-segment position take part (a
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
            return result.cells().stream().filter(c -> c.confidence() > 0)
                    .sorted((a, b) -> a.hot() != b.hot() ? (a.hot() ? -1 : 1)
                            : Double.compare(Math.abs(b.z()), Math.abs(a.z())))
                    .toList();
        }
    }

    private final SituationMap map;

    HotspotAnalysis(SituationMap map) {
        this.map = map;
    }

    /** Gi* of the filter's incidents on cells of {@code cell} metres with a band of {@code band} metres. */
    public Outcome analyse(StaffMember member, SituationMap.Filter filter, double cell, double band) {
        SituationMap.Points points = map.points(member, filter, INCIDENT_LIMIT);
        List<SituationMap.Point> exact = points.points().stream()
                .filter(p -> p.precision() == PlacePrecision.POINT || p.precision() == PlacePrecision.SEGMENT)
                .toList();
        double[] latitudes = exact.stream().mapToDouble(SituationMap.Point::latitude).toArray();
        double[] longitudes = exact.stream().mapToDouble(SituationMap.Point::longitude).toArray();
        long areaOnly = map.counts(member, filter).areaOnly();
        long gridCells = GridHotspots.cells(latitudes, longitudes, cell);
        GridHotspots.Result result = exact.size() < MIN_INCIDENTS || gridCells > MAX_CELLS
                ? new GridHotspots.Result(List.of())
                : GridHotspots.giStar(latitudes, longitudes, cell, band);
        return new Outcome(exact.size(), areaOnly, points.drawable(), points.capped(), gridCells, result);
    }
}
