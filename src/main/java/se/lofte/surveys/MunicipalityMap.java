package se.lofte.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import se.lofte.places.AreaKind;
import se.lofte.places.PlaceShape;

/**
 * A municipality's areas as shapes, for a map question: whether a point lies in the municipality (in its outline, or
 * where none is imported in one of its areas) and which of the districts a resident chooses from holds it.
 */
record MunicipalityMap(List<Shape> districts, List<PreparedGeometry> outline) {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), 4326);

    record Shape(long id, PreparedGeometry geometry, double size) {
    }

    /** Where a point lies: in the municipality or not, and in which district (null when in none of them). */
    record Location(boolean inside, Long district) {
    }

    static MunicipalityMap of(List<PlaceShape> shapes) {
        var reader = new WKTReader(GEOMETRIES);
        List<Shape> districts = new ArrayList<>();
        List<PreparedGeometry> municipality = new ArrayList<>();
        for (PlaceShape shape : shapes) {
            if (shape.type() != PlaceShape.Type.AREA) {
                continue;
            }
            try {
                var geometry = reader.read(shape.wkt());
                var prepared = PreparedGeometryFactory.prepare(geometry);
                if (shape.areaKind() == AreaKind.MUNICIPALITY) {
                    municipality.add(prepared);
                } else {
                    districts.add(new Shape(shape.id(), prepared, geometry.getArea()));
                }
            } catch (ParseException | IllegalArgumentException unreadable) {
                // An area whose shape cannot be read is no place to point at; it is still offered by name.
            }
        }
        List<PreparedGeometry> outline = municipality.isEmpty()
                ? districts.stream().map(Shape::geometry).toList() : List.copyOf(municipality);
        return new MunicipalityMap(List.copyOf(districts), outline);
    }

    /** The box around the municipality's areas, where its map opens, from their stored boxes; empty with none. */
    static Optional<MapBox> box(List<PlaceShape> shapes) {
        List<PlaceShape> areas = shapes.stream().filter(s -> s.type() == PlaceShape.Type.AREA).toList();
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MapBox(areas.stream().mapToDouble(PlaceShape::minLat).min().orElseThrow(),
                areas.stream().mapToDouble(PlaceShape::minLon).min().orElseThrow(),
                areas.stream().mapToDouble(PlaceShape::maxLat).max().orElseThrow(),
                areas.stream().mapToDouble(PlaceShape::maxLon).max().orElseThrow()));
    }

    Location locate(double latitude, double longitude) {
        var point = GEOMETRIES.createPoint(new Coordinate(longitude, latitude));
        boolean inside = outline.stream().anyMatch(g -> g.covers(point));
        // The smallest district that holds the point: a part of town rather than a larger area around it.
        Long district = districts.stream().filter(d -> d.geometry().covers(point))
                .min(Comparator.comparingDouble(Shape::size)).map(Shape::id).orElse(null);
        return new Location(inside || district != null, district);
    }
}
