package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Getis-Ord Gi* on street segments instead of cells: each incident is snapped to its nearest segment within
 * the snap distance ({@link SegmentSnapper}, as for the concentration), every segment is one location with
 * its count (empty ones 0), placed at its midpoint, the point halfway along its length; Gi* with binary
 * distance-band weights between those midpoints ({@link GetisOrd}) and Benjamini-Hochberg adjusted p-values
 * ({@link FalseDiscovery}), confidence as for cells.
 *
 * <p>Why the midpoint: a segment is one place of the analysis, so it needs one position, and the street's
 * segments (a block or two long) are short beside the band, so the distance between midpoints is close to the
 * distance between the streets. The point halfway along lies on the street itself, where a bent street's
 * centroid may not; a segment of several lines is measured along its lines in the order given.
 */
public final class SegmentHotspots {

    private SegmentHotspots() {
    }

    /**
     * One segment: its count of snapped incidents, Gi* as z with its two-sided p and the FDR-adjusted p, and
     * the confidence (99, 95, 90 or 0) as for cells; {@code x, y} its midpoint in the planar system measured in.
     *
     * @param index the segment's place in the list given
     */
    public record Segment(int index, double x, double y, int count, double z, double p, double pFdr,
                          int confidence) implements GiBin {
    }

    /**
     * Every segment in the order given, and how many incidents had no segment within the snap distance.
     * Empty segments when fewer than 3 segments were given: Gi* then compares nothing.
     */
    public record Result(List<Segment> segments, int unsnapped) {

        public Result {
            segments = List.copyOf(segments);
        }

        public long hot(int percent) {
            return segments.stream().filter(s -> s.hot(percent)).count();
        }

        public long cold(int percent) {
            return segments.stream().filter(s -> s.cold(percent)).count();
        }
    }

    /**
     * Gi* for the incidents at {@code latitudes[i], longitudes[i]} on {@code segments}, all in WGS84 (x =
     * longitude), as the lägesbild stores them: projected to SWEREF 99 TM first, so that {@code snap} and
     * {@code band} are metres and the midpoints are SWEREF 99 TM.
     */
    public static Result giStarWgs84(List<? extends Geometry> segments, double[] latitudes, double[] longitudes,
                                     double snap, double band) {
        Points points = Sweref.points(latitudes, longitudes);
        return giStar(Sweref.geometries(segments), points.x(), points.y(), snap, band);
    }

    /** Gi* for the incidents at {@code x[i], y[i]} on {@code segments}, lines in the same planar system. */
    static Result giStar(List<? extends Geometry> segments, double[] x, double[] y, double snap, double band) {
        if (!(band > 0) || Double.isInfinite(band)) {
            throw new IllegalArgumentException("The band is a distance above 0, not " + band);
        }
        int[] counts = new SegmentSnapper(segments, snap).count(x, y);
        int snapped = 0;
        for (int count : counts) {
            snapped += count;
        }
        int n = segments.size();
        if (n < 3) {
            return new Result(List.of(), x.length - snapped);
        }
        double[] midX = new double[n];
        double[] midY = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            Coordinate middle = midpoint(segments.get(i));
            midX[i] = middle.x;
            midY[i] = middle.y;
            values[i] = counts[i];
        }
        GetisOrd.Result statistic = new GetisOrd(new Points(midX, midY, values), band, true).result();
        double[] fdr = FalseDiscovery.adjust(statistic.p());
        List<Segment> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new Segment(i, midX[i], midY[i], counts[i], statistic.z()[i], statistic.p()[i], fdr[i],
                    GridHotspots.confidence(fdr[i])));
        }
        return new Result(result, x.length - snapped);
    }

    /** The point halfway along the segment's length. */
    static Coordinate midpoint(Geometry segment) {
        return new LengthIndexedLine(segment).extractPoint(segment.getLength() / 2);
    }
}
