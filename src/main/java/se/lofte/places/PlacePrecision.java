package se.lofte.places;

/** How exactly an incident's place is known, which decides what it may be used for. */
public enum PlacePrecision {
    /** An exact position: drawn as a point and used in point analysis. */
    POINT,
    /** A street segment, or a position anonymised to a point on a street: drawn on the street. */
    SEGMENT,
    /**
     * Only the area (a municipality, a county, a police force area). A position given with it, such as the
     * police events API's municipality centre, is where the area is, not where the incident was: it is
     * never drawn as a point nor used in point analysis, only counted in the area.
     */
    AREA
}
