package se.lofte.incidents;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The buffer around a place is measured on the ground (SWEREF 99 TM), not in degrees. At 59° N a degree of
 * latitude is about 111.4 km and a degree of longitude about 57.4 km (WGS84 ellipsoid, e.g. the NGA's
 * "length of a degree" tables), so 0.0005° north is about 56 m and 0.001° east about 57 m.
 */
class BufferGeometryTests {

    private static final String SQUARE = "POLYGON ((12.700 59.050, 12.702 59.050, 12.702 59.051, 12.700 59.051,"
            + " 12.700 59.050))";

    private static BufferGeometry around(double metres, String... wkt) {
        return new BufferGeometry(new BufferArea(List.of(wkt), metres, Set.of(), Set.of()));
    }

    @Test
    void aPointFiftySixMetresNorthOfAnAreaIsWithinSixtyButNotFiftyMetres() {
        assertThat(around(60, SQUARE).holds(59.0515, 12.701)).isTrue();
        assertThat(around(50, SQUARE).holds(59.0515, 12.701)).isFalse();
        // East: 0.001° of longitude is farther than 0.0005° of latitude.
        assertThat(around(56, SQUARE).holds(59.0505, 12.703)).isFalse();
        assertThat(around(60, SQUARE).holds(59.0505, 12.703)).isTrue();
    }

    @Test
    void aPointInsideThePlaceIsTheirsNotTheBuffers() {
        assertThat(around(200, SQUARE).holds(59.0505, 12.701)).isFalse();
    }

    @Test
    void aStreetSegmentHasGroundOnBothSides() {
        BufferGeometry street = around(60, "LINESTRING (12.700 59.050, 12.702 59.050)");
        assertThat(street.holds(59.0505, 12.701)).isTrue();
        assertThat(street.holds(59.0495, 12.701)).isTrue();
        assertThat(street.holds(59.051, 12.701)).isFalse();
    }

    @Test
    void theBoxForTheDatabaseHoldsTheWholeBuffer() {
        var box = around(200, SQUARE).box();
        // 200 m is about 0.0018° north and 0.0035° east here.
        assertThat(box.getMinY()).isLessThan(59.050 - 0.0018);
        assertThat(box.getMaxY()).isGreaterThan(59.051 + 0.0018);
        assertThat(box.getMinX()).isLessThan(12.700 - 0.0035);
        assertThat(box.getMaxX()).isGreaterThan(12.702 + 0.0035);
        assertThat(box.getMaxY()).isLessThan(59.051 + 0.01);
    }

    @Test
    void aPlaceWithoutGeometryHasNothingAroundIt() {
        assertThat(around(200).isEmpty()).isTrue();
    }

    @Test
    void aBufferIsOneToFiveThousandMetres() {
        assertThatThrownBy(() -> around(0, SQUARE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> around(5001, SQUARE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> around(Double.NaN, SQUARE)).isInstanceOf(IllegalArgumentException.class);
    }
}
