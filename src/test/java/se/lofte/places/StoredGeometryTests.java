package se.lofte.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredGeometryTests {

    @Test
    void readsAStoredShapeInWgs84() {
        var line = StoredGeometry.read(1, "LINESTRING (12.22 59.03, 12.23 59.04)").orElseThrow();
        assertThat(line.getGeometryType()).isEqualTo("LineString");
        assertThat(line.getSRID()).isEqualTo(4326);
    }

    @Test
    void leavesOutWhatCannotBeReadWhateverJtsThrows() {
        assertThat(StoredGeometry.read(2, "POLYGON ((0 0, 1 0, 1 1, 0 1))")).isEmpty();
        assertThat(StoredGeometry.read(3, "POLYGON ((0 0, 1 0")).isEmpty();
        assertThat(StoredGeometry.read(4, "a square")).isEmpty();
        assertThat(StoredGeometry.read(5, null)).isEmpty();
    }
}
