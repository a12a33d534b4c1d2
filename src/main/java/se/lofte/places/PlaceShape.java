package se.lofte.places;

import se.lofte.organisations.OrganisationId;

/**
 * An area or street segment ready to be drawn: its geometry in WGS84 as WKT (longitude before latitude),
 * and its bounding box. {@code areaKind} is null for segments.
 */
public record PlaceShape(Type type, long id, OrganisationId organisation, String name, AreaKind areaKind,
                         String wkt, double minLon, double minLat, double maxLon, double maxLat) {

    public enum Type {
        AREA, SEGMENT
    }
}
