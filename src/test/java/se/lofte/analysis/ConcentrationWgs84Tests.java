package se.lofte.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

import static org.assertj.core.api.Assertions.assertThat;

/** Concentration of positions and segments in WGS84, as the lägesbild stores them, with the snap in metres. */
class ConcentrationWgs84Tests {

    private final GeometryFactory geometry = new GeometryFactory();

    @Test
    void theSnapIsInMetresAfterProjection() {
        // Along the parallel 59.05° N; 0.0001° of latitude is about 11.1 m (1° is about 111.1 km there).
        LineString street = geometry.createLineString(new Coordinate[] {new Coordinate(12.69, 59.05),
            new Coordinate(12.71, 59.05)});
        LineString other = geometry.createLineString(new Coordinate[] {new Coordinate(12.69, 59.06),
            new Coordinate(12.71, 59.06)});
        double[] latitudes = {59.0501, 59.0503, 59.0550};
        double[] longitudes = {12.70, 12.70, 12.70};

        Concentration near = Concentration.ofWgs84(List.of(street, other), latitudes, longitudes, 25);
        Concentration wide = Concentration.ofWgs84(List.of(street, other), latitudes, longitudes, 40);

        // 11 m snaps at 25 m; 33 m only at 40 m; 555 m from either never.
        assertThat(near.counts()).containsExactly(1, 0);
        assertThat(near.unsnapped()).isEqualTo(2);
        assertThat(wide.counts()).containsExactly(2, 0);
        assertThat(wide.unsnapped()).isEqualTo(1);
        // The segments given stay in degrees.
        assertThat(street.getCoordinateN(0)).isEqualTo(new Coordinate(12.69, 59.05));
    }
}
