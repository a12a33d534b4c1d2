package se.lofte.analysis;

import java.util.Arrays;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate systems the input may be in. Distances are only meaningful in a planar system, so
 * WGS84 degrees (x = longitude, y = latitude) are projected to SWEREF 99 TM (EPSG:3006) first, with
 * proj4j as the importers do; SWEREF 99 TM and any other planar system the user vouches for
 * ({@code planar}) are used as they are.
 */
enum Crs {
    SWEREF99_TM("EPSG:3006"),
    WGS84("EPSG:4326"),
    PLANAR("planar");

    private static final CRSFactory FACTORY = new CRSFactory();

    private final String name;

    Crs(String name) {
        this.name = name;
    }

    /** The system named {@code text} (case does not matter), or a {@link BadInput} naming the accepted ones. */
    static Crs named(String text) {
        for (Crs crs : values()) {
            if (crs.name.equalsIgnoreCase(text.strip())) {
                return crs;
            }
        }
        throw new BadInput("--crs: unknown coordinate system '%s'; use one of %s."
                .formatted(text, Arrays.stream(values()).map(Crs::toString).toList()));
    }

    /** Whether {@code x, y} can be a position in this system; the reason when not, else null. */
    String check(double x, double y) {
        if (this == WGS84 && (x < -180 || x > 180)) {
            return "'%s' is no longitude (-180 to 180)".formatted(x);
        }
        if (this == WGS84 && (y < -90 || y > 90)) {
            return "'%s' is no latitude (-90 to 90)".formatted(y);
        }
        return null;
    }

    /**
     * A projection of positions in this system to a planar one. A proj4j transform keeps intermediate
     * results in fields, so each call gets its own.
     */
    Projection projection() {
        if (this != WGS84) {
            return (x, y, into) -> {
                into.x = x;
                into.y = y;
            };
        }
        CoordinateTransform transform = new BasicCoordinateTransform(FACTORY.createFromName("EPSG:4326"),
                FACTORY.createFromName("EPSG:3006"));
        ProjCoordinate source = new ProjCoordinate();
        return (x, y, into) -> {
            source.x = x;
            source.y = y;
            transform.transform(source, into);
        };
    }

    @Override
    public String toString() {
        return name;
    }

    /** Sets {@code into} to the planar position of {@code x, y}. */
    @FunctionalInterface
    interface Projection {
        void project(double x, double y, ProjCoordinate into);
    }
}
