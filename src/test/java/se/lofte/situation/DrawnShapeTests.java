package se.lofte.situation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import se.lofte.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a shape drawn on the map: what is a usable outline, and what each unusable one is told. */
class DrawnShapeTests {

    /** About 550 m by 560 m around Åmål's town centre. */
    private static final String BLOCK = """
            {"type":"Polygon","coordinates":[[[12.695,59.048],[12.705,59.048],[12.705,59.053],[12.695,59.053],[12.695,59.048]]]}""";

    @Test
    void aClosedOutlineIsAPolygonAndNothingIsNoShape() {
        List<Problem> problems = new ArrayList<>();
        Polygon polygon = DrawnShape.read(BLOCK, "polygon", problems);

        assertThat(problems).isEmpty();
        assertThat(polygon.getExteriorRing().getNumPoints()).isEqualTo(5);
        assertThat(polygon.contains(polygon.getFactory().createPoint(new Coordinate(12.7, 59.05)))).isTrue();
        assertThat(DrawnShape.read(" ", "polygon", problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void eachUnusableShapeIsTold() {
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.71,59.06],[12.71,59.04],[12.69,59.06],[12.69,59.04]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.crossing"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.71,59.04],[12.70,59.06]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.tooFewCorners"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.71,59.04],[12.70,59.06],[12.69,59.05]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.notClosed"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.71,59.04],[12.69,59.04],[12.69,59.04]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.tooFewCorners"));
        // Three corners on one line enclose nothing.
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[12.70,59.04],[12.71,59.04],[12.69,59.04]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.tooFewCorners"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,59.04],[212.71,59.04],[12.70,59.06],[12.69,59.04]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.outside"));
        assertThat(problem("{\"type\":\"Point\",\"coordinates\":[12.69,59.04]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.unreadable"));
        assertThat(problem("POLYGON ((12.69 59.04, 12.71 59.04, 12.70 59.06, 12.69 59.04))"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.unreadable"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.69,\"59.04\"],[12.71,59.04],[12.70,59.06],[12.69,59.04]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.unreadable"));
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[" + BLOCK.substring(BLOCK.indexOf("[[") + 1, BLOCK.lastIndexOf("]]") + 1)
                + ",[[12.699,59.05],[12.701,59.05],[12.70,59.051],[12.699,59.05]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.holes"));
    }

    @Test
    void aShapeOverFiftySquareKilometresIsRefusedWithItsSize() {
        // 0.2 degrees of latitude by 0.2 of longitude at 59° N: about 22 km by 11.5 km.
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[[[12.6,59.0],[12.8,59.0],[12.8,59.2],[12.6,59.2],[12.6,59.0]]]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.tooLarge", "254", "50"));
        // 0.1 by 0.05 degrees, some 32 km², is allowed.
        List<Problem> problems = new ArrayList<>();
        assertThat(DrawnShape.read("{\"type\":\"Polygon\",\"coordinates\":[[[12.6,59.0],[12.7,59.0],[12.7,59.05],[12.6,59.05],[12.6,59.0]]]}",
                "polygon", problems)).isNotNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void theAreaOnTheSphereMatchesAFlatReckoningOfASmallSquare() {
        // 0.01 degrees square at the equator: 1,111.95 m a side on the mean sphere.
        double side = Math.toRadians(0.01) * DrawnShape.EARTH_RADIUS_METRES;
        assertThat(DrawnShape.squareMetres(List.of(new Coordinate(0, 0), new Coordinate(0.01, 0),
                new Coordinate(0.01, 0.01), new Coordinate(0, 0.01), new Coordinate(0, 0))))
                .isCloseTo(side * side, org.assertj.core.data.Percentage.withPercentage(0.01));
    }

    @Test
    void tooManyCornersAreRefusedBeforeTheyAreWorkedOn() {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i <= DrawnShape.MAX_CORNERS + 1; i++) {
            double angle = 2 * Math.PI * i / (DrawnShape.MAX_CORNERS + 1);
            ring.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "[%.6f,%.6f]", 12.7 + 0.01 * Math.cos(angle),
                    59.05 + 0.005 * Math.sin(angle)));
        }
        ring.append("]");
        assertThat(problem("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}"))
                .isEqualTo(Problem.of("polygon", "map.focus.shape.tooManyCorners", "500"));
    }

    private static Problem problem(String text) {
        List<Problem> problems = new ArrayList<>();
        assertThat(DrawnShape.read(text, "polygon", problems)).isNull();
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }
}
