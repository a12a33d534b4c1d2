package se.lofte.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

/**
 * How concentrated incidents are on street segments ("50 % of the incidents on 4 % of the segments"). Each
 * incident is snapped to its nearest segment within the snap distance; incidents farther from every segment
 * are counted as unsnapped and left out of the shares.
 *
 * @param segments all segments, with incidents or not
 * @param incidents all incidents given
 * @param unsnapped incidents with no segment within the snap distance
 * @param segmentsWithIncidents segments with at least one snapped incident
 * @param segmentsFor for each share in {@link #SHARES} (in per cent), the fewest segments that hold at least
 *     that share of the snapped incidents; null when no incident was snapped
 * @param shareOfSegmentsFor those numbers over all segments
 * @param curve the concentration curve from (0, 0) to (1, 1): share of segments (the busiest first) against
 *     the share of snapped incidents on them, one point per segment with incidents and the end point; straight
 *     lines join them. Empty when no incident was snapped.
 * @param counts the snapped incidents per segment, in the order the segments were given (not copied)
 * @param warnings what makes the figures look more concentrated than the place is
 */
public record Concentration(int segments, int incidents, int unsnapped, int segmentsWithIncidents,
        Map<Integer, Integer> segmentsFor, Map<Integer, Double> shareOfSegmentsFor, List<CurvePoint> curve,
        int[] counts, Set<Warning> warnings) {

    /** The shares of incidents, in per cent, that {@link #segmentsFor} answers for. */
    public static final List<Integer> SHARES = List.of(25, 50, 80);

    /** The incidents {@code x[i], y[i]} on {@code segments}, lines in the same planar system as the points. */
    public static Concentration of(List<? extends Geometry> segments, double[] x, double[] y, double snap) {
        int[] counts = new SegmentSnapper(segments, snap).count(x, y);
        int snapped = 0;
        int withIncidents = 0;
        for (int count : counts) {
            snapped += count;
            withIncidents += count > 0 ? 1 : 0;
        }
        int[] busiestFirst = counts.clone();
        Arrays.sort(busiestFirst);
        reverse(busiestFirst);

        Map<Integer, Integer> segmentsFor = new LinkedHashMap<>();
        Map<Integer, Double> shareOfSegmentsFor = new LinkedHashMap<>();
        for (int share : SHARES) {
            Integer needed = snapped == 0 ? null : segmentsFor(busiestFirst, snapped, share);
            segmentsFor.put(share, needed);
            shareOfSegmentsFor.put(share, needed == null ? null : (double) needed / segments.size());
        }
        Set<Warning> warnings = EnumSet.noneOf(Warning.class);
        if (snapped < segments.size()) {
            warnings.add(Warning.FEWER_INCIDENTS_THAN_SEGMENTS);
        }
        return new Concentration(segments.size(), x.length, x.length - snapped, withIncidents,
                Collections.unmodifiableMap(segmentsFor),
                Collections.unmodifiableMap(shareOfSegmentsFor),
                curve(busiestFirst, snapped, withIncidents), counts, warnings);
    }

    /**
     * The incidents at {@code latitudes[i], longitudes[i]} on {@code segments} given in WGS84 (x = longitude),
     * as the lägesbild stores them: both are projected to SWEREF 99 TM first, so that {@code snap} is in metres.
     * The segments given are not changed.
     */
    public static Concentration ofWgs84(List<? extends Geometry> segments, double[] latitudes, double[] longitudes,
            double snap) {
        Points points = Sweref.points(latitudes, longitudes);
        return of(Sweref.geometries(segments), points.x(), points.y(), snap);
    }

    /** The fewest segments, busiest first, whose incidents reach {@code share} per cent of {@code snapped}. */
    private static int segmentsFor(int[] busiestFirst, int snapped, int share) {
        long cumulative = 0;
        int k = 0;
        // Whole numbers, so that exactly half counts as reaching 50 %.
        while (cumulative * 100 < (long) share * snapped) {
            cumulative += busiestFirst[k++];
        }
        return k;
    }

    private static List<CurvePoint> curve(int[] busiestFirst, int snapped, int withIncidents) {
        if (snapped == 0) {
            return List.of();
        }
        List<CurvePoint> curve = new ArrayList<>(withIncidents + 2);
        curve.add(new CurvePoint(0, 0));
        long cumulative = 0;
        for (int k = 1; k <= withIncidents; k++) {
            cumulative += busiestFirst[k - 1];
            curve.add(new CurvePoint((double) k / busiestFirst.length, (double) cumulative / snapped));
        }
        if (withIncidents < busiestFirst.length) {
            curve.add(new CurvePoint(1, 1));
        }
        return List.copyOf(curve);
    }

    private static void reverse(int[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    /** A point of the concentration curve. */
    public record CurvePoint(double shareOfSegments, double shareOfIncidents) {
    }

    /** Why the figures may overstate concentration. */
    public enum Warning {
        /**
         * Fewer snapped incidents than segments: most segments must then be empty, so even incidents spread
         * uniformly at random would sit on a small share of segments (Bernasco &amp; Steenbeek 2017, "More
         * places than crimes", Journal of Quantitative Criminology 33:451-467).
         */
        FEWER_INCIDENTS_THAN_SEGMENTS;

        public String key() {
            return "analysis.concentration.warning." + name();
        }
    }
}
