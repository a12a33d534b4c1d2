package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Gi* on street segments, with a case small enough to check by hand. */
class SegmentHotspotsTests {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * Four segments of 60 m on one line, their midpoints 100 m apart, with 3, 1, 0 and 0 incidents; one incident
     * lies 200 m from all. With a band of 100 m each segment's neighbours are the next ones (the bound counts).
     * n = 4, mean 1, population variance (4 + 0 + 1 + 1)/4 = 1.5. Segment 0: W = 2 (itself and 1), L = 4,
     * z = (4 − 2)/√(1.5·2·2/3) = √2. Segment 1: W = 3, L = 4, z = 1/√1.5. Segment 2: W = 3, L = 1,
     * z = −2/√1.5. Segment 3: W = 2, L = 0, z = −√2. p = erfc(|z|/√2); Benjamini-Hochberg: the largest p
     * (segment 1) stays, the two at erfc(1) become 4/3·erfc(1), and segment 2's 4·p is larger than that, so it
     * takes 4/3·erfc(1) too; none reaches 90 %.
     */
    @Test
    void theHandCheckedCase() {
        List<LineString> segments = List.of(line(-30, 0, 30, 0), line(70, 0, 130, 0), line(170, 0, 230, 0),
                line(270, 0, 330, 0));
        double[] x = {0, 10, -20, 100, 50};
        double[] y = {5, -5, 0, 10, 200};

        SegmentHotspots.Result result = SegmentHotspots.giStar(segments, x, y, 25, 100);

        assertThat(result.unsnapped()).isEqualTo(1);
        assertThat(result.segments()).extracting(SegmentHotspots.Segment::count).containsExactly(3, 1, 0, 0);
        assertThat(result.segments()).extracting(SegmentHotspots.Segment::x).containsExactly(0.0, 100.0, 200.0, 300.0);
        double[] z = {Math.sqrt(2), 1 / Math.sqrt(1.5), -2 / Math.sqrt(1.5), -Math.sqrt(2)};
        for (int i = 0; i < 4; i++) {
            SegmentHotspots.Segment segment = result.segments().get(i);
            assertThat(segment.index()).isEqualTo(i);
            assertThat(segment.y()).isZero();
            assertThat(segment.z()).isCloseTo(z[i], within(1e-12));
            assertThat(segment.p()).isCloseTo(Erf.erfc(Math.abs(z[i]) / Math.sqrt(2)), within(1e-12));
            assertThat(segment.confidence()).isZero();
        }
        assertThat(result.segments().get(0).pFdr()).isCloseTo(4.0 / 3 * Erf.erfc(1), within(1e-12));
        assertThat(result.segments().get(1).pFdr()).isCloseTo(Erf.erfc(1 / Math.sqrt(3)), within(1e-12));
        assertThat(result.segments().get(2).pFdr()).isCloseTo(4.0 / 3 * Erf.erfc(1), within(1e-12));
        assertThat(result.hot(90)).isZero();
    }

    /** Forty segments along a street, 20 incidents on one of them and one on every fifth other: that one is hot. */
    @Test
    void aBusySegmentAmongQuietOnesIsHot() {
        List<LineString> segments = new ArrayList<>();
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            segments.add(line(i * 100, 0, i * 100 + 80, 0));
            if (i % 5 == 2) {
                points.add(new double[] {i * 100 + 40, 3});
            }
        }
        for (int k = 0; k < 20; k++) {
            points.add(new double[] {2040 + k, -2});
        }

        SegmentHotspots.Result result = SegmentHotspots.giStar(segments,
                points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray(),
                10, 100);

        SegmentHotspots.Segment busy = result.segments().get(20);
        assertThat(busy.count()).isEqualTo(20);
        assertThat(busy.hot()).isTrue();
        assertThat(busy.confidence()).isGreaterThanOrEqualTo(95);
        assertThat(busy.pFdr()).isGreaterThanOrEqualTo(busy.p());
        assertThat(result.segments().stream().filter(SegmentHotspots.Segment::hot).map(SegmentHotspots.Segment::index))
                .allMatch(i -> i >= 19 && i <= 21);
        assertThat(result.cold(90)).isZero();
    }

    @Test
    void theMidpointLiesHalfwayAlongTheStreet() {
        // A bent street: 100 m north, then 100 m east; halfway is the corner, where its centroid (50, 75) is not.
        LineString bent = GEOMETRY.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(0, 100),
            new Coordinate(100, 100)});
        assertThat(SegmentHotspots.midpoint(bent)).isEqualTo(new Coordinate(0, 100));
        Geometry twoParts = GEOMETRY.createMultiLineString(new LineString[] {line(0, 0, 100, 0), line(0, 50, 300, 50)});
        assertThat(SegmentHotspots.midpoint(twoParts)).isEqualTo(new Coordinate(100, 50));
    }

    @Test
    void fewerThanThreeSegmentsIsNoAnalysis() {
        SegmentHotspots.Result result = SegmentHotspots.giStar(List.of(line(0, 0, 10, 0), line(0, 50, 10, 50)),
                new double[] {5, 500}, new double[] {1, 500}, 10, 100);

        assertThat(result.segments()).isEmpty();
        assertThat(result.unsnapped()).isEqualTo(1);
    }

    /** The page's path in degrees gives the figures of the planar path on the same places in SWEREF 99 TM. */
    @Test
    void degreesAreMeasuredInSweref() {
        var transform = new BasicCoordinateTransform(new CRSFactory().createFromName("EPSG:3006"),
                new CRSFactory().createFromName("EPSG:4326"));
        List<LineString> planar = new ArrayList<>();
        List<LineString> degrees = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            planar.add(line(350_000 + i * 120, 6_546_000, 350_000 + i * 120 + 100, 6_546_000));
            double[] a = wgs84(transform, 350_000 + i * 120, 6_546_000);
            double[] b = wgs84(transform, 350_000 + i * 120 + 100, 6_546_000);
            degrees.add(line(a[0], a[1], b[0], b[1]));
        }
        double[] x = new double[30];
        double[] y = new double[30];
        double[] latitudes = new double[30];
        double[] longitudes = new double[30];
        for (int k = 0; k < 30; k++) {
            x[k] = 350_000 + (k < 20 ? 4 * 120 + 50 : (k - 20) * 120 + 20);
            y[k] = 6_546_000 + 5;
            double[] position = wgs84(transform, x[k], y[k]);
            longitudes[k] = position[0];
            latitudes[k] = position[1];
        }

        SegmentHotspots.Result expected = SegmentHotspots.giStar(planar, x, y, 15, 250);
        SegmentHotspots.Result result = SegmentHotspots.giStarWgs84(degrees, latitudes, longitudes, 15, 250);

        for (int i = 0; i < 10; i++) {
            assertThat(result.segments().get(i).count()).isEqualTo(expected.segments().get(i).count());
            assertThat(result.segments().get(i).x()).isCloseTo(expected.segments().get(i).x(), within(1e-3));
            assertThat(result.segments().get(i).z()).isCloseTo(expected.segments().get(i).z(), within(1e-9));
        }
        // The 20 together and one of the ten spread ones.
        assertThat(result.segments().get(4).count()).isEqualTo(21);
    }

    private static double[] wgs84(BasicCoordinateTransform transform, double x, double y) {
        var out = new ProjCoordinate();
        transform.transform(new ProjCoordinate(x, y), out);
        return new double[] {out.x, out.y};
    }

    private static LineString line(double x1, double y1, double x2, double y2) {
        return GEOMETRY.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }
}
