package se.lofte.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GridHotspotsTests {

    private static final CRSFactory FACTORY = new CRSFactory();

    /** Positions at SWEREF 99 TM {@code x, y}, as latitude and longitude. */
    private static double[][] wgs84(List<double[]> sweref) {
        var transform = new BasicCoordinateTransform(FACTORY.createFromName("EPSG:3006"),
                FACTORY.createFromName("EPSG:4326"));
        double[][] latLon = new double[2][sweref.size()];
        for (int i = 0; i < sweref.size(); i++) {
            var out = new ProjCoordinate();
            transform.transform(new ProjCoordinate(sweref.get(i)[0], sweref.get(i)[1]), out);
            latLon[0][i] = out.y;
            latLon[1][i] = out.x;
        }
        return latLon;
    }

    /** 40 incidents in one 200 m cell near Åmål, and 60 spread over 3 km square around it. */
    private static List<double[]> clusterAndSpread() {
        List<double[]> points = new ArrayList<>();
        var random = new SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            points.add(new double[] {350_410 + random.nextDouble(180), 6_546_010 + random.nextDouble(180)});
        }
        for (int i = 0; i < 60; i++) {
            points.add(new double[] {349_000 + random.nextDouble(3000), 6_545_000 + random.nextDouble(3000)});
        }
        return points;
    }

    @Test
    void theClusterIsAHotCellAtItsAlignedPlace() {
        double[][] positions = wgs84(clusterAndSpread());

        GridHotspots.Result result = GridHotspots.giStar(positions[0], positions[1], 200, 400);

        // 3 km of 200 m cells, aligned to multiples of 200: columns 1745 to 1759, rows 32725 to 32739.
        assertThat(result.cells()).hasSize(15 * 15);
        // The cells around it share its neighbours, so the fullest cell is found by its count, not by its z.
        GridHotspots.Cell hottest = result.cells().stream().max((a, b) -> Integer.compare(a.count(), b.count()))
                .orElseThrow();
        assertThat(hottest.count()).isGreaterThanOrEqualTo(40);
        assertThat(hottest.confidence()).isEqualTo(99);
        assertThat(hottest.pFdr()).isLessThanOrEqualTo(0.01).isGreaterThanOrEqualTo(hottest.p());
        // Its centre, projected back, is the centre of the aligned cell 350 400–350 600 by 6 546 000–6 546 200.
        double[][] centre = wgs84(List.of(new double[] {350_500, 6_546_100}));
        assertThat(hottest.latitude()).isCloseTo(centre[0][0], within(1e-7));
        assertThat(hottest.longitude()).isCloseTo(centre[1][0], within(1e-7));
        assertThat(hottest.outline()).hasSize(4);
        assertThat(result.hot(95)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theFiguresAreThoseOfTheCommandOnTheSameGrid() {
        List<double[]> sweref = clusterAndSpread();
        double[][] positions = wgs84(sweref);
        GridHotspots.Result result = GridHotspots.giStar(positions[0], positions[1], 200, 400);

        // The command's path: planar points (the same positions in SWEREF 99 TM), Grid, GetisOrd, FalseDiscovery.
        double[] x = sweref.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = sweref.stream().mapToDouble(p -> p[1]).toArray();
        double[] ones = new double[x.length];
        java.util.Arrays.fill(ones, 1);
        Points planar = new Points(x, y, ones);
        Grid grid = Grid.covering(planar, 200, 0, "--cell");
        Points locations = grid.centres(grid.sums(planar));
        GetisOrd.Result expected = new GetisOrd(locations, 400, true).result();
        for (int i = 0; i < locations.size(); i++) {
            assertThat(result.cells().get(i).count()).isEqualTo((int) locations.value()[i]);
            assertThat(result.cells().get(i).z()).isCloseTo(expected.z()[i], within(1e-9));
        }
    }

    @Test
    void fewerThanThreeCellsIsNoAnalysis() {
        double[][] positions = wgs84(List.of(new double[] {350_410, 6_546_010}, new double[] {350_420, 6_546_020}));

        assertThat(GridHotspots.cells(positions[0], positions[1], 200)).isEqualTo(1);
        assertThat(GridHotspots.giStar(positions[0], positions[1], 200, 400).cells()).isEmpty();
        assertThat(GridHotspots.cells(new double[0], new double[0], 200)).isZero();
    }

    @Test
    void confidenceFollowsArcGisBins() {
        assertThat(GridHotspots.confidence(0.01)).isEqualTo(99);
        assertThat(GridHotspots.confidence(0.0100001)).isEqualTo(95);
        assertThat(GridHotspots.confidence(0.05)).isEqualTo(95);
        assertThat(GridHotspots.confidence(0.1)).isEqualTo(90);
        assertThat(GridHotspots.confidence(0.11)).isZero();
        assertThat(GridHotspots.confidence(Double.NaN)).isZero();
    }
}
