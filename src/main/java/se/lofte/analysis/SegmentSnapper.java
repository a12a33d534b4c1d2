package se.lofte.analysis;

import java.util.List;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Snaps points to the nearest of a set of street segments within a distance. Each straight piece of each
 * segment goes into an STR-tree, so a point is measured only against the pieces near it. A point exactly as
 * near to two segments (at a crossing) goes to the one given first, so that the counts do not depend on the
 * tree's order.
 */
final class SegmentSnapper {

    private final STRtree tree = new STRtree();
    private final double snap;
    private final int segments;

    SegmentSnapper(List<? extends Geometry> segments, double snap) {
        if (!(snap > 0) || Double.isInfinite(snap)) {
            throw new IllegalArgumentException("The snap distance is a number above 0, not " + snap);
        }
        this.snap = snap;
        this.segments = segments.size();
        for (int index = 0; index < segments.size(); index++) {
            Geometry segment = segments.get(index);
            for (int part = 0; part < segment.getNumGeometries(); part++) {
                if (!(segment.getGeometryN(part) instanceof LineString line)) {
                    throw new IllegalArgumentException("Segment " + index + " is no line");
                }
                Coordinate[] coordinates = line.getCoordinates();
                for (int i = 1; i < coordinates.length; i++) {
                    var piece = new Piece(index, coordinates[i - 1], coordinates[i]);
                    tree.insert(new Envelope(piece.from(), piece.to()), piece);
                }
            }
        }
        tree.build();
    }

    /** The points snapped per segment, in the order of the segments. */
    int[] count(double[] x, double[] y) {
        int[] counts = new int[segments];
        for (int i = 0; i < x.length; i++) {
            int segment = nearest(new Coordinate(x[i], y[i]));
            if (segment >= 0) {
                counts[segment]++;
            }
        }
        return counts;
    }

    /** The index of the nearest segment within the snap distance, or -1 when there is none. */
    int nearest(Coordinate point) {
        var around = new Envelope(point);
        around.expandBy(snap);
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Object item : tree.query(around)) {
            Piece piece = (Piece) item;
            double distance = Distance.pointToSegment(point, piece.from(), piece.to());
            if (distance <= snap
                    && (distance < bestDistance || distance == bestDistance && piece.segment() < best)) {
                best = piece.segment();
                bestDistance = distance;
            }
        }
        return best;
    }

    private record Piece(int segment, Coordinate from, Coordinate to) {
    }
}
