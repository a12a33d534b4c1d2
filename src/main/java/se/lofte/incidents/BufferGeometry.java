package se.lofte.incidents;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * A {@link BufferArea} in metres: the place projected from WGS84 to SWEREF 99 TM (EPSG:3006, planar metres
 * across Sweden, as the places module and the importers use), so that "within 200 m" is a distance on the
 * ground. Not thread-safe: proj4j transforms keep intermediate results in fields, so each count makes its own.
 */
final class BufferGeometry {

    private static final CRSFactory CRS = new CRSFactory();

    /** Room around the box handed to SQL, for the curvature of a projected rectangle seen in degrees. */
    private static final double BOX_MARGIN_METRES = 50;

    private final CoordinateTransform toPlanar = new BasicCoordinateTransform(CRS.createFromName("EPSG:4326"),
            CRS.createFromName("EPSG:3006"));
    private final CoordinateTransform toDegrees = new BasicCoordinateTransform(CRS.createFromName("EPSG:3006"),
            CRS.createFromName("EPSG:4326"));
    private final GeometryFactory planar = new GeometryFactory(new PrecisionModel(), 3006);
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();
    private final double metres;
    private final PreparedGeometry target;
    private final IndexedFacetDistance distance;

    BufferGeometry(BufferArea buffer) {
        this.metres = buffer.metres();
        WKTReader reader = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326));
        List<Geometry> parts = new ArrayList<>();
        for (String wkt : buffer.targetWkt()) {
            try {
                Geometry part = reader.read(wkt);
                part.apply(new Project());
                parts.add(part);
            } catch (ParseException e) {
                throw new IllegalArgumentException("Not WKT: " + e.getMessage(), e);
            }
        }
        Geometry all = planar.buildGeometry(parts);
        this.target = PreparedGeometryFactory.prepare(all);
        this.distance = all.isEmpty() ? null : new IndexedFacetDistance(all);
    }

    /** Whether the place has any geometry; without it nothing lies around it. */
    boolean isEmpty() {
        return distance == null;
    }

    /** A WGS84 box (x longitude, y latitude) holding every position within the buffer. */
    Envelope box() {
        Envelope planarBox = new Envelope(target.getGeometry().getEnvelopeInternal());
        planarBox.expandBy(metres + BOX_MARGIN_METRES);
        Envelope degrees = new Envelope();
        double[] xs = {planarBox.getMinX(), (planarBox.getMinX() + planarBox.getMaxX()) / 2, planarBox.getMaxX()};
        double[] ys = {planarBox.getMinY(), (planarBox.getMinY() + planarBox.getMaxY()) / 2, planarBox.getMaxY()};
        for (double x : xs) {
            for (double y : ys) {
                in.x = x;
                in.y = y;
                toDegrees.transform(in, out);
                degrees.expandToInclude(out.x, out.y);
            }
        }
        return degrees;
    }

    /** Whether the position lies within the buffer's distance of the place, and not in it. */
    boolean holds(double latitude, double longitude) {
        in.x = longitude;
        in.y = latitude;
        toPlanar.transform(in, out);
        Coordinate c = new Coordinate(out.x, out.y);
        Geometry point = planar.createPoint(c);
        // Facet distance is to the edges; a point inside an area is in the place, not around it.
        return !target.covers(point) && distance.distance(point) <= metres;
    }

    /** Projects every coordinate of a geometry read in WGS84 to SWEREF 99 TM, in place. */
    private final class Project implements CoordinateSequenceFilter {

        @Override
        public void filter(CoordinateSequence seq, int i) {
            in.x = seq.getX(i);
            in.y = seq.getY(i);
            toPlanar.transform(in, out);
            seq.setOrdinate(i, CoordinateSequence.X, out.x);
            seq.setOrdinate(i, CoordinateSequence.Y, out.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
