package se.lofte.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Between WGS84, as the lägesbild stores positions, and SWEREF 99 TM, where distances are metres: the
 * analyses that the pages call with latitudes and longitudes project with these, so that every one of them
 * measures in the same system as {@code analyse --crs EPSG:4326}.
 */
final class Sweref {

    private static final CRSFactory FACTORY = new CRSFactory();

    private Sweref() {
    }

    /** The positions in SWEREF 99 TM, each with the value 1. */
    static Points points(double[] latitudes, double[] longitudes) {
        if (latitudes.length != longitudes.length) {
            throw new IllegalArgumentException("latitudes and longitudes differ in length");
        }
        int n = latitudes.length;
        double[] x = new double[n];
        double[] y = new double[n];
        Crs.Projection projection = Crs.WGS84.projection();
        var into = new ProjCoordinate();
        for (int i = 0; i < n; i++) {
            projection.project(longitudes[i], latitudes[i], into);
            x[i] = into.x;
            y[i] = into.y;
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return new Points(x, y, ones);
    }

    /** Projected copies of {@code geometries} given in WGS84 (x = longitude); the given ones are not changed. */
    static List<Geometry> geometries(List<? extends Geometry> geometries) {
        Crs.Projection projection = Crs.WGS84.projection();
        ProjCoordinate planar = new ProjCoordinate();
        List<Geometry> projected = new ArrayList<>(geometries.size());
        for (Geometry geometry : geometries) {
            Geometry copy = geometry.copy();
            copy.apply((CoordinateFilter) c -> {
                projection.project(c.x, c.y, planar);
                c.x = planar.x;
                c.y = planar.y;
            });
            copy.geometryChanged();
            projected.add(copy);
        }
        return projected;
    }

    /**
     * Back from SWEREF 99 TM to WGS84 as {@code [longitude, latitude]}. A proj4j transform keeps intermediate
     * results in fields, so each caller makes its own.
     */
    static Back back() {
        CoordinateTransform transform = new BasicCoordinateTransform(FACTORY.createFromName("EPSG:3006"),
                FACTORY.createFromName("EPSG:4326"));
        return (x, y) -> {
            var result = new ProjCoordinate();
            transform.transform(new ProjCoordinate(x, y), result);
            return new double[] {result.x, result.y};
        };
    }

    /** The corners of the square of side {@code 2 half} around x, y: south-west, south-east, north-east, north-west. */
    static List<double[]> square(Back back, double x, double y, double half) {
        return List.of(back.wgs84(x - half, y - half), back.wgs84(x + half, y - half),
                back.wgs84(x + half, y + half), back.wgs84(x - half, y + half));
    }

    @FunctionalInterface
    interface Back {
        double[] wgs84(double x, double y);
    }
}
