package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

import se.lofte.analysis.Concentration.CurvePoint;
import se.lofte.analysis.Concentration.Warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Concentration on street segments, with answers that can be checked by hand. */
class ConcentrationTests {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * Four parallel segments 100 m apart holding 6, 3, 1 and 0 incidents, and 2 incidents far from all. Of the
     * 10 snapped, 25 % (2.5) and 50 % (5) lie on the busiest segment, 80 % (8) on the two busiest (9).
     */
    @Test
    void countsTheFewestSegmentsHoldingEachShare() {
        List<LineString> segments = List.of(line(0, 0, 100, 0), line(0, 100, 100, 100), line(0, 200, 100, 200),
                line(0, 300, 100, 300));
        double[][] points = points(new double[][] {
            {10, 2}, {20, -3}, {30, 0}, {40, 9.9}, {50, 1}, {99, 0},
            {50, 95}, {50, 104}, {-5, 100},
            {50, 210},
            {50, 150}, {500, 0}});

        Concentration concentration = Concentration.of(segments, points[0], points[1], 10);

        assertThat(concentration.segments()).isEqualTo(4);
        assertThat(concentration.incidents()).isEqualTo(12);
        assertThat(concentration.unsnapped()).isEqualTo(2);
        assertThat(concentration.segmentsWithIncidents()).isEqualTo(3);
        assertThat(concentration.counts()).containsExactly(6, 3, 1, 0);
        assertThat(concentration.segmentsFor()).containsExactly(entry(25, 1), entry(50, 1), entry(80, 2));
        assertThat(concentration.shareOfSegmentsFor()).containsExactly(entry(25, 0.25), entry(50, 0.25),
                entry(80, 0.5));
        assertThat(concentration.curve()).containsExactly(new CurvePoint(0, 0), new CurvePoint(0.25, 0.6),
                new CurvePoint(0.5, 0.9), new CurvePoint(0.75, 1), new CurvePoint(1, 1));
        assertThat(concentration.warnings()).isEmpty();
    }

    @Test
    void exactlyTheShareIsEnough() {
        double[][] points = points(new double[][] {{1, 0}, {2, 0}, {1, 50}, {2, 50}});

        Concentration concentration = Concentration.of(List.of(line(0, 0, 10, 0), line(0, 50, 10, 50)), points[0],
                points[1], 1);

        assertThat(concentration.segmentsFor().get(50)).isEqualTo(1);
        assertThat(concentration.segmentsFor().get(80)).isEqualTo(2);
        assertThat(concentration.curve()).containsExactly(new CurvePoint(0, 0), new CurvePoint(0.5, 0.5),
                new CurvePoint(1, 1));
    }

    @Test
    void aPointAtACrossingGoesToTheSegmentGivenFirst() {
        double[][] points = points(new double[][] {{0, 0}, {3, 3}});

        Concentration concentration = Concentration.of(List.of(line(0, -10, 0, 10), line(-10, 0, 10, 0)), points[0],
                points[1], 5);

        assertThat(concentration.counts()).containsExactly(2, 0);
    }

    @Test
    void aMultiLineSegmentCountsAsOne() {
        var multi = GEOMETRY.createMultiLineString(new LineString[] {line(0, 0, 10, 0), line(0, 20, 10, 20)});
        double[][] points = points(new double[][] {{5, 1}, {5, 19}, {5, 40}});

        Concentration concentration = Concentration.of(List.of(multi, line(0, 40, 10, 40)), points[0], points[1], 2);

        assertThat(concentration.counts()).containsExactly(2, 1);
    }

    @Test
    void withoutSnappedIncidentsThereAreNoShares() {
        double[][] points = points(new double[][] {{500, 500}});

        Concentration concentration = Concentration.of(List.of(line(0, 0, 10, 0)), points[0], points[1], 5);

        assertThat(concentration.unsnapped()).isEqualTo(1);
        assertThat(concentration.segmentsFor().values()).containsOnlyNulls();
        assertThat(concentration.shareOfSegmentsFor().values()).containsOnlyNulls();
        assertThat(concentration.curve()).isEmpty();
        assertThat(concentration.warnings()).containsExactly(Warning.FEWER_INCIDENTS_THAN_SEGMENTS);
    }

    /**
     * A generated town: a 10 x 10 block lattice of 220 segments, 100 m each. Segment i of the first 20 gets
     * 100 - 4i incidents (100, 96, ..., 24; 1 240 in all) at random places along its middle, up to 10 m to the
     * side, and 60 more lie near the middle of a block, 45 m or more from every street. With a snap of 15 m every
     * incident lands on its own segment, so the answer follows from the counts: 25 % (310) needs the 4 busiest
     * (376), 50 % (620) the 8 busiest (7 hold 616), 80 % (992) the 14 busiest (13 hold 988).
     */
    @Test
    void findsTheDesignedConcentrationInAGeneratedTown() {
        List<LineString> segments = lattice(10, 100);
        var random = new Random(20_261_207);
        var xs = new ArrayList<Double>();
        var ys = new ArrayList<Double>();
        for (int i = 0; i < 20; i++) {
            Coordinate from = segments.get(i * 11).getCoordinateN(0);
            Coordinate to = segments.get(i * 11).getCoordinateN(1);
            for (int n = 0; n < 100 - 4 * i; n++) {
                double along = 0.2 + 0.6 * random.nextDouble();
                double aside = (random.nextDouble() * 2 - 1) * 10;
                boolean horizontal = from.y == to.y;
                xs.add(from.x + along * (to.x - from.x) + (horizontal ? 0 : aside));
                ys.add(from.y + along * (to.y - from.y) + (horizontal ? aside : 0));
            }
        }
        for (int n = 0; n < 60; n++) {
            xs.add(50.0 + 100 * random.nextInt(10) + 10 * (random.nextDouble() - 0.5));
            ys.add(50.0 + 100 * random.nextInt(10) + 10 * (random.nextDouble() - 0.5));
        }

        Concentration concentration = Concentration.of(segments, unbox(xs), unbox(ys), 15);

        assertThat(concentration.segments()).isEqualTo(220);
        assertThat(concentration.incidents()).isEqualTo(1_300);
        assertThat(concentration.unsnapped()).isEqualTo(60);
        assertThat(concentration.segmentsWithIncidents()).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            assertThat(concentration.counts()[i * 11]).as("segment %d", i * 11).isEqualTo(100 - 4 * i);
        }
        assertThat(concentration.segmentsFor()).containsExactly(entry(25, 4), entry(50, 8), entry(80, 14));
        assertThat(concentration.shareOfSegmentsFor().get(50)).isEqualTo(8 / 220.0);
        assertThat(concentration.warnings()).isEmpty();
    }

    /** Fewer incidents than segments, spread uniformly: 50 of them can cover at most 50 of the 220 segments. */
    @Test
    void warnsWhenIncidentsAreFewerThanSegments() {
        List<LineString> segments = lattice(10, 100);
        var random = new Random(7);
        double[] xs = new double[50];
        double[] ys = new double[50];
        for (int n = 0; n < 50; n++) {
            LineString segment = segments.get(random.nextInt(segments.size()));
            xs[n] = segment.getCentroid().getX();
            ys[n] = segment.getCentroid().getY();
        }

        Concentration concentration = Concentration.of(segments, xs, ys, 15);

        assertThat(concentration.segmentsWithIncidents()).isLessThanOrEqualTo(50);
        assertThat(concentration.shareOfSegmentsFor().get(80)).isLessThan(0.25);
        assertThat(concentration.warnings()).containsExactly(Warning.FEWER_INCIDENTS_THAN_SEGMENTS);
    }

    /** The streets of a {@code blocks} x {@code blocks} lattice of {@code size} m blocks, horizontal and vertical. */
    static List<LineString> lattice(int blocks, double size) {
        List<LineString> segments = new ArrayList<>();
        for (int row = 0; row <= blocks; row++) {
            for (int column = 0; column < blocks; column++) {
                segments.add(line(column * size, row * size, (column + 1) * size, row * size));
                segments.add(line(row * size, column * size, row * size, (column + 1) * size));
            }
        }
        return segments;
    }

    static LineString line(double x1, double y1, double x2, double y2) {
        return GEOMETRY.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }

    private static double[][] points(double[][] xy) {
        double[][] columns = new double[2][xy.length];
        for (int i = 0; i < xy.length; i++) {
            columns[0][i] = xy[i][0];
            columns[1][i] = xy[i][1];
        }
        return columns;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
