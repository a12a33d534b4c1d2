package se.lofte.places;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the WKT of a stored area or street segment (WGS84, longitude before latitude). The import checked it when it
 * was saved, so a shape that cannot be read now (a hand edit, an old backup) is left out of the map, the index or the
 * choice it was read for, with a warning for the operator, and never fails the page that reads it. JTS refuses some
 * malformed shapes with an {@link IllegalArgumentException} (a ring that does not close) rather than a
 * {@link ParseException}, so both are caught.
 */
public final class StoredGeometry {

    /** Shapes in WGS84 (EPSG:4326), as stored. */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private static final Logger log = LoggerFactory.getLogger(StoredGeometry.class);

    private StoredGeometry() {
    }

    /** The shape, or empty when there is none or it cannot be read; {@code id} names the place in the warning. */
    public static Optional<Geometry> read(long id, String wkt) {
        if (wkt == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WKTReader(WGS84).read(wkt));
        } catch (ParseException | IllegalArgumentException unreadable) {
            log.warn("The shape of place {} cannot be read and is left out: {}", id, unreadable.getMessage());
            return Optional.empty();
        }
    }
}
