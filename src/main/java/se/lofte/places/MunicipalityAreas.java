package se.lofte.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The areas of one municipality, as {@link Places#municipalityAreas(String)} or
 * {@link Places#municipalityAreas(se.lofte.organisations.OrganisationId)} finds them, and where a map point lies
 * among them. The municipality's outline (its areas of kind {@link AreaKind#MUNICIPALITY}) alone says whether a
 * point is in the municipality; its other areas (districts) say only in which part. A municipality that drew
 * districts but no outline has parts of its land in none of them, so without an outline a point cannot be checked and
 * is not refused.
 *
 * <p>The shapes are read from their text only when a point is located or a geometry compared, so that a page that
 * needs no more than names and the box pays for no parsing.
 */
public final class MunicipalityAreas {

    /** Whether a point lies in the municipality, as far as its outline tells. */
    public enum Verdict {
        /** In the outline. */
        INSIDE,
        /** Outside the outline: not in the municipality. */
        OUTSIDE,
        /** No outline is known, so the point cannot be checked and is taken as given. */
        UNCHECKED;

        /** Whether a point with this verdict may be taken as a place in the municipality. */
        public boolean accepted() {
            return this != OUTSIDE;
        }
    }

    /**
     * Where a point lies: the verdict, the smallest district that holds it ({@code districtId}, null in none) and the
     * smallest of all the municipality's areas that holds it, its outline included ({@code areaId}, null in none).
     */
    public record Location(Verdict verdict, Long districtId, Long areaId) {

        /** Whether the point may be taken as a place in the municipality. */
        public boolean accepted() {
            return verdict.accepted();
        }
    }

    private record Parsed(PlaceShape shape, PreparedGeometry geometry, double size) {

        boolean outline() {
            return shape.areaKind() == AreaKind.MUNICIPALITY;
        }
    }

    private final List<PlaceShape> areas;
    /** The readable shapes, parsed on first use; a race parses twice and keeps either, both the same. */
    private List<Parsed> parsed;

    MunicipalityAreas(List<PlaceShape> areas) {
        this.areas = List.copyOf(areas);
    }

    /** Every area, by id: the outline and the districts. */
    public List<PlaceShape> areas() {
        return areas;
    }

    public Optional<PlaceShape> area(long id) {
        return areas.stream().filter(a -> a.id() == id).findFirst();
    }

    /** Whether the municipality's outline is known, so that a point can be checked against it. */
    public boolean outlineKnown() {
        return parsed().stream().anyMatch(Parsed::outline);
    }

    /** The box around all the areas, from their stored boxes; empty when there are none. */
    public Optional<MapBounds> bounds() {
        return MapBounds.around(areas);
    }

    /** Where the point lies: in the outline or not (unchecked without one), and in which of the areas. */
    public Location locate(double latitude, double longitude) {
        Point point = StoredGeometry.WGS84.createPoint(new Coordinate(longitude, latitude));
        List<Parsed> holding = parsed().stream().filter(p -> p.geometry().covers(point))
                .sorted(Comparator.comparingDouble(Parsed::size)).toList();
        Verdict verdict = !outlineKnown() ? Verdict.UNCHECKED
                : holding.stream().anyMatch(Parsed::outline) ? Verdict.INSIDE : Verdict.OUTSIDE;
        // The smallest: a part of town rather than a larger area around it.
        Long district = holding.stream().filter(p -> !p.outline()).findFirst().map(p -> p.shape().id()).orElse(null);
        Long area = holding.stream().findFirst().map(p -> p.shape().id()).orElse(null);
        return new Location(verdict, district, area);
    }

    /** Whether the geometry lies at least partly in one of the areas (of any kind). */
    public boolean reaches(Geometry geometry) {
        return parsed().stream().anyMatch(p -> p.geometry().intersects(geometry));
    }

    private List<Parsed> parsed() {
        List<Parsed> known = parsed;
        if (known == null) {
            List<Parsed> read = new ArrayList<>();
            for (PlaceShape area : areas) {
                StoredGeometry.read(area.id(), area.wkt()).ifPresent(geometry ->
                        read.add(new Parsed(area, PreparedGeometryFactory.prepare(geometry), geometry.getArea())));
            }
            known = List.copyOf(read);
            parsed = known;
        }
        return known;
    }
}
