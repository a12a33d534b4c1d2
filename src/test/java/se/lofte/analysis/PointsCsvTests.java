package se.lofte.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PointsCsvTests {

    private static Points read(String csv, String value, Crs crs) {
        return PointsCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "e", "n", value, crs);
    }

    @Test
    void columnsAreChosenByNameAndAByteOrderMarkIsSkipped() {
        Points points = read("\uFEFFid,n,e,count\n1,6580000.5,674000,3\n\n2,6580100,674100.25,\"4\"\n", "count",
                Crs.SWEREF99_TM);
        assertThat(points.x()).containsExactly(674000, 674100.25);
        assertThat(points.y()).containsExactly(6580000.5, 6580100);
        assertThat(points.value()).containsExactly(3, 4);
    }

    @Test
    void withoutAValueColumnEveryPointCountsOne() {
        assertThat(read("e,n\n1,2\n3,4\n", null, Crs.PLANAR).value()).containsExactly(1, 1);
    }

    @Test
    void degreesAreProjectedToSweref99Tm() {
        // EPSG:3006 is transverse Mercator on 15 degrees east with a false easting of 500,000 m and no false
        // northing, so the central meridian maps to x = 500,000 and the equator to y = 0.
        Points axis = read("e,n\n15,0\n15,60\n", null, Crs.WGS84);
        assertThat(axis.x()).containsExactly(new double[] {500_000, 500_000}, within(1e-6));
        assertThat(axis.y()[0]).isCloseTo(0, within(1e-6));
        // Distances in the projection are metres: 0.01 degree of latitude is about 1,113 m.
        Points two = read("e,n\n18.05,59.32\n18.05,59.33\n", null, Crs.WGS84);
        assertThat(Math.hypot(two.x()[1] - two.x()[0], two.y()[1] - two.y()[0])).isCloseTo(1113, within(3.0));
    }

    @Test
    void aCellThatIsNoNumberIsNamedByRowAndColumn() {
        assertThatThrownBy(() -> read("e,n\n1,2\n3,abc\n", null, Crs.PLANAR)).isInstanceOf(BadInput.class)
                .hasMessage("row 3, column n: 'abc' is not a number.");
        assertThatThrownBy(() -> read("e,n\n1,NaN\n", null, Crs.PLANAR)).hasMessageContaining("'NaN' is not");
        assertThatThrownBy(() -> read("e,n\n1,\n", null, Crs.PLANAR)).hasMessage(
                "row 2, column n: empty, a number is needed.");
        assertThatThrownBy(() -> read("e,n\n1\n", null, Crs.PLANAR)).hasMessage(
                "row 2, column n: the row ends before this column.");
        assertThatThrownBy(() -> read("e,n,w\n1,2,1,5\n1,2,x\n", "w", Crs.PLANAR)).hasMessage(
                "row 3, column w: 'x' is not a number.");
    }

    @Test
    void aPositionOutsideTheSystemIsRefused() {
        assertThatThrownBy(() -> read("e,n\n659.3,18.05\n", null, Crs.WGS84)).hasMessage(
                "row 2, columns e and n: '659.3' is no longitude (-180 to 180) in EPSG:4326.");
        assertThatThrownBy(() -> read("e,n\n18.05,95\n", null, Crs.WGS84)).hasMessageContaining(
                "'95.0' is no latitude");
    }

    @Test
    void aMissingColumnNamesTheColumnsThatExist() {
        assertThatThrownBy(() -> PointsCsv.read(new ByteArrayInputStream("lon,lat\n1,2\n".getBytes()), "x", "lat",
                null, Crs.PLANAR)).hasMessage("--x: the file has no column 'x'; its columns are lon, lat.");
    }

    @Test
    void anEmptyFileOrOneWithoutRowsOrNotInUtf8IsRefused() {
        assertThatThrownBy(() -> read("", null, Crs.PLANAR)).hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> read("e,n\n", null, Crs.PLANAR)).hasMessageContaining("no rows");
        byte[] latin1 = "e,n,plats\n1,2,Malm\u00f6\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PointsCsv.read(new ByteArrayInputStream(latin1), "e", "n", null, Crs.PLANAR))
                .hasMessage("--input: the file is not UTF-8 text");
    }

    @Test
    void unknownSystemsAreRefusedNamingTheKnownOnes() {
        assertThat(Crs.named("epsg:4326")).isEqualTo(Crs.WGS84);
        assertThatThrownBy(() -> Crs.named("EPSG:3857")).hasMessage(
                "--crs: unknown coordinate system 'EPSG:3857'; use one of [EPSG:3006, EPSG:4326, planar].");
    }
}
