package se.lofte.analysis;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The density surface the lägesbild draws: cells, classes and the limits, checked by hand. */
class DensityGridTests {

    private static final BasicCoordinateTransform BACK = new BasicCoordinateTransform(
            new CRSFactory().createFromName("EPSG:3006"), new CRSFactory().createFromName("EPSG:4326"));

    /** SWEREF 99 TM positions as {latitudes, longitudes}. */
    private static double[][] wgs84(double[]... sweref) {
        double[][] latLon = new double[2][sweref.length];
        for (int i = 0; i < sweref.length; i++) {
            var out = new ProjCoordinate();
            BACK.transform(new ProjCoordinate(sweref[i][0], sweref[i][1]), out);
            latLon[0][i] = out.y;
            latLon[1][i] = out.x;
        }
        return latLon;
    }

    @Test
    void theCellIsAQuarterOfTheBandwidthAndNotBelow25Metres() {
        assertThat(DensityGrid.cellSize(400)).isEqualTo(100);
        assertThat(DensityGrid.cellSize(100)).isEqualTo(25);
        assertThat(DensityGrid.cellSize(60)).isEqualTo(25);
    }

    /**
     * One incident at the centre of a 25 m cell, h = 100 m: the peak is the kernel's 3/(π h²) per m², 95.49 per
     * km², and the cells kept are those whose centres lie closer than √0.9·h (where (1 − d²/h²)² = 1 %): the 45
     * lattice points (25 i, 25 j) with i² + j² < 14.4.
     */
    @Test
    void oneIncidentGivesTheKernelItself() {
        double[][] position = wgs84(new double[] {350_012.5, 6_546_012.5});

        DensityGrid.Result result = DensityGrid.ofWgs84(position[0], position[1], 100, 250_000);

        assertThat(result.status()).isEqualTo(DensityGrid.Status.COMPUTED);
        assertThat(result.bandwidth()).isEqualTo(100);
        assertThat(result.cellSize()).isEqualTo(25);
        // The occupied cell and 4 cells (h / 25 m) of margin on every side.
        assertThat(result.gridCells()).isEqualTo(9 * 9);
        assertThat(result.maxPerKm2()).isCloseTo(3 / (Math.PI * 100 * 100) * 1e6, within(1e-6));
        assertThat(result.cells()).hasSize(45);
        DensityGrid.Cell peak = result.cells().stream().max((a, b) -> Double.compare(a.perKm2(), b.perKm2()))
                .orElseThrow();
        assertThat(peak.level()).isEqualTo(5);
        assertThat(peak.latitude()).isCloseTo(position[0][0], within(1e-8));
        assertThat(peak.longitude()).isCloseTo(position[1][0], within(1e-8));
        assertThat(peak.outline()).hasSize(4);
        // At 50 m: (1 − 0.25)² = 0.5625 of the peak, class 3 (above 40 %, up to 60 %).
        assertThat(result.cells().stream().filter(c -> Math.abs(c.perKm2() - 0.5625 * result.maxPerKm2()) < 1e-6))
                .hasSize(4).allSatisfy(c -> assertThat(c.level()).isEqualTo(3));
        assertThat(result.cells()).allSatisfy(c -> assertThat(c.perKm2()).isGreaterThan(0.01 * result.maxPerKm2()));
    }

    @Test
    void classesAreEqualFifthsOfTheHighest() {
        assertThat(DensityGrid.level(100, 100)).isEqualTo(5);
        assertThat(DensityGrid.level(80.0001, 100)).isEqualTo(5);
        assertThat(DensityGrid.level(80, 100)).isEqualTo(4);
        assertThat(DensityGrid.level(20.5, 100)).isEqualTo(2);
        assertThat(DensityGrid.level(1.5, 100)).isEqualTo(1);
        var result = new DensityGrid.Result(DensityGrid.Status.COMPUTED, 100, 25, 81, 200, List.of());
        assertThat(result.lowerBound(1)).isEqualTo(2);
        assertThat(result.lowerBound(5)).isEqualTo(160);
        assertThat(result.upperBound(5)).isEqualTo(200);
    }

    @Test
    void withoutABandwidthTheDefaultRuleIsUsed() {
        var random = new SplittableRandom(3);
        double[][] sweref = new double[200][];
        for (int i = 0; i < sweref.length; i++) {
            sweref[i] = new double[] {350_000 + random.nextDouble(2000), 6_546_000 + random.nextDouble(1000)};
        }
        double[][] positions = wgs84(sweref);

        DensityGrid.Result result = DensityGrid.ofWgs84(positions[0], positions[1], Double.NaN, 250_000);

        double expected = KernelDensity.defaultBandwidth(Sweref.points(positions[0], positions[1]));
        assertThat(result.status()).isEqualTo(DensityGrid.Status.COMPUTED);
        assertThat(result.bandwidth()).isEqualTo(expected);
        assertThat(result.cellSize()).isEqualTo(Math.max(25, expected / 4));
        assertThat(result.cells()).isNotEmpty()
                .extracting(DensityGrid.Cell::level).contains(1, 5).allMatch(l -> l >= 1 && l <= 5);
    }

    @Test
    void aGridBeyondTheLimitGetsLargerCellsUpToHalfTheBandwidth() {
        // 20 km apart both ways. With h = 100 m: 25 m cells would be 809 × 809 (801 occupied columns and rows and
        // 4 more on every side); cells of 25 · 1.25³ = 48.83 m make 410 + 2 · 3 = 416 of each, below 250,000.
        double[][] positions = wgs84(new double[] {350_000, 6_546_000}, new double[] {370_000, 6_566_000});

        DensityGrid.Result coarser = DensityGrid.ofWgs84(positions[0], positions[1], 100, 250_000);

        assertThat(coarser.status()).isEqualTo(DensityGrid.Status.COMPUTED);
        assertThat(coarser.cellSize()).isCloseTo(48.828125, within(1e-9));
        assertThat(coarser.gridCells()).isLessThanOrEqualTo(250_000).isGreaterThan(400L * 400);

        // With h = 40 m the cells cannot grow beyond 25 m (h/2 is 20 m): the grid is refused, not computed.
        DensityGrid.Result refused = DensityGrid.ofWgs84(positions[0], positions[1], 40, 250_000);

        assertThat(refused.status()).isEqualTo(DensityGrid.Status.TOO_MANY_CELLS);
        assertThat(refused.cellSize()).isEqualTo(25);
        assertThat(refused.gridCells()).isEqualTo(805L * 805);
        assertThat(refused.cells()).isEmpty();
    }

    @Test
    void incidentsAtOnePlaceHaveNoDefaultBandwidth() {
        double[][] positions = wgs84(new double[] {350_000, 6_546_000}, new double[] {350_000, 6_546_000});

        assertThat(DensityGrid.ofWgs84(positions[0], positions[1], Double.NaN, 250_000).status())
                .isEqualTo(DensityGrid.Status.NO_BANDWIDTH);
        assertThat(DensityGrid.ofWgs84(new double[0], new double[0], Double.NaN, 250_000).status())
                .isEqualTo(DensityGrid.Status.NO_POINTS);
    }
}
