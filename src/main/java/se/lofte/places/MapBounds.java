package se.lofte.places;

import java.util.Collection;
import java.util.Optional;

/** A box in WGS84 degrees: where a map of some places opens. */
public record MapBounds(double south, double west, double north, double east) {

    /** The box around the shapes, from their stored boxes; empty when there are none. */
    public static Optional<MapBounds> around(Collection<PlaceShape> shapes) {
        if (shapes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MapBounds(shapes.stream().mapToDouble(PlaceShape::minLat).min().orElseThrow(),
                shapes.stream().mapToDouble(PlaceShape::minLon).min().orElseThrow(),
                shapes.stream().mapToDouble(PlaceShape::maxLat).max().orElseThrow(),
                shapes.stream().mapToDouble(PlaceShape::maxLon).max().orElseThrow()));
    }
}
